package dev.newsbite.reader.library;

import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.reader.store.StoredPage;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the page store off the request path: a first read answers as soon as the article is
 * extracted, and compression and the database write happen on one background thread. What memory
 * holds is served meanwhile. A queue that overflows drops the write (logged): the page is fetched
 * again next time, nothing is lost that mattered.
 */
final class StoreWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final int QUEUE = 1_000;

    private final PageStore store;
    private final ThreadPoolExecutor executor;

    StoreWriter(PageStore store) {
        this.store = store;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "newsbite-store-writer");
                    t.setDaemon(true);
                    return t;
                },
                (r, pool) -> LOG.warn("page store writes are behind; one write dropped"));
    }

    void put(StoredPage page) {
        submit("store " + page.url(), () -> store.put(page));
    }

    void revalidated(String url, Instant when, String etag, String lastModified) {
        submit("mark " + url + " revalidated", () -> store.revalidated(url, when, etag, lastModified));
    }

    private interface Write {
        void run() throws StoreException;
    }

    private void submit(String what, Write write) {
        if (executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            try {
                write.run();
            } catch (StoreException | RuntimeException e) {
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
