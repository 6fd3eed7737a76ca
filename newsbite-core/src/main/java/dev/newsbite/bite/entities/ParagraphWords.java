package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.WordSets;
import java.util.Arrays;
import java.util.Set;

/**
 * The words of one paragraph, with sentence starts and possessives marked, as parallel arrays
 * that the next paragraph reuses: a body has thousands of words, and an object for each was most
 * of what cutting them cost. A word's text is cut from the paragraph only when asked for: most words
 * are lower-case and only those next to a name are ever read. Not thread-safe: one per scan.
 */
final class ParagraphWords {
    private static final byte CAPITAL = 1;
    private static final byte ALL_CAPS = 2;
    private static final byte DIGIT = 4;
    private static final byte SENTENCE_START = 8;
    private static final byte POSSESSIVE = 16;
    private static final byte HYPHEN_PLACE = 32;

    private String paragraph;
    private int size;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private byte[] flags = new byte[256];
    /** A word's text once cut, or set by the split where it is not the paragraph's ("Mr." keeps its dot). */
    private String[] texts = new String[256];

    int size() {
        return size;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    String text(int k) {
        String text = texts[k];
        if (text == null) {
            text = paragraph.substring(starts[k], ends[k]);
            texts[k] = text;
        }
        return text;
    }

    boolean capital(int k) {
        return (flags[k] & CAPITAL) != 0;
    }

    boolean allCaps(int k) {
        return (flags[k] & ALL_CAPS) != 0;
    }

    boolean digit(int k) {
        return (flags[k] & DIGIT) != 0;
    }

    boolean sentenceStart(int k) {
        return (flags[k] & SENTENCE_START) != 0;
    }

    boolean possessive(int k) {
        return (flags[k] & POSSESSIVE) != 0;
    }

    boolean hyphenPlace(int k) {
        return (flags[k] & HYPHEN_PLACE) != 0;
    }

    private void add(String text, int start, int end, boolean capital, boolean allCaps, boolean digit,
            boolean sentenceStart, boolean possessive, boolean hyphenPlace) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = (byte) ((capital ? CAPITAL : 0) | (allCaps ? ALL_CAPS : 0) | (digit ? DIGIT : 0)
                | (sentenceStart ? SENTENCE_START : 0) | (possessive ? POSSESSIVE : 0) | (hyphenPlace ? HYPHEN_PLACE : 0));
        texts[size] = text;
        size++;
    }

    private static final Set<String> ABBREVIATIONS = WordSets.of("Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Ltd",
            "Corp", "Co", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Mt", "No");
    /** Possessive words that belong inside a name ("Women's Tennis Association"). */
    private static final Set<String> POSSESSIVE_IN_NAME = WordSets.of("Women's", "Men's", "Children's", "People's",
            "Farmers'", "Workers'", "Veterans'", "Teachers'", "Nurses'", "Lloyd's", "Citizens'", "Employers'",
            "Women’s", "Men’s", "Children’s", "People’s", "Farmers’", "Workers’");
    private static final Set<String> HYPHEN_PLACE_WORDS = WordSets.of("based", "born", "headquartered");

    /** The words of a paragraph (see {@link #split(String, char[])}). */
    static ParagraphWords of(String p) {
        ParagraphWords words = new ParagraphWords();
        words.split(p, new char[p.length()]);
        return words;
    }

    /**
     * Cuts {@code p} into words, replacing the paragraph before, reading it through {@code buffer}
     * (at least as long as it; its contents are overwritten), so the paragraphs of an article share
     * one array.
     */
    void split(String p, char[] buffer) {
        Arrays.fill(texts, 0, size, null);
        paragraph = p;
        size = 0;
        int n = p.length();
        char[] cs = buffer; // read as an array: no per-character coder and bounds checks
        p.getChars(0, n, cs, 0);
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c == '&' && i > 0 && cs[i - 1] == ' ') {
                add("&", i, i + 1, false, false, false, false, false, false);
                i++;
                continue;
            }
            if (!Letters.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = Letters.isDigit(c);
            boolean lowerLetter = Letters.isLowerCase(c);
            int hyphen = -1;
            i++;
            while (i < n) {
                char d = cs[i];
                if (d >= 'a' && d <= 'z') { // ASCII first: most characters of most bodies
                    lowerLetter = true;
                    i++;
                } else if (d >= 'A' && d <= 'Z') {
                    i++;
                } else if (d >= '0' && d <= '9') {
                    digit = true;
                    i++;
                } else if (d >= 128 && Letters.isLetterOrDigit(d)) {
                    digit |= Letters.isDigit(d);
                    lowerLetter |= Letters.isLowerCase(d);
                    i++;
                } else if ((d == '-' || d == '\'' || d == '’' || d == '.' || d == '&') && i + 1 < n
                        && Letters.isLetterOrDigit(cs[i + 1])) {
                    if (d == '-') {
                        hyphen = i;
                    }
                    i++;
                } else if (d >= '\u0300' && d < '\u2000' && Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else {
                    break;
                }
            }
            boolean capital = Letters.isUpperCase(c);
            int end = i;
            String text = null;
            boolean possessive = false;
            if (capital && i < n && cs[i] == '.' && end - start <= 4) {
                String word = p.substring(start, end);
                if (ABBREVIATIONS.contains(word)) {
                    i++;
                    end = i;
                    text = word + ".";
                }
            }
            if (end - start > 2 && cs[end - 1] == 's' && (cs[end - 2] == '\'' || cs[end - 2] == '’')) {
                if (!(capital && POSSESSIVE_IN_NAME.contains(p.substring(start, end)))) {
                    end -= 2; // "Kim's" is Kim
                    possessive = true;
                    lowerLetter = false;
                    for (int k = start + 1; k < end; k++) {
                        lowerLetter |= Letters.isLowerCase(cs[k]);
                    }
                }
            } else if (i < n && (cs[i] == '\'' || cs[i] == '’') && cs[end - 1] == 's'
                    && (i + 1 >= n || !Letters.isLetter(cs[i + 1]))) {
                if (capital && POSSESSIVE_IN_NAME.contains(p.substring(start, end) + cs[i])) {
                    i++;
                    end = i;
                } else {
                    possessive = true;
                }
            }
            boolean allCaps = end - start >= 2 && capital && !lowerLetter;
            boolean hyphenPlace = capital && hyphen > start && hyphen < end
                    && HYPHEN_PLACE_WORDS.contains(p.substring(hyphen + 1, end));
            add(text, start, end, capital, allCaps, digit, capital && sentenceStart(cs, start), possessive,
                    hyphenPlace);
        }
    }

    /** Whether the word at {@code start}, to be the next one added, opens a sentence. */
    private boolean sentenceStart(char[] cs, int start) {
        int i = start - 1;
        boolean quote = false;
        while (i >= 0) {
            char c = cs[i];
            if (c == ' ' || c == '\u00a0') {
                i--;
            } else if (c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '„'
                    || c == '\'') {
                quote = true;
                i--;
            } else {
                break;
            }
        }
        if (i < 0) {
            return true;
        }
        char c = cs[i];
        if (c == '!' || c == '?' || c == '—' || c == '–') {
            return true;
        }
        if (c == ':') {
            return quote;
        }
        if (c == '.') {
            int prev = size - 1;
            return prev < 0 || ends[prev] != i + 1 || !text(prev).endsWith(".");
        }
        return false;
    }
}
