package dev.newsbite.model;

/**
 * A hyperlink inside a block's text: the characters {@code [start, end)} of the text link to
 * {@code href}, an absolute URL.
 */
public record Link(int start, int end, String href) {
    public Link {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad link span [" + start + ", " + end + ")");
        }
        java.util.Objects.requireNonNull(href, "href");
    }
}
