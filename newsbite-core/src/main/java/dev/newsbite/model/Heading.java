package dev.newsbite.model;

import java.util.Objects;

/** A sub-heading inside the body; {@code level} 2 to 6 as in HTML. */
public record Heading(int level, String text) implements Block {
    public Heading {
        Objects.requireNonNull(text, "text");
        level = Math.max(2, Math.min(6, level));
    }
}
