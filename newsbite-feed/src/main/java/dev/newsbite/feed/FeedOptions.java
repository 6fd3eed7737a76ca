package dev.newsbite.feed;

/**
 * How much one refresh may do.
 *
 * @param maxArticlesPerRefresh new articles fetched per refresh at most; the rest wait for the next
 *     one (so a first visit to a busy front page costs the site a handful of requests, not fifty)
 * @param maxEntries stories taken from the source at most (its first ones)
 */
public record FeedOptions(int maxArticlesPerRefresh, int maxEntries) {
    public static final int DEFAULT_MAX_ARTICLES_PER_REFRESH = 12;
    public static final int DEFAULT_MAX_ENTRIES = 50;

    public FeedOptions {
        if (maxArticlesPerRefresh < 0) {
            throw new IllegalArgumentException("maxArticlesPerRefresh must not be negative: " + maxArticlesPerRefresh);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
    }

    public static FeedOptions defaults() {
        return new FeedOptions(DEFAULT_MAX_ARTICLES_PER_REFRESH, DEFAULT_MAX_ENTRIES);
    }

    public FeedOptions withMaxArticlesPerRefresh(int max) {
        return new FeedOptions(max, maxEntries);
    }
}
