package dev.newsbite.listing;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An element's text, whitespace-normalised like {@link Element#text()}, but read only up to a
 * limit: a link that broken markup has stretched over half the page costs no more than a short one.
 */
final class BoundedText implements NodeFilter {
    private final StringBuilder out;
    private final int limit;
    private boolean pendingSpace;

    private BoundedText(int limit) {
        this.limit = limit;
        this.out = new StringBuilder(Math.min(limit, 128));
    }

    /** The text of {@code el}, or null when it is longer than {@code limit} characters. */
    static String of(Element el, int limit) {
        BoundedText reader = new BoundedText(limit);
        NodeTraversor.filter(reader, el);
        return reader.out.length() > limit ? null : reader.out.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
            return out.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
        }
        if (node instanceof Element el && el.normalName().equals("br")) {
            pendingSpace = out.length() > 0;
        } else if (node instanceof Element el && el.isBlock()) {
            pendingSpace = out.length() > 0;
        }
        return node instanceof Element el && (el.normalName().equals("script") || el.normalName().equals("style"))
                ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
    }

    private void append(String s) {
        for (int i = 0; i < s.length() && out.length() <= limit; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
    }
}
