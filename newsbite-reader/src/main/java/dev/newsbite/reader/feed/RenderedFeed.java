package dev.newsbite.reader.feed;

import dev.newsbite.feed.FeedState;
import dev.newsbite.reader.web.Validators;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A feed ready to send again and again: its bytes, a strong ETag from them, a Last-Modified from
 * the refresh, and the state it was written from (a newer state means a new rendering).
 */
record RenderedFeed(byte[] body, String etag, String lastModified, FeedState state, String staleBecause) {
    RenderedFeed {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(state, "state");
    }

    static RenderedFeed of(String xml, FeedState state, String staleBecause) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        return new RenderedFeed(body, Validators.etagOf(body), Validators.lastModified(state.checkedAt()), state,
                staleBecause);
    }
}
