package dev.newsbite.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One story as its source lists it: a teaser on a section page or an item of a partial feed. Only
 * the URL is sure; the rest (each may be null) stands in where the article itself says nothing.
 */
public record SourceItem(String url, String title, String summary, List<String> authors, Instant published,
        Instant updated) {
    public SourceItem {
        Objects.requireNonNull(url, "url");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
