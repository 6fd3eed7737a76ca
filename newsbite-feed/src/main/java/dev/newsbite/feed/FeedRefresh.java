package dev.newsbite.feed;

import java.util.List;
import java.util.Objects;

/**
 * What one refresh did.
 *
 * @param state the feed now; keep it for the next refresh
 * @param notModified true when the source answered 304 and its previous reading was reused
 * @param fetched article fetches made in this refresh, whether they gave an article or not (at most
 *     the per-refresh bound)
 * @param reused articles kept from before, not fetched again
 * @param skipped listed items without an entry because their page gave no article: lasting failures
 *     (now or before, not asked for again) and passing ones of this refresh (asked again next time);
 *     why, for this refresh's, in {@code skips}
 * @param pending items left for a later refresh because of the bound
 */
public record FeedRefresh(FeedState state, boolean notModified, int fetched, int reused, int skipped, int pending,
        List<String> skips) {
    public FeedRefresh {
        Objects.requireNonNull(state, "state");
        skips = List.copyOf(skips);
    }
}
