package dev.newsbite.reader.library;

import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.reader.store.StoredPage;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the page store off the request path: a first read answers as soon as the article is
 * extracted, and compression and the database write happen on one background thread. What memory
 * holds is served meanwhile. A queue that overflows drops the write (logged): the page is fetched
 * again next time, nothing is lost that mattered. After each stored page, the oldest pages past the
 * cap are deleted here too, so eviction never costs a request anything.
 *
 * <p>A failing store (a full disk, a read-only file) fails writes only: each failure is logged on
 * one line, counted, and shown by {@link #health()} until a write succeeds again.
 */
final class StoreWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final int QUEUE = 1_000;

    private final PageStore store;
    private final int maxPages;
    private final ThreadPoolExecutor executor;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong evicted = new AtomicLong();
    private volatile String lastError;
    private volatile boolean degraded;

    /**
     * @param maxPages pages the store keeps at most (Integer.MAX_VALUE: no cap)
     */
    StoreWriter(PageStore store, int maxPages) {
        this.store = store;
        this.maxPages = maxPages;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "newsbite-store-writer");
                    t.setDaemon(true);
                    return t;
                },
                (r, pool) -> {
                    if (!pool.isShutdown()) {
                        dropped.incrementAndGet();
                        LOG.warn("page store writes are behind; one write dropped");
                    }
                });
    }

    void put(StoredPage page) {
        put(page, () -> { });
    }

    /** Stores {@code page}, then runs {@code afterStored} (on the writer thread; what it throws is logged). */
    void put(StoredPage page, Runnable afterStored) {
        submit("store " + page.url(), () -> {
            store.put(page);
            try {
                afterStored.run();
            } catch (RuntimeException e) {
                LOG.warn("after storing {}: {}", page.url(), e.getMessage());
            }
            if (maxPages != Integer.MAX_VALUE) {
                int gone = store.trim(maxPages);
                if (gone > 0) {
                    evicted.addAndGet(gone);
                    LOG.debug("evicted {} least recently fetched page(s) to keep {} at most", gone, maxPages);
                }
            }
        }, page.url());
    }

    void revalidated(String url, Instant when, String etag, String lastModified) {
        submit("mark " + url + " revalidated", () -> store.revalidated(url, when, etag, lastModified), url);
    }

    StoreHealth health() {
        return new StoreHealth(written.get(), failed.get(), dropped.get(), evicted.get(), executor.getQueue().size(),
                lastError, degraded);
    }

    private interface Write {
        void run() throws StoreException;
    }

    private void submit(String what, Write write, String url) {
        if (executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            try {
                write.run();
                written.incrementAndGet();
                degraded = false;
                // Tests and operators can follow exactly what was committed (debug level: one line per write).
                LOG.debug("stored {}", url);
            } catch (StoreException | RuntimeException e) {
                failed.incrementAndGet();
                lastError = e.getMessage();
                degraded = true;
                LOG.warn("cannot {}: {}", what, e.getMessage());
            }
        });
    }

    /** Finishes the writes queued so far (waiting up to 30 s). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("page store writes still pending at shutdown were dropped");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
