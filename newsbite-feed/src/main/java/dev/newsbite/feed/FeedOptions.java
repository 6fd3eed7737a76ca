package dev.newsbite.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one refresh may do.
 *
 * @param maxArticlesPerRefresh new articles fetched per refresh at most; the rest wait for the next
 *     one (so a first visit to a busy front page costs the site a handful of requests, not fifty)
 * @param maxEntries stories taken from the source at most (its first ones)
 * @param refreshBudget time after which a refresh starts no new article fetch (the one under way
 *     finishes within the fetcher's own limit); the rest wait for the next refresh, so a slow site
 *     does not hold a reader's thread for a dozen fetch timeouts
 */
public record FeedOptions(int maxArticlesPerRefresh, int maxEntries, Duration refreshBudget) {
    public static final int DEFAULT_MAX_ARTICLES_PER_REFRESH = 12;
    public static final int DEFAULT_MAX_ENTRIES = 50;
    public static final Duration DEFAULT_REFRESH_BUDGET = Duration.ofSeconds(30);

    public FeedOptions {
        if (maxArticlesPerRefresh < 0) {
            throw new IllegalArgumentException("maxArticlesPerRefresh must not be negative: " + maxArticlesPerRefresh);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        Objects.requireNonNull(refreshBudget, "refreshBudget");
        if (refreshBudget.isNegative()) {
            throw new IllegalArgumentException("refreshBudget must not be negative: " + refreshBudget);
        }
    }

    /** 12 new articles and 30 seconds per refresh, 50 entries. */
    public static FeedOptions defaults() {
        return new FeedOptions(DEFAULT_MAX_ARTICLES_PER_REFRESH, DEFAULT_MAX_ENTRIES, DEFAULT_REFRESH_BUDGET);
    }

    public FeedOptions withMaxArticlesPerRefresh(int max) {
        return new FeedOptions(max, maxEntries, refreshBudget);
    }

    public FeedOptions withMaxEntries(int max) {
        return new FeedOptions(maxArticlesPerRefresh, max, refreshBudget);
    }

    public FeedOptions withRefreshBudget(Duration budget) {
        return new FeedOptions(maxArticlesPerRefresh, maxEntries, budget);
    }
}
