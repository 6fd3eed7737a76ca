package dev.newsbite.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A fetched page.
 *
 * @param url the final address, after redirects (resolve the page's links against it)
 * @param status the HTTP status: 2xx, or 304 when a conditional request found the page unchanged
 * @param contentType the Content-Type header (with its charset), or null
 * @param body the body, decompressed; empty for 304. Not copied: treat it as read-only
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record FetchResult(URI url, int status, String contentType, byte[] body, String etag, String lastModified) {
    public FetchResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** True when a conditional request found the page unchanged (HTTP 304): keep the copy you have. */
    public boolean notModified() {
        return status == 304;
    }

    /** The validators to send next time, for a conditional request. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
