package dev.newsbite.reader.library;

import dev.newsbite.model.Article;
import java.time.Instant;

/**
 * Told of each article once the page store has kept it (the search index listens), on the store's
 * writer thread: it must be quick and must not throw (what it throws is logged and dropped).
 */
@FunctionalInterface
public interface ArticleListener {
    /** Listens to nothing. */
    ArticleListener NONE = (url, article, fetchedAt) -> { };

    /**
     * @param url the address read (the store's key)
     * @param article what was read there
     * @param fetchedAt when it was fetched
     */
    void stored(String url, Article article, Instant fetchedAt);
}
