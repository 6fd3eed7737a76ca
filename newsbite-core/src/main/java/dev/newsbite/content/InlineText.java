package dev.newsbite.content;

import dev.newsbite.model.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds running text with its link spans: whitespace collapsed, no leading or trailing space,
 * one {@code <br>} a line break, two in a row a paragraph break. Callers feed text and link
 * boundaries in reading order and collect the finished paragraphs.
 */
final class InlineText {
    /** One finished run of text. */
    record Run(String text, List<Link> links, int linkChars) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Link> links = new ArrayList<>();
    private final List<Run> done = new ArrayList<>();
    private boolean pendingSpace;
    private boolean pendingNewline;
    private int breaks;
    private int linkDepth;
    private int linkStart = -1;
    private String linkHref;
    private int linkChars;

    void text(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                pendingSpace = true;
                continue;
            }
            if (text.length() > 0) {
                if (pendingNewline) {
                    text.append('\n');
                } else if (pendingSpace) {
                    text.append(' ');
                }
            }
            pendingSpace = false;
            pendingNewline = false;
            breaks = 0;
            if (linkDepth > 0 && linkStart < 0) {
                linkStart = text.length();
            }
            text.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    /** A {@code <br>}: a line break; the second in a row ends the paragraph. */
    void lineBreak() {
        breaks++;
        if (breaks >= 2) {
            paragraphBreak();
        } else if (text.length() > 0) {
            pendingNewline = true;
        }
    }

    void startLink(String href) {
        if (linkDepth++ == 0) {
            linkHref = href;
            linkStart = -1;
        }
    }

    void endLink() {
        if (linkDepth == 0) {
            return;
        }
        if (--linkDepth == 0) {
            if (linkStart >= 0 && linkHref != null && !linkHref.isEmpty()) {
                links.add(new Link(linkStart, text.length(), linkHref));
            }
            linkStart = -1;
            linkHref = null;
        }
    }

    /** Ends the current paragraph (if it holds text). */
    void paragraphBreak() {
        if (text.length() > 0) {
            if (linkDepth > 0 && linkStart >= 0 && linkHref != null && !linkHref.isEmpty()) {
                links.add(new Link(linkStart, text.length(), linkHref));
            }
            done.add(new Run(text.toString(), List.copyOf(links), linkChars));
            text.setLength(0);
            links.clear();
        }
        linkStart = -1;
        linkChars = 0;
        pendingSpace = false;
        pendingNewline = false;
        breaks = 0;
    }

    boolean isEmpty() {
        return text.length() == 0 && done.isEmpty();
    }

    /** The finished paragraphs, the current one included; the builder is empty afterwards. */
    List<Run> drain() {
        paragraphBreak();
        List<Run> out = new ArrayList<>(done);
        done.clear();
        linkDepth = 0;
        return out;
    }
}
