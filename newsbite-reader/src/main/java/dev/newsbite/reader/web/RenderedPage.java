package dev.newsbite.reader.web;

import dev.newsbite.reader.library.Reading;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A reader answer ready to send again and again: the bytes, their type and an ETag, and the
 * reading they were made from (which says how long they stay current).
 */
record RenderedPage(byte[] body, String contentType, String etag, Reading reading, HttpField contentTypeField,
        HttpField etagField) {
    RenderedPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(reading, "reading");
    }

    static RenderedPage of(String text, String contentType, Reading reading) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String etag = etagOf(body);
        return new RenderedPage(body, contentType, etag, reading,
                new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType), new PreEncodedHttpField(HttpHeader.ETAG, etag));
    }

    /** A strong validator from the bytes themselves, so a browser's copy revalidates for free. */
    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
