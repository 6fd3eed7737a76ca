package dev.newsbite.bite.quotes;

import dev.newsbite.bite.Letters;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link QuoteMarks#find} as it was before it jumped from mark to mark with {@link String#indexOf}:
 * one character at a time. Kept to pin the fast version to the same spans.
 */
final class QuoteMarksReference {
    /** Longest quotation kept, in characters; a stray mark must not swallow the article. */
    private static final int MAX_QUOTE = 4_000;


    private QuoteMarksReference() {}

    static List<QuoteMarks.Span> find(List<String> paragraphs) {
        List<QuoteMarks.Span> out = new ArrayList<>();
        // The quotation's words so far: earlier paragraphs' in text, this one's from pending on,
        // copied in one go when the quotation closes or the paragraph ends.
        StringBuilder text = new StringBuilder();
        int pending = 0;
        int startParagraph = -1;
        int open = -1;
        char closer = 0;
        // The paragraph being read, as an array: a text with curly marks is stored as UTF-16, whose
        // charAt checks the coder and bounds at every character.
        char[] cs = new char[64];
        for (int p = 0; p < paragraphs.size(); p++) {
            String s = paragraphs.get(p);
            if (closer == 0 && !hasMark(s)) {
                continue; // most paragraphs quote no one
            }
            int n = s.length();
            if (cs.length < n) {
                cs = new char[Math.max(n, cs.length * 2)];
            }
            s.getChars(0, n, cs, 0);
            int i = 0;
            if (closer != 0) {
                // Still inside a quotation from the paragraph before: it goes on only if this one opens again.
                int first = firstNonSpace(s);
                if (first < s.length() && closerFor(s.charAt(first)) == closer) {
                    text.append(' ');
                    i = first + 1;
                    pending = i;
                } else {
                    closer = 0;
                    text.setLength(0);
                }
            }
            for (; i < n; i++) {
                char c = cs[i];
                if (closer == 0) {
                    char expected = closerFor(c);
                    if (expected != 0 && opensHere(cs, i, c)) {
                        closer = expected;
                        startParagraph = p;
                        open = i;
                        text.setLength(0);
                        pending = i + 1;
                    }
                } else if (c == closer || (closer == '“' && c == '”') || (closer == '"' && c == '”')
                        || (closer == '”' && c == '"')) {
                    if (closer != '’' || i + 1 >= n || !Letters.isLetter(cs[i + 1])) {
                        text.append(cs, pending, i - pending);
                        out.add(new QuoteMarks.Span(startParagraph, open, p, i, text.toString().strip()));
                        closer = 0;
                        text.setLength(0);
                    } // else an apostrophe inside the quotation: one of its characters
                } else if (text.length() + (i - pending) >= MAX_QUOTE) {
                    closer = 0;
                    text.setLength(0);
                }
            }
            if (closer != 0) {
                text.append(cs, pending, n - pending);
            }
        }
        return out;
    }

    private static boolean hasMark(String s) {
        // String.indexOf scans many characters at a time; a text in Latin-1 skips the curly marks at once.
        return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('«') >= 0 || s.indexOf('„') >= 0
                || s.indexOf('‘') >= 0;
    }

    private static boolean opensHere(char[] s, int i, char c) {
        if (c == '‘') {
            // A curly single quote opens only at the start of a word, not in "rock ‘n’ roll" mid-word.
            return i == 0 || !Letters.isLetterOrDigit(s[i - 1]);
        }
        return true;
    }

    private static char closerFor(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '‘' -> '’';
            default -> 0;
        };
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Letters.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
