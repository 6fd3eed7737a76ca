package dev.newsbite.bite.quotes;

import dev.newsbite.bite.Letters;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks: straight and curly double quotes, « » and „ “. A
 * paragraph that ends inside a quotation and a next paragraph that opens with a quotation mark are
 * one quotation (the newspaper convention for a speech running over paragraphs). Single quotes are
 * read only in their curly form, since the straight one is also the apostrophe.
 */
final class QuoteMarks {
    /** Longest quotation kept, in characters; a stray mark must not swallow the article. */
    private static final int MAX_QUOTE = 4_000;

    /** A quotation: where it opens and closes (paragraph, offset of the mark) and its words. */
    record Span(int startParagraph, int open, int endParagraph, int close, String text) {}

    private QuoteMarks() {}

    static List<Span> find(List<String> paragraphs) {
        List<Span> out = new ArrayList<>();
        // The quotation's words so far: earlier paragraphs' in text, this one's from pending on,
        // copied in one go when the quotation closes or the paragraph ends.
        StringBuilder text = new StringBuilder();
        int pending = 0;
        int startParagraph = -1;
        int open = -1;
        char closer = 0;
        // Where each opening mark next stands in the paragraph (its length when nowhere): the
        // paragraph is read from mark to mark with String.indexOf, which scans many characters at
        // a time, and a text in Latin-1 skips the curly marks at once.
        int[] nextOpener = new int[OPENERS.length];
        for (int p = 0; p < paragraphs.size(); p++) {
            String s = paragraphs.get(p);
            int n = s.length();
            boolean anyOpener = false;
            for (int k = 0; k < OPENERS.length; k++) {
                int at = s.indexOf(OPENERS[k]);
                nextOpener[k] = at < 0 ? n : at;
                anyOpener |= at >= 0;
            }
            if (closer == 0 && !anyOpener) {
                continue; // most paragraphs quote no one
            }
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
            while (i < n) {
                if (closer == 0) {
                    int at = n;
                    for (int k = 0; k < OPENERS.length; k++) {
                        if (nextOpener[k] < i) {
                            int next = s.indexOf(OPENERS[k], i);
                            nextOpener[k] = next < 0 ? n : next;
                        }
                        at = Math.min(at, nextOpener[k]);
                    }
                    if (at >= n) {
                        break;
                    }
                    char c = s.charAt(at);
                    if (opensHere(s, at, c)) {
                        closer = closerFor(c);
                        startParagraph = p;
                        open = at;
                        text.setLength(0);
                        pending = at + 1;
                    }
                    i = at + 1;
                    continue;
                }
                // Inside a quotation: the next mark that may close it, unless the quotation grows
                // too long first (at the first position where it reaches MAX_QUOTE).
                int tooLong = Math.max(i, MAX_QUOTE - text.length() + pending);
                int at = nextIndex(s, closer, i, n);
                char partner = partnerOf(closer);
                if (partner != 0) {
                    at = Math.min(at, nextIndex(s, partner, i, n));
                }
                if (at < n && at <= tooLong) {
                    if (closer != '’' || at + 1 >= n || !Letters.isLetter(s.charAt(at + 1))) {
                        text.append(s, pending, at);
                        out.add(new Span(startParagraph, open, p, at, text.toString().strip()));
                        closer = 0;
                        text.setLength(0);
                    } // else an apostrophe inside the quotation: one of its characters
                    i = at + 1;
                } else if (tooLong < n) {
                    closer = 0;
                    text.setLength(0);
                    i = tooLong + 1;
                } else {
                    i = n;
                }
            }
            if (closer != 0) {
                text.append(s, pending, n);
            }
        }
        return out;
    }

    /** The marks that open a quotation, as {@link #closerFor} knows them. */
    private static final char[] OPENERS = {'"', '“', '«', '„', '‘'};

    private static int nextIndex(String s, char c, int from, int n) {
        int at = s.indexOf(c, from);
        return at < 0 ? n : at;
    }

    /** The other mark that closes a quotation this one closes too: writers mix straight and curly marks. */
    private static char partnerOf(char closer) {
        return switch (closer) {
            case '“', '"' -> '”';
            case '”' -> '"';
            default -> 0;
        };
    }

    private static boolean opensHere(String s, int i, char c) {
        if (c == '‘') {
            // A curly single quote opens only at the start of a word, not in "rock ‘n’ roll" mid-word.
            return i == 0 || !Letters.isLetterOrDigit(s.charAt(i - 1));
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
