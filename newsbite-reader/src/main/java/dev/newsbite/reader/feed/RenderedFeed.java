package dev.newsbite.reader.feed;

import dev.newsbite.feed.FeedState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
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
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(state.checkedAt().atOffset(ZoneOffset.UTC));
        return new RenderedFeed(body, etagOf(body), lastModified, state, staleBecause);
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
