package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.WordSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word of a paragraph. Its text is cut from the paragraph only when asked for: most words are
 * lower-case and only those next to a name are ever read.
 */
final class Word {
    private final String paragraph;
    private String text;
    final int start;
    final int end;
    final boolean capital;
    final boolean allCaps;
    final boolean digit;
    final boolean sentenceStart;
    final boolean possessive;
    final boolean hyphenPlace;

    Word(String paragraph, String text, int start, int end, boolean capital, boolean allCaps, boolean digit,
            boolean sentenceStart, boolean possessive, boolean hyphenPlace) {
        this.paragraph = paragraph;
        this.text = text;
        this.start = start;
        this.end = end;
        this.capital = capital;
        this.allCaps = allCaps;
        this.digit = digit;
        this.sentenceStart = sentenceStart;
        this.possessive = possessive;
        this.hyphenPlace = hyphenPlace;
    }

    String text() {
        if (text == null) {
            text = paragraph.substring(start, end);
        }
        return text;
    }

    private static final Set<String> ABBREVIATIONS = WordSets.of("Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Ltd",
            "Corp", "Co", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Mt", "No");
    /** Possessive words that belong inside a name ("Women's Tennis Association"). */
    private static final Set<String> POSSESSIVE_IN_NAME = WordSets.of("Women's", "Men's", "Children's", "People's",
            "Farmers'", "Workers'", "Veterans'", "Teachers'", "Nurses'", "Lloyd's", "Citizens'", "Employers'",
            "Women’s", "Men’s", "Children’s", "People’s", "Farmers’", "Workers’");
    private static final Set<String> HYPHEN_PLACE = WordSets.of("based", "born", "headquartered");

    /** The words of a paragraph, with sentence starts and possessives marked. */
    static List<Word> split(String p) {
        return split(p, new char[p.length()]);
    }

    /**
     * As {@link #split(String)}, reading the paragraph through {@code buffer} (at least as long as
     * it; its contents are overwritten), so the paragraphs of an article share one array.
     */
    static List<Word> split(String p, char[] buffer) {
        int n = p.length();
        char[] cs = buffer; // read as an array: no per-character coder and bounds checks
        p.getChars(0, n, cs, 0);
        List<Word> out = new ArrayList<>(n / 6 + 4); // about one word in six characters of prose
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c == '&' && i > 0 && cs[i - 1] == ' ') {
                out.add(new Word(p, "&", i, i + 1, false, false, false, false, false, false));
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
                    && HYPHEN_PLACE.contains(p.substring(hyphen + 1, end));
            out.add(new Word(p, text, start, end, capital, allCaps, digit,
                    capital && sentenceStart(cs, start, out), possessive, hyphenPlace));
        }
        return out;
    }

    private static boolean sentenceStart(char[] cs, int start, List<Word> before) {
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
            Word prev = before.isEmpty() ? null : before.get(before.size() - 1);
            return prev == null || prev.end != i + 1 || !prev.text().endsWith(".");
        }
        return false;
    }
}
