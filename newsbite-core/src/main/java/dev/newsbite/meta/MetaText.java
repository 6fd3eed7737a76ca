package dev.newsbite.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Small text helpers shared by the metadata readers. */
final class MetaText {
    /** Metadata values longer than this are not titles, names or dates: cut them to bound the work. */
    static final int MAX_VALUE_CHARS = 2_000;

    /** Nodes read at most for one short text (a byline, a heading, a dek). */
    private static final int MAX_TEXT_NODES = 2_000;

    private static final Pattern URL_LIKE = Pattern.compile("^(?:https?:)?//\\S+$|^www\\.\\S+$",
            Pattern.CASE_INSENSITIVE);

    private MetaText() {
    }

    /**
     * Decodes HTML entities (pages often escape their meta values twice) and collapses whitespace;
     * null when nothing is left.
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) : value;
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        s = collapseWhitespace(s);
        return s.isEmpty() ? null : s;
    }

    /** Runs of whitespace (non-breaking spaces and zero-width characters included) to one space. */
    static String collapseWhitespace(String s) {
        return collapse(s, false);
    }

    /**
     * Like {@link #collapseWhitespace(String)}, but a run holding a line break becomes one line
     * break: paragraphs stay apart. Works on a char array, as it runs over whole article bodies.
     */
    static String collapse(String s, boolean keepLineBreaks) {
        int n = s.length();
        char[] in = s.toCharArray();
        char[] out = new char[n];
        int len = 0;
        boolean space = false;
        boolean newline = false;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c == '\n' && keepLineBreaks) {
                newline = true;
                continue;
            }
            if (c <= ' ' || (c >= 0x7f && isSpace(c))) {
                space = true;
                changed |= c != ' ';
                continue;
            }
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
                continue;
            }
            if (len > 0 && (newline || space)) {
                out[len++] = newline ? '\n' : ' ';
            }
            newline = false;
            space = false;
            out[len++] = c;
        }
        return len == n && !changed ? s : new String(out, 0, len);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f'
                || c == '\u3000' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u1680';
    }

    /** Where {@code needle} (lower-case ASCII) occurs in {@code hay} ignoring case, from {@code from}; -1 if not. */
    static int indexOfIgnoreCase(String hay, String needle, int from) {
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = hay.length() - needle.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = hay.charAt(i);
            if ((c == first || c == firstUpper) && hay.regionMatches(true, i + 1, needle, 1, needle.length() - 1)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isUrl(String s) {
        return s != null && URL_LIKE.matcher(s.strip()).matches();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The element's text, whitespace collapsed, reading no further than {@code max} characters:
     * a class name can sit on a huge container, and reading all of it would cost more than the
     * whole metadata step.
     */
    static String boundedText(Element element, int max) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            private int visited;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++visited > MAX_TEXT_NODES) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText(), max + 1);
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")
                            || tag.equals("template")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock() || tag.equals("br")) {
                        space(out);
                    }
                }
                return out.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    space(out);
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return collapseWhitespace(out.length() > max ? out.substring(0, max) : out.toString());
    }

    /** Appends the text with whitespace runs as single spaces, stopping once {@code out} holds {@code limit}. */
    private static void appendCollapsed(StringBuilder out, String text, int limit) {
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || isSpace(c)) {
                space(out);
            } else {
                out.append(c);
            }
        }
    }

    /** One space between blocks, however many blocks close and open there. */
    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Token-set similarity of two texts (F1 of their lower-cased word multisets), 0 to 1. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        return similarity(Tokens.of(a), Tokens.of(b));
    }

    /** {@link #similarity(String, String)} of texts already split into tokens. */
    static double similarity(java.util.List<String> ta, java.util.List<String> tb) {
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        if (ta.size() <= Long.SIZE && tb.size() <= Long.SIZE) {
            return f1(smallOverlap(ta, tb), ta.size(), tb.size());
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String t : ta) {
            counts.merge(t, 1, Integer::sum);
        }
        int overlap = 0;
        for (String t : tb) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                overlap++;
                counts.put(t, n - 1);
            }
        }
        return f1(overlap, ta.size(), tb.size());
    }

    /** The multiset overlap of two token lists of at most 64 each, pair by pair: for titles a map would cost more. */
    private static int smallOverlap(java.util.List<String> ta, java.util.List<String> tb) {
        long used = 0; // a bit for each of ta's (at most 64) tokens already matched
        int overlap = 0;
        int na = ta.size();
        for (String t : tb) {
            for (int i = 0; i < na; i++) {
                if ((used & (1L << i)) == 0 && ta.get(i).equals(t)) {
                    used |= 1L << i;
                    overlap++;
                    break;
                }
            }
        }
        return overlap;
    }

    private static double f1(int overlap, int sizeA, int sizeB) {
        if (overlap == 0) {
            return 0;
        }
        double p = (double) overlap / sizeA;
        double r = (double) overlap / sizeB;
        return 2 * p * r / (p + r);
    }

    /** Lower-cased word tokens; each Han or kana character is a token of its own. */
    static final class Tokens {
        private Tokens() {
        }

        static java.util.List<String> of(String s) {
            java.util.List<String> out = new java.util.ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (isIdeographic(cp)) {
                    flush(word, out);
                    out.add(new String(Character.toChars(cp)));
                } else if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                } else {
                    flush(word, out);
                }
            }
            flush(word, out);
            return out;
        }

        private static boolean isIdeographic(int cp) {
            if (cp < 0x2E80) {
                return false;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }

        private static void flush(StringBuilder word, java.util.List<String> out) {
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
    }
}
