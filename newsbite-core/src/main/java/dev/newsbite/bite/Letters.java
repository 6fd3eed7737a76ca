package dev.newsbite.bite;

/**
 * {@link Character}'s letter, digit and case tests with a table for ASCII in front: the bite's
 * scanners ask them of every character of a body, most of which are ASCII, and the table answers
 * those in one load where {@link Character} goes through its per-block property lookup. Every
 * answer is exactly {@link Character}'s (the table is built from it); other characters go to
 * {@link Character} itself. For the bite's own packages; not part of the library's API.
 */
public final class Letters {
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte WHITESPACE = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                    | (Character.isWhitespace(c) ? WHITESPACE : 0));
        }
    }

    private Letters() {
    }

    public static boolean isLetterOrDigit(char c) {
        if (c < 128) { // [A-Za-z0-9]: two range checks, no memory read
            return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
        }
        return Character.isLetterOrDigit(c);
    }

    public static boolean isLetterOrDigit(int cp) {
        return cp >= 0 && cp < 128 ? (ASCII[cp] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(cp);
    }

    public static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    public static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    public static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    public static boolean isLowerCase(int cp) {
        return cp >= 0 && cp < 128 ? (ASCII[cp] & LOWER) != 0 : Character.isLowerCase(cp);
    }

    public static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }
}
