package dev.newsbite.reader.library;

import dev.newsbite.model.Article;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A page as the reader has it: the article read from it and how current it is.
 *
 * @param url the address asked for
 * @param article what was read (its {@code url} is the address after redirects)
 * @param fetchedAt when the origin last gave or confirmed this copy
 * @param checkedAt when the origin was last asked (equal to {@code fetchedAt} unless the last try failed)
 * @param staleBecause why a stored copy is served instead of a current one (the origin failed),
 *     or null for a current copy
 */
public record Reading(URI url, Article article, Instant fetchedAt, Instant checkedAt, String staleBecause) {
    public Reading {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public boolean stale() {
        return staleBecause != null;
    }

    /** The address after redirects, where the article was found. */
    public URI original() {
        String at = article.url();
        if (at != null) {
            try {
                return new URI(at);
            } catch (java.net.URISyntaxException e) {
                // The extractor keeps the fetcher's URI as given; fall back to the one asked for.
            }
        }
        return url;
    }
}
