package dev.newsbite.model;

import java.util.List;

/** A bulleted or numbered list; each item is its text. */
public record ListBlock(boolean ordered, List<String> items) implements Block {
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public String text() {
        return String.join("\n", items);
    }
}
