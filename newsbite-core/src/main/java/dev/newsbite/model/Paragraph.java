package dev.newsbite.model;

import java.util.List;
import java.util.Objects;

/** A paragraph of running text, with the links it carries. */
public record Paragraph(String text, List<Link> links) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Paragraph(String text) {
        this(text, List.of());
    }
}
