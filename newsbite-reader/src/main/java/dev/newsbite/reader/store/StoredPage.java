package dev.newsbite.reader.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One page as fetched and read, kept in a {@link PageStore}.
 *
 * @param url the address asked for (the store's key), absolute http(s)
 * @param finalUrl the address after redirects
 * @param fetchedAt when the origin last answered for it (a fetch, or a 304 revalidation)
 * @param contentType the origin's Content-Type, or null
 * @param etag the origin's ETag, or null
 * @param lastModified the origin's Last-Modified, or null
 * @param html the page as sent (decompressed); the store compresses it
 * @param articleJson the article read from it, as {@code JsonRenderer} writes it
 * @param title the article's headline (or null), for lists of recent reads
 * @param siteName the article's site name (or null), for lists of recent reads
 */
public record StoredPage(String url, String finalUrl, Instant fetchedAt, String contentType, String etag,
        String lastModified, byte[] html, String articleJson, String title, String siteName) {
    public StoredPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(articleJson, "articleJson");
    }

    /** The same page, confirmed unchanged by its origin at {@code when}. */
    public StoredPage revalidatedAt(Instant when, String newEtag, String newLastModified) {
        return new StoredPage(url, finalUrl, when, contentType, newEtag != null ? newEtag : etag,
                newLastModified != null ? newLastModified : lastModified, html, articleJson, title, siteName);
    }
}
