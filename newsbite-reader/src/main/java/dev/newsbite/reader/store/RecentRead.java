package dev.newsbite.reader.store;

import java.time.Instant;
import java.util.Objects;

/** A page read before, as listed on the home page. Title and site may be null. */
public record RecentRead(String url, String title, String siteName, Instant fetchedAt) {
    public RecentRead {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
