package dev.newsbite.reader.library;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.fetch.FetchResult;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.fetch.Validators;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.RecentRead;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.reader.store.StoredPage;
import dev.newsbite.render.JsonRenderer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads pages for the reader: from memory, else from the page store, else from the origin, and
 * keeps what it read. A copy younger than the freshness window is served without asking the
 * origin; an older one is revalidated (a conditional request, so an unchanged page costs a 304);
 * when the origin fails, the stored copy is served with a note saying why. Concurrent first reads
 * of one address make one fetch. Thread-safe.
 */
public final class PageLibrary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PageLibrary.class);
    /** After the origin failed, how long the stored copy stands before the origin is tried again. */
    private static final Duration RETRY_FAILED_ORIGIN_AFTER = Duration.ofSeconds(30);
    private static final JsonRenderer JSON = new JsonRenderer();

    private final Fetcher fetcher;
    private final Extractor extractor;
    private final PageStore store;
    private final StoreWriter writer;
    private final Duration freshFor;
    private final Clock clock;
    private final Cache<String, Entry> memory;
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();
    /**
     * Fetches under way. Each holds a server thread for up to the fetch time limit, so slow origins
     * must not be able to take every thread: pages read before still need one to be sent.
     */
    private final Semaphore fetchSlots;
    private volatile ArticleListener articleListener = ArticleListener.NONE;

    /** What memory keeps per address: the reading and the validators for the next revalidation. */
    private record Entry(Reading reading, Validators validators) {
    }

    public PageLibrary(Fetcher fetcher, Extractor extractor, PageStore store, Duration freshFor, int memoryEntries,
            int maxConcurrentFetches, Clock clock) {
        this(fetcher, extractor, store, freshFor, memoryEntries, maxConcurrentFetches, Integer.MAX_VALUE, clock);
    }

    /**
     * @param maxStoredPages pages the store keeps at most; the least recently fetched go first
     *     (Integer.MAX_VALUE: no cap)
     */
    public PageLibrary(Fetcher fetcher, Extractor extractor, PageStore store, Duration freshFor, int memoryEntries,
            int maxConcurrentFetches, int maxStoredPages, Clock clock) {
        if (maxStoredPages < 1) {
            throw new IllegalArgumentException("maxStoredPages must be positive: " + maxStoredPages);
        }
        if (maxConcurrentFetches < 1) {
            throw new IllegalArgumentException("maxConcurrentFetches must be positive: " + maxConcurrentFetches);
        }
        this.fetchSlots = new Semaphore(maxConcurrentFetches);
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.store = Objects.requireNonNull(store, "store");
        this.freshFor = Objects.requireNonNull(freshFor, "freshFor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.memory = Caffeine.newBuilder().maximumSize(memoryEntries).build();
        this.writer = new StoreWriter(store, maxStoredPages);
    }

    /**
     * The page at {@code url} (absolute http or https), current within the freshness window, or a
     * stored copy marked {@link Reading#stale()} when the origin fails.
     */
    public Reading read(URI url) throws ReadFailure {
        return read(url, FetchGate.OPEN);
    }

    /**
     * As {@link #read(URI)}, asking {@code gate} before fetching from the origin: refused, a stored
     * copy is served as it is, or the read fails with {@link ReadFailure.Kind#RATE_LIMITED}. Callers
     * that join a fetch already under way for the same address are not asked.
     */
    public Reading read(URI url, FetchGate gate) throws ReadFailure {
        Objects.requireNonNull(gate, "gate");
        String key = url.toString();
        Entry known = memory.getIfPresent(key);
        if (known != null && isCurrent(known.reading())) {
            return known.reading();
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return SharedWork.await(running, key, "reading").reading();
        }
        try {
            Entry entry = load(url, key, known, gate);
            mine.complete(entry);
            return entry.reading();
        } catch (ReadFailure | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Tells {@code listener} of every article from now on, once the store has kept it (one listener: the last set). */
    public void onStored(ArticleListener listener) {
        this.articleListener = Objects.requireNonNull(listener, "listener");
    }

    /** Whether {@code reading} may be served as it is, without asking its origin. */
    public boolean isCurrent(Reading reading) {
        Instant now = clock.instant();
        if (reading.stale()) {
            Duration wait = freshFor.compareTo(RETRY_FAILED_ORIGIN_AFTER) < 0 ? freshFor : RETRY_FAILED_ORIGIN_AFTER;
            return now.isBefore(reading.checkedAt().plus(wait));
        }
        return now.isBefore(reading.fetchedAt().plus(freshFor));
    }

    /** The pages fetched lately, newest first; empty when the store cannot be read (logged). */
    public List<RecentRead> recent(int limit) {
        try {
            return store.recent(limit);
        } catch (StoreException e) {
            LOG.warn("cannot list recent pages: {}", e.getMessage());
            return List.of();
        }
    }

    /** How the store's writes are going, for the health check. */
    public StoreHealth storeHealth() {
        return writer.health();
    }

    /** Pages in memory now (bounded by the configured number of entries). */
    public long pagesInMemory() {
        memory.cleanUp();
        return memory.estimatedSize();
    }

    private Entry load(URI url, String key, Entry known, FetchGate gate) throws ReadFailure {
        Entry previous = known != null ? known : fromStore(key, url);
        if (previous != null && previous != known && isCurrent(previous.reading())) {
            memory.put(key, previous);
            return previous;
        }
        Instant now = clock.instant();
        FetchResult fetched;
        long wait = gate.admit();
        if (wait > 0) {
            if (previous != null) {
                return previous;
            }
            throw new ReadFailure(ReadFailure.Kind.RATE_LIMITED, "too many new pages asked for from your address;"
                    + " pages read before are still served", key, wait);
        }
        if (!fetchSlots.tryAcquire()) {
            if (previous != null) {
                return previous;
            }
            throw new ReadFailure(ReadFailure.Kind.BUSY, "too many pages are being fetched at once; try again in a moment",
                    key);
        }
        try {
            fetched = fetcher.fetch(url, previous == null ? Validators.none() : previous.validators());
        } catch (FetchException e) {
            if (previous != null && servesStoredCopy(e.kind())) {
                Reading old = previous.reading();
                Entry stale = new Entry(new Reading(url, old.article(), old.fetchedAt(), now, e.getMessage()),
                        previous.validators());
                memory.put(key, stale);
                return stale;
            }
            throw Failures.of(e, key);
        } finally {
            fetchSlots.release();
        }
        Entry entry;
        if (fetched.notModified() && previous != null) {
            Reading old = previous.reading();
            entry = new Entry(new Reading(url, old.article(), now, now, null), fetched.validators());
            writer.revalidated(key, now, fetched.etag(), fetched.lastModified());
        } else {
            Article article = extract(fetched, key);
            entry = new Entry(new Reading(url, article, now, now, null), fetched.validators());
            writer.put(new StoredPage(key, fetched.url().toString(), now, fetched.contentType(), fetched.etag(),
                    fetched.lastModified(), fetched.body(), JSON.renderCompact(article), article.title(),
                    article.siteName()), () -> articleListener.stored(key, article, now));
        }
        memory.put(key, entry);
        return entry;
    }

    private Article extract(FetchResult fetched, String key) throws ReadFailure {
        Extraction extraction;
        try {
            extraction = extractor.extract(fetched.body(), fetched.url().toString(), fetched.contentType());
        } catch (ExtractionException e) {
            throw new ReadFailure(e.reason() == ExtractionException.Reason.NOT_HTML ? ReadFailure.Kind.NOT_HTML
                    : ReadFailure.Kind.NOT_AN_ARTICLE, e.getMessage(), key);
        }
        Article article = extraction.article();
        if (article.pageType() == PageType.OTHER && article.teasers().isEmpty() && article.bodyText().isBlank()) {
            throw new ReadFailure(ReadFailure.Kind.NOT_AN_ARTICLE,
                    "no article and no list of stories were found on this page", key);
        }
        return article;
    }

    private Entry fromStore(String key, URI url) {
        try {
            return store.get(key)
                    .map(page -> new Entry(new Reading(url, JsonRenderer.read(page.articleJson()), page.fetchedAt(),
                            page.fetchedAt(), null), new Validators(page.etag(), page.lastModified())))
                    .orElse(null);
        } catch (StoreException | RuntimeException e) {
            // A store that cannot be read costs a fetch, not the page.
            LOG.warn("cannot read the stored copy of {}: {}", key, e.getMessage());
            return null;
        }
    }

    /** A stored copy stands in when the origin is down or broken, not when the address is refused. */
    private static boolean servesStoredCopy(FetchException.Kind kind) {
        return kind != FetchException.Kind.REFUSED_ADDRESS && kind != FetchException.Kind.BAD_URL;
    }

    /** Waits for pending store writes, then closes the store. */
    @Override
    public void close() {
        writer.close();
        try {
            store.close();
        } catch (StoreException e) {
            LOG.warn("closing the page store: {}", e.getMessage());
        }
    }
}
