package dev.newsbite.feed;

import dev.newsbite.Extractor;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.fetch.FetchResult;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.fetch.Validators;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes and refreshes a full-text feed, politely: the source is asked conditionally (a 304 reuses
 * what it listed before), articles fetched before are kept rather than fetched again, and at most
 * {@link FeedOptions#maxArticlesPerRefresh()} new articles are fetched per refresh, none started
 * after {@link FeedOptions#refreshBudget()}; the others wait,
 * listed as pending, for the next one (an entry is never made without its article). Items whose
 * page holds no article are skipped and not asked for again while the source lists them; those
 * that failed in passing (a timeout, a 503) are tried again at a later refresh.
 * Thread-safe; refreshes of one feed should not overlap (the caller keeps one state per feed).
 */
public final class FeedRefresher {
    private final Fetcher fetcher;
    private final SourceReader reader;
    private final ArticleSource articles;
    private final FeedOptions options;
    private final Clock clock;

    /**
     * @param fetcher fetches the source (section page or feed), with its address rules
     * @param reader reads the source
     * @param articles fetches and extracts the stories
     */
    public FeedRefresher(Fetcher fetcher, SourceReader reader, ArticleSource articles, FeedOptions options,
            Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A refresher that fetches everything with {@code fetcher} (its address rules and caps) and reads
     * with {@code extractor}: what the command line uses.
     */
    public static FeedRefresher fetching(Fetcher fetcher, Extractor extractor, FeedOptions options) {
        return new FeedRefresher(fetcher, new SourceReader(extractor, options.maxEntries()),
                new FetchingArticleSource(fetcher, extractor), options, Clock.systemUTC());
    }

    public FeedOptions options() {
        return options;
    }

    /** A first feed from {@code source}. */
    public FeedRefresh refresh(URI source) throws FeedException {
        return refresh(source, null);
    }

    /**
     * The feed from {@code source}, refreshed from {@code previous} (null, or the state of another
     * source: a first fetch).
     */
    public FeedRefresh refresh(URI source, FeedState previous) throws FeedException {
        Objects.requireNonNull(source, "source");
        FeedState before = previous != null && previous.source().equals(source) ? previous : null;
        long startNanos = System.nanoTime();
        Instant now = clock.instant();
        FetchResult fetched;
        try {
            fetched = fetcher.fetchPageOrFeed(source, before == null ? Validators.none() : before.validators());
        } catch (FetchException e) {
            throw new FeedException(e);
        }
        boolean notModified = fetched.notModified() && before != null;
        SourcePage page = notModified ? before.page() : reader.read(fetched);
        Validators validators = fetched.validators();
        return fill(source, before, page, validators, notModified, now, startNanos);
    }

    private boolean outOfTime(long startNanos) {
        return System.nanoTime() - startNanos >= options.refreshBudget().toNanos();
    }

    private FeedRefresh fill(URI source, FeedState before, SourcePage page, Validators validators, boolean notModified,
            Instant now, long startNanos) {
        Map<String, FeedArticle> known = before == null ? Map.of() : before.articles();
        Set<String> failedBefore = before == null ? Set.of() : before.failed();
        Map<String, FeedArticle> kept = new HashMap<>();
        Set<String> failed = new HashSet<>();
        List<String> skips = new ArrayList<>();
        int fetchedNow = 0;
        int reused = 0;
        int pending = 0;
        int passing = 0;
        for (SourceItem item : page.items()) {
            String url = item.url();
            FeedArticle had = known.get(url);
            if (had != null) {
                kept.put(url, had);
                reused++;
                continue;
            }
            if (failedBefore.contains(url)) {
                failed.add(url);
                continue;
            }
            if (fetchedNow >= options.maxArticlesPerRefresh() || outOfTime(startNanos)) {
                pending++;
                continue;
            }
            fetchedNow++;
            try {
                kept.put(url, new FeedArticle(articles.read(URI.create(url)), now));
            } catch (ArticleSource.Unavailable e) {
                if (e.lasting()) {
                    failed.add(url);
                } else {
                    passing++;
                }
                String why = Texts.oneLine(e.getMessage());
                skips.add(why != null ? why : "no article from " + url);
            } catch (RuntimeException e) {
                // One hostile page costs its entry, not the feed.
                failed.add(url);
                skips.add(Texts.oneLine("could not read " + url + " (" + e.getClass().getSimpleName() + ")"));
            }
        }
        FeedState state = new FeedState(source, validators, page, kept, failed, now);
        return new FeedRefresh(state, notModified, fetchedNow, reused, failed.size() + passing, pending, skips);
    }
}
