package dev.newsbite.reader.web;

import dev.newsbite.reader.library.Reading;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A reader answer ready to send again and again: the bytes, their type, an ETag and a
 * Last-Modified date, the reading they were made from (which says how long they stay current),
 * and those headers encoded once for the fast path, so that sending a page read before formats
 * nothing.
 */
record RenderedPage(byte[] body, String contentType, String etag, String lastModified, Reading reading,
        List<HttpField> headerFields) {
    static final String CACHE_CONTROL = "no-cache";
    static final String STALE_HEADER = "X-NewsBite-Stale";
    static final String STALE_VALUE = "stored copy; the origin failed";

    RenderedPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(reading, "reading");
        headerFields = List.copyOf(headerFields);
    }

    static RenderedPage of(String text, String contentType, Reading reading) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String etag = Validators.etagOf(body);
        String lastModified = Validators.lastModified(reading.fetchedAt());
        List<HttpField> fields = new ArrayList<>(5);
        fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
        fields.add(new PreEncodedHttpField(HttpHeader.ETAG, etag));
        fields.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, CACHE_CONTROL));
        fields.add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, lastModified));
        if (reading.stale()) {
            fields.add(new PreEncodedHttpField(STALE_HEADER, STALE_VALUE));
        }
        return new RenderedPage(body, contentType, etag, lastModified, reading, fields);
    }
}
