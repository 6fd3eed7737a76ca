package dev.newsbite.bite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms a sentence is compared by: lower-case runs of letters and digits (at least two
 * characters), and each Chinese or Japanese character on its own, as the ROUGE scorers count them.
 */
final class Terms {
    private Terms() {
    }

    /** Where the scan finds a term: a run of letters and digits, or one ideograph. */
    private interface Found {
        /**
         * A run; when it is all ASCII, {@code lowerHash} is the {@link String#hashCode} of its
         * lower-case form, worked out as the scan read it.
         */
        void run(int start, int end, boolean ascii, int lowerHash);

        void ideograph(int start, int end);
    }

    /** The terms of {@code text} with how often each occurs. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : list(text)) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    static List<String> list(String text) {
        List<String> terms = new ArrayList<>();
        if (text != null) {
            scan(text.toCharArray(), 0, text.length(), new Found() {
                @Override
                public void run(int start, int end, boolean ascii, int lowerHash) {
                    terms.add(text.substring(start, end).toLowerCase(Locale.ROOT));
                }

                @Override
                public void ideograph(int start, int end) {
                    terms.add(text.substring(start, end));
                }
            });
        }
        return terms;
    }

    /** The terms of a sentence as ids of an article's {@link TermTable}, in order. */
    static final class Ids implements Found {
        private final TermTable table;
        private char[] text;
        private int[] ids = new int[64];
        private int size;
        private int ideographs;
        private long letterCounts;
        private int titleShared;
        private int standfirstShared;

        Ids(TermTable table) {
            this.table = table;
        }

        /** Reads the terms of {@code sentence}, replacing those of the sentence before. */
        Ids read(String sentence) {
            return read(sentence.toCharArray(), 0, sentence.length());
        }

        /**
         * Reads the terms of the sentence at {@code paragraph[start, end)}, replacing those of the
         * sentence before: the paragraph is read in place, with no string cut for the sentence.
         */
        Ids read(char[] paragraph, int start, int end) {
            text = paragraph;
            size = 0;
            ideographs = 0;
            titleShared = 0;
            standfirstShared = 0;
            letterCounts = scan(paragraph, start, end, this);
            return this;
        }

        /** {@link Letters#countLettersAndUpperCase} of the sentence read, counted as its terms were. */
        long letterCounts() {
            return letterCounts;
        }

        /** How many of the terms read (with repeats) the table marks with {@code flag}. */
        int marked(int flag) {
            return flag == TermTable.TITLE ? titleShared : standfirstShared;
        }

        int size() {
            return size;
        }

        int get(int k) {
            return ids[k];
        }

        /** How many of the terms are single Chinese or Japanese characters. */
        int ideographs() {
            return ideographs;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }

        @Override
        public void run(int start, int end, boolean ascii, int lowerHash) {
            add(ascii ? table.internAscii(text, start, end, lowerHash)
                    : table.intern(new String(text, start, end - start).toLowerCase(Locale.ROOT)));
        }

        @Override
        public void ideograph(int start, int end) {
            ideographs++;
            add(table.internAsIs(text, start, end));
        }

        private void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
            int flags = table.flags(id);
            titleShared += flags & TermTable.TITLE;
            standfirstShared += (flags & TermTable.STANDFIRST) >> 1;
        }
    }

    /** ASCII character flags for the scan: letter or digit, letter, upper-case letter. */
    private static final int WORD = 1;
    private static final int LETTER = 2;
    private static final int UPPER = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Letters.isLetterOrDigit(c) ? WORD : 0) | (Letters.isLetter(c) ? LETTER : 0)
                    | (Letters.isUpperCase(c) ? UPPER : 0));
        }
    }

    /**
     * Finds the terms of {@code text[from, to)}; a code point is never read across {@code to}. Returns
     * what {@link Letters#countLettersAndUpperCase} gives for the same characters, counted in the same
     * pass: the summary asks it of every sentence whose terms it reads.
     */
    private static long scan(char[] text, int from, int to, Found found) {
        int start = -1;
        int hash = 0; // of the run so far, lower-cased, while it is all ASCII
        boolean ascii = true;
        int letters = 0;
        int upper = 0;
        for (int i = from; i < to; ) {
            char c = text[i];
            if (c < 128) { // most of a body: one table load, no code point decoding
                int flags = ASCII[c];
                if ((flags & WORD) == 0) { // a space or a mark of punctuation (no letter): a run ends
                    if (start >= 0) {
                        flush(start, i, ascii, hash, found);
                        start = -1;
                    }
                    i++;
                    continue;
                }
                if (start < 0) {
                    start = i;
                    hash = 0;
                    ascii = true;
                }
                // The run's ASCII letters and digits in a loop of their own, which is left once a
                // word, not at every character.
                do {
                    letters += (flags >> 1) & 1;
                    upper += flags >> 2;
                    hash = 31 * hash + (c | (flags & UPPER) << 3); // an upper-case letter's bit 5 set: its lower case
                    if (++i == to) {
                        break;
                    }
                    c = text[i];
                    flags = c < 128 ? ASCII[c] : 0;
                } while ((flags & WORD) != 0);
                continue;
            }
            int cp = Character.codePointAt(text, i, to);
            int width = Character.charCount(cp);
            if (width == 1) { // the letter count reads UTF-16 units: a surrogate pair is no letter
                long counts = Letters.countLettersAndUpperCase(text, i, i + 1);
                letters += (int) counts;
                upper += (int) (counts >>> 32);
            }
            boolean ideograph = cp >= 0x2E80 && isIdeographic(cp);
            if (ideograph) {
                flush(start, i, ascii, hash, found);
                start = -1;
                found.ideograph(i, i + width);
            } else if (Letters.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
                ascii = false;
            } else {
                flush(start, i, ascii, hash, found);
                start = -1;
            }
            i += width;
        }
        flush(start, to, ascii, hash, found);
        return (long) upper << 32 | letters;
    }

    private static void flush(int start, int end, boolean ascii, int hash, Found found) {
        if (start >= 0 && end - start >= 2) {
            found.run(start, end, ascii, hash);
        }
    }

    static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
