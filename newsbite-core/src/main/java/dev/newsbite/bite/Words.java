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
        return new Counter().count(text);
    }

    /**
     * Counts the words of many texts (an article's blocks) through one character array, rather than
     * a copy of each. Not thread-safe: one per call that needs it.
     */
    static final class Counter {
        private char[] cs = new char[0];

        Count count(String text) {
            if (text == null || text.isEmpty()) {
                return Count.NONE;
            }
            int n = text.length();
            if (cs.length < n) {
                cs = new char[Math.max(n, cs.length * 2)];
            }
            text.getChars(0, n, cs, 0); // read as an array: no per-character coder and bounds checks
            // One pass counts the words of spaced text; the first character of an unspaced script
            // (rare) sends the text to ICU instead.
            int words = scanWords(cs, n, true);
            return words < 0 ? unspacedCount(text, cs, n) : new Count(words, 0, words);
        }
    }

    /** Text holding a script written without spaces: ICU's words, and the Chinese and Japanese characters. */
    private static Count unspacedCount(String text, char[] cs, int n) {
        int cjk = 0;
        for (int i = 0; i < n; ) {
            if (cs[i] < 0x0E00) { // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic… all spaced
                i++;
                continue;
            }
            int cp = Character.codePointAt(cs, i, n);
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
        return scanWords(text.toCharArray(), text.length(), false);
    }

    /** As {@link #scanWords(String)}; -1 at the first character of an unspaced script when asked to stop there. */
    private static int scanWords(char[] text, int n, boolean stopAtUnspaced) {
        // A word starts at a word character that follows neither a word character nor a joiner
        // right after one: the joiner rule's state machine needs no more memory than the classes of
        // the two characters before. Counted without branches, so the irregular alternation of
        // letters and spaces costs no mispredicted jumps.
        int words = 0;
        int word1 = 0; // whether text[i - 1] is a word character
        int word2 = 0; // text[i - 2]
        int joiner1 = 0; // whether text[i - 1] is a joiner
        for (int i = 0; i < n; i++) {
            int cls = CLASSES[text[i]];
            if (cls >= UNSPACED && stopAtUnspaced && unspacedAt(text, i, n, cls)) {
                return -1;
            }
            int word = cls & WORD;
            words += word & ~word1 & ~(joiner1 & word2);
            word2 = word1;
            word1 = word;
            joiner1 = (cls >> 1) & 1;
        }
        return words;
    }

    /** Whether the character at {@code i}, of class {@code cls}, starts a code point of an unspaced script. */
    private static boolean unspacedAt(char[] text, int i, int n, int cls) {
        if ((cls & UNSPACED) != 0) {
            return true;
        }
        // A high surrogate: the script of the code point it starts with the character after.
        return isUnspaced(Character.UnicodeScript.of(Character.codePointAt(text, i, n)));
    }

    private static final int WORD = 1;
    private static final int JOINER = 2;
    /** A character of a script written without spaces (see {@link #isUnspaced}). */
    private static final int UNSPACED = 4;
    /** A high surrogate, whose code point may be of such a script. */
    private static final int HIGH_SURROGATE = 8;
    /** Each UTF-16 character's class for {@link #scanWords(char[], int, boolean)}: built once from the tests below. */
    private static final byte[] CLASSES = classes();

    private static byte[] classes() {
        byte[] out = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int cls = (isWordChar(c) ? WORD : 0) | (isJoiner(c) ? JOINER : 0);
            if (c >= 0x0E00 && !isGeneralPunctuation(c)) {
                if (Character.isHighSurrogate(c)) {
                    cls |= HIGH_SURROGATE;
                } else if (!Character.isSurrogate(c) && isUnspaced(Character.UnicodeScript.of(c))) {
                    cls |= UNSPACED;
                }
            }
            out[i] = (byte) cls;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return Letters.isLetterOrDigit(c); // no ASCII character is a mark
        }
        return Letters.isLetterOrDigit(c) || Letters.isMark(c);
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
