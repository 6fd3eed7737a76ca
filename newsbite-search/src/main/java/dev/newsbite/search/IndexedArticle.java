package dev.newsbite.search;

import dev.newsbite.model.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * An article to index.
 *
 * @param url the address it was read from: its identity in the index (adding the same address
 *     again replaces the entry)
 * @param article what was read there
 * @param seenAt when it was read: its date when the article gives none
 */
public record IndexedArticle(String url, Article article, Instant seenAt) {
    public IndexedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
