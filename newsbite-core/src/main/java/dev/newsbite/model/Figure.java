package dev.newsbite.model;

import java.util.List;

/**
 * An image (or gallery) with its words kept apart: {@code images} are absolute URLs, best first;
 * {@code alt} is the alternative text, {@code caption} what the picture shows, {@code credit} who
 * made it ("Picture: AFP"). Any of the texts may be null.
 */
public record Figure(List<String> images, String alt, String caption, String credit) implements Block {
    public Figure {
        images = List.copyOf(images);
    }

    /** Figures are not body text. */
    @Override
    public String text() {
        return "";
    }
}
