package dev.newsbite.bite;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fast path for ICU's sentence breaks with abbreviation suppressions, for text it can answer
 * exactly: plain Latin-script prose with its usual punctuation. It applies the Unicode sentence
 * rules (UAX #29, which ICU's root sentence rules are) with the characters' own sentence-break
 * classes read from ICU, and it gives up (null: ask ICU) on anything it does not model: line and
 * paragraph separators, format and combining characters, characters outside Latin and general
 * punctuation, and any break that an abbreviation suppression could possibly touch (the text
 * before the break ends with one of the language's suppressed strings, or with the part of one up
 * to its first dot, which is what ICU's filter compares). A break it keeps is therefore a break ICU
 * keeps, and it keeps every break ICU keeps; {@code PlainSentenceBreaksTest} pins it against ICU.
 *
 * <p>It answers for about four paragraphs in five on the benchmark pages and halves the cost of
 * splitting them (ICU's filtered iterator builds a character iterator per text and walks a rule
 * table and a trie). ICU's suppression lists are read as its own builder reads them (its resource
 * bundles, an internal API): should that fail, the language has no fast path and ICU splits all.
 */
final class PlainSentenceBreaks {
    // Sentence-break classes (UCharacter.SentenceBreak values), and "not handled".
    private static final byte OTHER = 0;
    private static final byte ATERM = 1;
    private static final byte CLOSE = 2;
    private static final byte LOWER = 4;
    private static final byte NUMERIC = 5;
    private static final byte OLETTER = 6;
    private static final byte SP = 8;
    private static final byte STERM = 9;
    private static final byte UPPER = 10;
    private static final byte SCONTINUE = 14;
    private static final byte UNSURE = -1;

    /** Latin letters and their punctuation, then general punctuation (dashes, curly quotes). */
    private static final int LATIN_END = 0x0250;
    private static final int PUNCTUATION_START = 0x2000;
    private static final int PUNCTUATION_END = 0x2070;
    private static final byte[] CLASSES = classes();
    /** Characters the scan for terminators passes over: modelled, and neither ATerm nor STerm. */
    private static final boolean[] ORDINARY = ordinary();

    /** Languages whose ICU sentence rules are the root rules (no tailoring) and are tested here. */
    private static final Set<String> LANGUAGES = Set.of("", "en", "de", "fr", "es", "it", "nl", "pt");

    /** Suppressed strings by their last two characters (packed), for the suffix test at a break. */
    private final int[] keyEnds;
    private final String[][] keysByEnd;

    private PlainSentenceBreaks(int[] keyEnds, String[][] keysByEnd) {
        this.keyEnds = keyEnds;
        this.keysByEnd = keysByEnd;
    }

    /**
     * The fast path for a language, or null where it does not apply (tailored rules, or ICU's
     * suppression data could not be read the way ICU reads it).
     *
     * @param lang a primary language subtag as {@link Sentences#primary} gives it
     * @param extra the suppressions added to ICU's own for this language
     */
    static PlainSentenceBreaks forLanguage(String lang, Collection<String> extra) {
        if (!LANGUAGES.contains(lang)) {
            return null;
        }
        Set<String> suppressed = new LinkedHashSet<>(extra);
        try {
            ULocale locale = lang.isEmpty() ? ULocale.ROOT : new ULocale(lang);
            // As FilteredBreakIteratorBuilder reads them: the locale's chain down to root only.
            ICUResourceBundle bundle = ICUResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME, locale,
                    ICUResourceBundle.OpenType.LOCALE_ROOT);
            ICUResourceBundle list = bundle.findWithFallback("exceptions/SentenceBreak");
            if (list != null) {
                for (int i = 0; i < list.getSize(); i++) {
                    suppressed.add(list.get(i).getString());
                }
            }
        } catch (RuntimeException e) {
            return null; // without ICU's list nothing can be said for sure: ICU answers
        }
        Map<Integer, List<String>> byEnd = new TreeMap<>();
        for (String s : suppressed) {
            addKey(byEnd, s);
            int dot = s.indexOf('.');
            if (dot >= 0 && dot + 1 < s.length()) {
                addKey(byEnd, s.substring(0, dot + 1)); // ICU matches "Ph." of "Ph.D." backwards first
            }
        }
        int[] ends = new int[byEnd.size()];
        String[][] keys = new String[byEnd.size()][];
        int i = 0;
        for (Map.Entry<Integer, List<String>> e : byEnd.entrySet()) {
            ends[i] = e.getKey();
            keys[i++] = e.getValue().toArray(String[]::new);
        }
        return new PlainSentenceBreaks(ends, keys);
    }

    private static void addKey(Map<Integer, List<String>> byEnd, String key) {
        if (key.isEmpty()) {
            return;
        }
        int n = key.length();
        int packed = pack(n >= 2 ? key.charAt(n - 2) : 0xFFFF, key.charAt(n - 1));
        List<String> keys = byEnd.computeIfAbsent(packed, k -> new ArrayList<>());
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    private static int pack(int beforeLast, char last) {
        return beforeLast << 16 | last;
    }

    /**
     * The break offsets of {@code text} as ICU's filtered sentence iterator gives them (after the
     * start: the last is the text's length), or null when this path is not sure of them.
     */
    int[] breaks(String text) {
        return breaks(text.toCharArray(), text.length());
    }

    /** As {@link #breaks(String)}, of the text held in {@code text[0, n)}. */
    int[] breaks(char[] text, int n) {
        int[] out = new int[8];
        int count = 0;
        int i = 0;
        // One pass: every character is read here or in the closing marks and spaces after a
        // terminator, so a character this path does not model is always seen before it answers.
        while (i < n) {
            char ch = text[i];
            if (ch < PUNCTUATION_END && ORDINARY[ch]) { // most characters: one load, one test
                i++;
                continue;
            }
            byte c = classOf(ch);
            if (c == UNSURE) {
                return null;
            }
            if (c != ATERM && c != STERM) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && classOf(text[j]) == CLOSE) {
                j++;
            }
            int closeEnd = j;
            while (j < n && classOf(text[j]) == SP) {
                j++;
            }
            if (j >= n) {
                break; // the text's end is its last break
            }
            if (classOf(text[j]) == UNSURE) {
                return null;
            }
            if (!holdsBefore(text, n, i, c, closeEnd, j)) {
                if (suppressible(text, j)) {
                    return null;
                }
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = j;
            }
            i = j;
        }
        if (count == out.length) {
            out = Arrays.copyOf(out, count + 1);
        }
        out[count++] = n;
        return Arrays.copyOf(out, count);
    }

    /**
     * True when a rule keeps the sentence going at {@code next}, after the terminator at
     * {@code term} and its closing marks and spaces (UAX #29 rules SB6, SB7, SB8, SB8a).
     */
    private static boolean holdsBefore(char[] text, int n, int term, byte termClass, int closeEnd, int next) {
        byte after = classOf(text[next]);
        if (after == SCONTINUE || after == ATERM || after == STERM) {
            return true; // SB8a
        }
        if (termClass != ATERM) {
            return false;
        }
        if (next == term + 1) {
            if (after == NUMERIC) {
                return true; // SB6: "3.5"
            }
            if (after == UPPER && term > 0) {
                byte before = classOf(text[term - 1]);
                if (before == UPPER || before == LOWER) {
                    return true; // SB7: "U.S"
                }
            }
        }
        // SB8: a lower-case letter before any other letter or terminator, "etc. and"
        for (int k = next; k < n; k++) {
            byte x = classOf(text[k]);
            if (x == LOWER) {
                return true;
            }
            if (x == OLETTER || x == UPPER || x == ATERM || x == STERM || x == UNSURE) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when ICU's filter could suppress the break at {@code at}: it steps back over one space
     * and compares the text before with its strings backwards, so one of them would have to end
     * the text there.
     */
    private boolean suppressible(char[] text, int at) {
        int p = at;
        if (p > 0 && text[p - 1] == ' ') {
            p--;
        }
        if (p == 0) {
            return false;
        }
        char last = text[p - 1];
        return p >= 2 && endsWithKey(text, p, pack(text[p - 2], last)) || endsWithKey(text, p, pack(0xFFFF, last));
    }

    private boolean endsWithKey(char[] text, int p, int packed) {
        int slot = Arrays.binarySearch(keyEnds, packed);
        if (slot < 0) {
            return false;
        }
        for (String key : keysByEnd[slot]) {
            if (key.length() <= p && endsWith(text, p, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(char[] text, int p, String key) {
        int at = p - key.length();
        for (int k = 0; k < key.length(); k++) {
            if (text[at + k] != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static byte classOf(char c) {
        return c < CLASSES.length ? CLASSES[c] : UNSURE;
    }

    private static boolean[] ordinary() {
        boolean[] table = new boolean[CLASSES.length];
        for (int c = 0; c < table.length; c++) {
            table[c] = CLASSES[c] != UNSURE && CLASSES[c] != ATERM && CLASSES[c] != STERM;
        }
        return table;
    }

    private static byte[] classes() {
        byte[] table = new byte[PUNCTUATION_END];
        for (int c = 0; c < table.length; c++) {
            int sb = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
            boolean read = c < LATIN_END || c >= PUNCTUATION_START;
            table[c] = !read ? UNSURE : switch (sb) {
                case OTHER, ATERM, CLOSE, LOWER, NUMERIC, OLETTER, SP, STERM, UPPER, SCONTINUE -> (byte) sb;
                default -> UNSURE; // separators, CR, LF, format and combining characters
            };
        }
        return table;
    }
}
