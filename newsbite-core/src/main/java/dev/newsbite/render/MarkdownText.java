package dev.newsbite.render;

/**
 * Escapes page text so that Markdown (CommonMark with GFM tables) shows it as written: no
 * emphasis, links, code, HTML, entities or table cells come from the page, and no line turns into
 * a heading, list item, quote, fence, rule or setext underline by accident.
 */
final class MarkdownText {
    /** Punctuation that means something anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>~|";

    private MarkdownText() {
    }

    /** Text for a paragraph, item or quote; line breaks are kept as Markdown hard breaks. */
    static String escape(String text) {
        return escapeLineStarts(escapeInline(text));
    }

    /** One line of text (a heading, a cell, a caption); breaks become spaces. */
    static String escapeLine(String text) {
        return escapeLineStarts(escapeInline(text.replace('\n', ' ').replace('\t', ' ').strip()));
    }

    /**
     * Escapes characters with inline meaning; a line break (with the spaces around it) becomes a
     * hard break, blank lines are dropped so the block stays one block. Line starts are left to
     * {@link #escapeLineStarts}, which must run on the assembled block.
     */
    static String escapeInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                while (i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                    i++;
                }
                if (out.length() > 0 && i + 1 < n) {
                    out.append("\\\n");
                }
                continue;
            }
            if (c == '\t') {
                c = ' ';
            }
            if (INLINE_SPECIALS.indexOf(c) >= 0 || (c == '&' && looksLikeEntity(text, i))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Escapes what would be block syntax at the start of each line: "#", ">", "-", "+", "=", and
     * ordered-list markers such as "1." or "2)". Leading spaces are dropped (four would make code).
     */
    static String escapeLineStarts(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 8);
        int lineStart = 0;
        while (lineStart <= markdown.length()) {
            int end = markdown.indexOf('\n', lineStart);
            if (end < 0) {
                end = markdown.length();
            }
            int s = lineStart;
            while (s < end && markdown.charAt(s) == ' ') {
                s++;
            }
            if (s < end) {
                char first = markdown.charAt(s);
                int digits = s;
                while (digits < end && digits - s < 10 && first >= '0' && markdown.charAt(digits) >= '0'
                        && markdown.charAt(digits) <= '9') {
                    digits++;
                }
                if ("#>-+=".indexOf(first) >= 0) {
                    out.append('\\').append(markdown, s, end);
                } else if (digits > s && digits < end
                        && (markdown.charAt(digits) == '.' || markdown.charAt(digits) == ')')) {
                    out.append(markdown, s, digits).append('\\').append(markdown, digits, end);
                } else {
                    out.append(markdown, s, end);
                }
            }
            if (end < markdown.length()) {
                out.append('\n');
            }
            lineStart = end + 1;
        }
        return out.toString();
    }

    private static boolean looksLikeEntity(String s, int amp) {
        int end = Math.min(s.length(), amp + 34);
        for (int i = amp + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c == ';') {
                return i > amp + 1;
            }
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (!alnum && !(c == '#' && i == amp + 1)) {
                return false;
            }
        }
        return false;
    }

    /** A URL as a link destination: characters that would end or break it are percent-encoded. */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append("%5C");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
