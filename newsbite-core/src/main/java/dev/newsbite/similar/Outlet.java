package dev.newsbite.similar;

import java.time.Instant;
import java.util.Objects;

/**
 * Another outlet's copy of the same story, as the reader shows it under "Also published by".
 *
 * @param url the copy's page address (never null)
 * @param site the outlet's name, or null when the page does not give one
 * @param title the copy's headline, or null
 * @param published when the copy was published, or null when unknown
 */
public record Outlet(String url, String site, String title, Instant published) {
    public Outlet {
        Objects.requireNonNull(url, "url");
    }
}
