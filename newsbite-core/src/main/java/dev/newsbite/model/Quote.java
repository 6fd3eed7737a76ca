package dev.newsbite.model;

import java.util.Objects;

/** A block quotation; {@code cite} is who or what it is attributed to, or null. */
public record Quote(String text, String cite) implements Block {
    public Quote {
        Objects.requireNonNull(text, "text");
    }

    public Quote(String text) {
        this(text, null);
    }
}
