package dev.newsbite.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a feed is made from: a section or front page, or a site's own (partial) feed, as read.
 *
 * @param url the address after redirects
 * @param home the web page the source stands for: a section page itself, a feed's site or section
 *     link (its own address when it gives none)
 * @param kind what the page was
 * @param title the page's or feed's title, or null
 * @param subtitle its description, or null
 * @param siteName the publication, or null
 * @param updated when the source says it last changed, or null
 * @param items the stories it lists, in its order, without duplicates
 */
public record SourcePage(URI url, String home, Kind kind, String title, String subtitle, String siteName, Instant updated,
        List<SourceItem> items) {
    /** What kind of page a feed was made from. */
    public enum Kind {
        LISTING, RSS, ATOM
    }

    public SourcePage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
    }
}
