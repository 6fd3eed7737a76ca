package dev.newsbite.bite;

/**
 * {@link Character}'s letter, digit, mark and case tests from one table: the bite's scanners ask
 * them of every character of a body, and the table answers in one load where {@link Character}
 * goes through its per-block property lookup (several loads and a call for anything past Latin-1:
 * curly quotes, dashes, Cyrillic, Greek). The table covers the alphabets and punctuation below
 * U+3000, built once from {@link Character} itself (a few milliseconds), so every answer is exactly
 * {@link Character}'s; Chinese, Japanese and Korean text and the rest go to {@link Character}.
 * For the bite's own packages; not part of the library's API.
 */
public final class Letters {
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte WHITESPACE = 16;
    /** A non-spacing or combining spacing mark (general categories Mn, Mc). */
    private static final byte MARK = 32;
    /** Characters below this are answered from the table. */
    private static final int TABLED = 0x3000;
    private static final byte[] TABLE = new byte[TABLED];

    static {
        for (int c = 0; c < TABLED; c++) {
            TABLE[c] = flags(c);
        }
    }

    private Letters() {
    }

    private static byte flags(int c) {
        int type = Character.getType(c);
        return (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                | (Character.isWhitespace(c) ? WHITESPACE : 0)
                | (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? MARK : 0));
    }

    public static boolean isLetterOrDigit(char c) {
        if (c < 128) { // [A-Za-z0-9]: two range checks, no memory read
            return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
        }
        return c < TABLED ? (TABLE[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    public static boolean isLetterOrDigit(int cp) {
        return cp >= 0 && cp < TABLED ? (TABLE[cp] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(cp);
    }

    public static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : c < TABLED ? (TABLE[c] & LETTER) != 0 : Character.isLetter(c);
    }

    public static boolean isDigit(char c) {
        return c < 128 ? (char) (c - '0') < 10 : c < TABLED ? (TABLE[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    public static boolean isUpperCase(char c) {
        return c < 128 ? (char) (c - 'A') < 26 : c < TABLED ? (TABLE[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return c < 128 ? (char) (c - 'a') < 26 : c < TABLED ? (TABLE[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    public static boolean isLowerCase(int cp) {
        return cp >= 0 && cp < TABLED ? (TABLE[cp] & LOWER) != 0 : Character.isLowerCase(cp);
    }

    public static boolean isWhitespace(char c) {
        return c < TABLED ? (TABLE[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }

    /** Whether {@code c} is a non-spacing or combining spacing mark ({@link Character#getType} Mn or Mc). */
    public static boolean isMark(char c) {
        if (c < TABLED) {
            return (TABLE[c] & MARK) != 0;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * How many characters of {@code text[from, to)} are letters ({@link Character#isLetter}), in the
     * low 32 bits, and how many of those are upper case ({@link Character#isUpperCase}), in the high
     * 32 bits. Counted without branches, so mixed text costs no mispredicted jumps.
     */
    public static long countLettersAndUpperCase(char[] text, int from, int to) {
        int letters = 0;
        int upper = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            int flags = c < TABLED ? TABLE[c]
                    : (Character.isLetter(c) ? LETTER : 0) | (Character.isUpperCase(c) ? UPPER : 0);
            int letter = flags & LETTER;
            letters += letter;
            upper += (flags >> 2) & letter; // UPPER is bit 2; an upper-case mark or symbol is no letter
        }
        return (long) upper << 32 | letters;
    }
}
