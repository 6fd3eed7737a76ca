package dev.newsbite.reader.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsbite.feed.AtomWriter;
import dev.newsbite.feed.FeedException;
import dev.newsbite.feed.FeedOptions;
import dev.newsbite.feed.FeedRefresh;
import dev.newsbite.feed.FeedRefresher;
import dev.newsbite.feed.FeedState;
import dev.newsbite.feed.SourceReader;
import dev.newsbite.Extractor;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.library.FetchGate;
import dev.newsbite.reader.library.PageLibrary;
import dev.newsbite.reader.library.ReadFailure;
import dev.newsbite.reader.library.SharedWork;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reader's full-text feeds. A feed refreshed within the freshness window is sent as it is;
 * an older one is refreshed politely (see {@link FeedRefresher}), its articles read through the
 * page library. When the source fails, the feed held is sent with a note. Concurrent requests for
 * one feed make one refresh. Thread-safe.
 */
public final class FeedService {
    /**
     * Articles held in feeds at most, all feeds together (a feed weighs one more than its articles):
     * about what the page library keeps in memory by default.
     */
    static final long MAX_ARTICLES_HELD = 2_000;
    /** Bytes of written feeds kept, all together. */
    static final long MAX_RENDERED_BYTES = 32L * 1024 * 1024;

    private final Fetcher fetcher;
    private final SourceReader reader;
    private final PageLibrary library;
    private final FeedOptions options;
    private final Duration freshFor;
    private final Clock clock;
    private final Cache<String, Held> feeds = Caffeine.newBuilder()
            .maximumWeight(MAX_ARTICLES_HELD)
            .weigher((String source, Held held) -> 1 + held.state().articles().size())
            .build();
    private final Cache<String, RenderedFeed> rendered = Caffeine.newBuilder()
            .maximumWeight(MAX_RENDERED_BYTES)
            .weigher((String key, RenderedFeed feed) -> feed.body().length + key.length())
            .build();
    private final ConcurrentHashMap<String, CompletableFuture<Held>> inFlight = new ConcurrentHashMap<>();

    /** A feed as held: its state, and why the last refresh failed (null when it did not). */
    private record Held(FeedState state, Instant checkedAt, String staleBecause) {
    }

    /**
     * @param fetcher fetches sources (section pages, feeds); the same address rules as the library's
     * @param extractor reads section pages
     */
    public FeedService(Fetcher fetcher, Extractor extractor, PageLibrary library, FeedOptions options,
            Duration freshFor, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.library = Objects.requireNonNull(library, "library");
        this.options = Objects.requireNonNull(options, "options");
        this.reader = new SourceReader(extractor, options.maxEntries());
        this.freshFor = Objects.requireNonNull(freshFor, "freshFor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The feed from {@code source} as Atom, its links to reader pages made absolute with
     * {@code readerBase} (e.g. {@code https://reader.example}).
     *
     * @param gate asked before the source is fetched for this caller
     */
    RenderedFeed feed(URI source, String readerBase, FetchGate gate) throws ReadFailure {
        String key = source.toString();
        Held held = feeds.getIfPresent(key);
        if (held == null || !current(held)) {
            held = refresh(source, key, held, gate);
        }
        String renderedKey = readerBase + " " + key;
        RenderedFeed page = rendered.getIfPresent(renderedKey);
        if (page == null || page.state() != held.state() || !Objects.equals(page.staleBecause(), held.staleBecause())) {
            AtomWriter writer = new AtomWriter(original -> ReaderAddress.pathFor(original).map(p -> readerBase + p)
                    .orElse(null));
            page = RenderedFeed.of(writer.write(held.state(), readerBase + FeedPaths.pathFor(source)), held.state(),
                    held.staleBecause());
            rendered.put(renderedKey, page);
        }
        return page;
    }

    private boolean current(Held held) {
        return clock.instant().isBefore(held.checkedAt().plus(freshFor));
    }

    private Held refresh(URI source, String key, Held held, FetchGate gate) throws ReadFailure {
        CompletableFuture<Held> mine = new CompletableFuture<>();
        CompletableFuture<Held> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return SharedWork.await(running, key, "making the feed of");
        }
        try {
            Held now = load(source, key, held, gate);
            mine.complete(now);
            return now;
        } catch (ReadFailure | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Held load(URI source, String key, Held held, FetchGate gate) throws ReadFailure {
        long wait = gate.admit();
        if (wait > 0) {
            if (held != null) {
                return held;
            }
            throw new ReadFailure(ReadFailure.Kind.RATE_LIMITED, "too many new pages asked for from your address;"
                    + " feeds read before are still served", key, wait);
        }
        FeedRefresher refresher = new FeedRefresher(fetcher, reader, new LibraryArticleSource(library), options, clock);
        Instant now = clock.instant();
        Held next;
        try {
            FeedRefresh refresh = refresher.refresh(source, held == null ? null : held.state());
            next = new Held(refresh.state(), now, null);
        } catch (FeedException e) {
            if (held != null && e.kind() == FeedException.Kind.FETCH) {
                // The origin is down: the feed held stands, and the origin is asked again after the window.
                next = new Held(held.state(), now, e.getMessage());
            } else {
                throw FeedFailures.of(e, key);
            }
        }
        feeds.put(key, next);
        return next;
    }
}
