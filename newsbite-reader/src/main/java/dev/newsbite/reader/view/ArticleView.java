package dev.newsbite.reader.view;

import dev.newsbite.model.Article;
import dev.newsbite.similar.Outlet;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a reader page shows: an article (or a listing page's teasers) read from {@code original}.
 *
 * @param article what was read
 * @param original the original page's address (the "Original URL" link)
 * @param fetchedAt when the origin last answered for it
 * @param notice a line to show above the article (e.g. the origin is down and this is the copy
 *     stored earlier), or null
 * @param alsoPublishedBy other outlets' copies of the same story, best first ("Also published by");
 *     empty when none are known
 */
public record ArticleView(Article article, URI original, Instant fetchedAt, String notice, List<Outlet> alsoPublishedBy) {
    public ArticleView {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        alsoPublishedBy = alsoPublishedBy == null ? List.of() : List.copyOf(alsoPublishedBy);
    }

    /** A page with no other copies of its story shown. */
    public ArticleView(Article article, URI original, Instant fetchedAt, String notice) {
        this(article, original, fetchedAt, notice, List.of());
    }
}
