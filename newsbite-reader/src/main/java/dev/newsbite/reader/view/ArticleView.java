package dev.newsbite.reader.view;

import dev.newsbite.model.Article;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What a reader page shows: an article (or a listing page's teasers) read from {@code original}.
 *
 * @param article what was read
 * @param original the original page's address (the "Original URL" link)
 * @param fetchedAt when the origin last answered for it
 * @param notice a line to show above the article (e.g. the origin is down and this is the copy
 *     stored earlier), or null
 */
public record ArticleView(Article article, URI original, Instant fetchedAt, String notice) {
    public ArticleView {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
