package dev.newsbite.bite;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Word count and reading time of running text.
 *
 * <p>Words: in text written with spaces, a word is a run of letters, marks and digits, kept whole
 * across an inner apostrophe, dot or comma ("don't", "U.S", "3,500"): the same words ICU's word
 * break rules find, counted by a plain scan because that is several times cheaper. Text holding
 * Chinese, Japanese, Thai, Lao, Khmer or Myanmar script, which is written without spaces, goes
 * through ICU's word break iterator instead, whose dictionaries find its words.
 *
 * <p>Reading time: {@value #WORDS_PER_MINUTE} words a minute for text written with spaces (a common
 * figure for attentive reading of news prose); for Chinese and Japanese, {@value #CJK_CHARS_PER_MINUTE}
 * characters a minute (Han, Hiragana, Katakana), since readers of those scripts are measured in
 * characters. The two add up for mixed text; rounded up, and at least one minute for any text.
 *
 * <p>Thread-safe: the ICU iterator is cloned per use.
 */
final class Words {
    static final int WORDS_PER_MINUTE = 230;
    static final int CJK_CHARS_PER_MINUTE = 500;

    private static final BreakIterator WORD_PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);

    private Words() {
    }

    /** How many words and reading characters a text holds. */
    record Count(int words, int cjkChars, int spacedWords) {
        static final Count NONE = new Count(0, 0, 0);

        Count plus(Count other) {
            return new Count(words + other.words, cjkChars + other.cjkChars, spacedWords + other.spacedWords);
        }

        /** Minutes to read, rounded up; 0 only for no text at all. */
        int minutes() {
            if (words == 0 && cjkChars == 0) {
                return 0;
            }
            double minutes = (double) spacedWords / WORDS_PER_MINUTE + (double) cjkChars / CJK_CHARS_PER_MINUTE;
            return (int) Math.max(1, Math.ceil(minutes));
        }
    }

    static Count count(String text) {
        if (text == null || text.isEmpty()) {
            return Count.NONE;
        }
        char[] cs = text.toCharArray(); // read as an array: no per-character coder and bounds checks
        // One pass counts the words of spaced text; the first character of an unspaced script
        // (rare) sends the text to ICU instead.
        int words = scanWords(cs, true);
        return words < 0 ? unspacedCount(text, cs) : new Count(words, 0, words);
    }

    /** Text holding a script written without spaces: ICU's words, and the Chinese and Japanese characters. */
    private static Count unspacedCount(String text, char[] cs) {
        int cjk = 0;
        for (int i = 0; i < cs.length; ) {
            if (cs[i] < 0x0E00) { // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic… all spaced
                i++;
                continue;
            }
            int cp = Character.codePointAt(cs, i);
            if (isCjk(Character.UnicodeScript.of(cp))) {
                cjk++;
            }
            i += Character.charCount(cp);
        }
        return icuCount(text, cjk);
    }

    private static Count icuCount(String text, int cjk) {
        BreakIterator breaks = (BreakIterator) WORD_PROTOTYPE.clone();
        breaks.setText(text);
        int words = 0;
        int spaced = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (breaks.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            words++;
            if (!isCjk(Character.UnicodeScript.of(text.codePointAt(start)))) {
                spaced++; // Latin words and Korean eojeol inside the text read at the word pace
            }
        }
        return new Count(words, cjk, spaced);
    }

    /** Runs of letters, marks and digits; an apostrophe, dot or comma between two of them joins. */
    static int scanWords(String text) {
        return scanWords(text.toCharArray(), false);
    }

    /** As {@link #scanWords(String)}; -1 at the first character of an unspaced script when asked to stop there. */
    private static int scanWords(char[] text, boolean stopAtUnspaced) {
        int words = 0;
        boolean inWord = false;
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (stopAtUnspaced && c >= 0x0E00 && !isGeneralPunctuation(c)
                    && isUnspaced(Character.UnicodeScript.of(Character.codePointAt(text, i)))) {
                return -1;
            }
            if (isWordChar(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && isJoiner(c) && i + 1 < n && isWordChar(text[i + 1])) {
                continue; // stays in the word
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return Letters.isLetterOrDigit(c); // no ASCII character is a mark
        }
        return Letters.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == ',' || c == '·' || c == ':';
    }

    private static boolean isCjk(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Dashes, curly quotes, ellipses: common in any text, in no script, so no script lookup. */
    private static boolean isGeneralPunctuation(char c) {
        return c >= 0x2000 && c < 0x2070;
    }

    /** Chinese and Japanese, and the scripts of Thailand, Laos, Cambodia and Myanmar. */
    private static boolean isUnspaced(Character.UnicodeScript script) {
        return isCjk(script) || script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
    }
}
