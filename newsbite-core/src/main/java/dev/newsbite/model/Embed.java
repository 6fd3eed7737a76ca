package dev.newsbite.model;

import java.util.Objects;

/**
 * Something the page embeds (a video, a post, a map), kept as a link: {@code url} is absolute,
 * {@code kind} a short word such as "video" or "tweet" (or null), {@code title} may be null.
 */
public record Embed(String url, String kind, String title) implements Block {
    public Embed {
        Objects.requireNonNull(url, "url");
    }

    /** Embeds are not body text. */
    @Override
    public String text() {
        return "";
    }
}
