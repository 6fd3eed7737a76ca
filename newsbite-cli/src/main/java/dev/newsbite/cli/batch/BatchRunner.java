package dev.newsbite.cli.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a job over many pages (page files, WARC records) on several threads and writes one row per
 * page, in input order.
 *
 * <p>A file that runs past the per-file timeout gets a timeout row and its thread is interrupted
 * and left behind: its slot goes to the next file, so a page that hangs the extractor costs one
 * thread, never the batch. (The extractor has its own time budget; this watchdog is the second
 * line.) Rows finished ahead of a slow one wait in a bounded window, so memory stays flat.
 */
public final class BatchRunner {
    /** How a batch went. */
    public record Summary(int pages, int failures, Duration elapsed) {
        public double pagesPerSecond() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds > 0 ? pages / seconds : 0;
        }
    }

    private final PageJob job;
    private final int threads;
    private final Duration perFileTimeout;

    public BatchRunner(PageJob job, int threads, Duration perFileTimeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (perFileTimeout.isNegative() || perFileTimeout.isZero()) {
            throw new IllegalArgumentException("perFileTimeout must be positive: " + perFileTimeout);
        }
        this.job = Objects.requireNonNull(job, "job");
        this.threads = threads;
        this.perFileTimeout = perFileTimeout;
    }

    /**
     * Runs the batch.
     *
     * @throws IOException when {@code sink} fails (the batch stops: there is nowhere to put rows)
     */
    public Summary run(List<Path> files, RowSink sink, ProgressBar progress) throws IOException, InterruptedException {
        return run(files.stream().<BatchItem>map(BatchItem.PageFile::new).iterator(), sink, progress);
    }

    /**
     * Runs the batch over items taken one at a time as there is room for them, so that a source
     * that reads as it goes (a WARC file) is never read far ahead of the work.
     *
     * @throws IOException when {@code sink} fails (the batch stops: there is nowhere to put rows)
     */
    public Summary run(Iterator<BatchItem> items, RowSink sink, ProgressBar progress)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ExecutorService workers = Executors.newCachedThreadPool(daemons("newsbite-batch-"));
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, daemons("newsbite-watchdog-"));
        watchdog.setRemoveOnCancelPolicy(true);
        Semaphore slots = new Semaphore(threads);
        int window = threads * 4 + 8;
        Deque<CompletableFuture<BatchRow>> pending = new ArrayDeque<>();
        int failures = 0;
        int rows = 0;
        try {
            while (true) {
                while (pending.size() >= window) {
                    failures += writeNext(pending, sink);
                }
                // Wait for a free worker before taking the next item, so the item's bytes are not
                // held (or read, for WARC records) before a thread can use them.
                slots.acquire();
                if (!items.hasNext()) {
                    slots.release();
                    break;
                }
                BatchItem item = items.next();
                rows++;
                CompletableFuture<BatchRow> row;
                if (item instanceof BatchItem.Ready ready) {
                    slots.release();
                    row = CompletableFuture.completedFuture(ready.row());
                } else {
                    row = start(item, workers, watchdog, slots);
                }
                row.thenRun(progress::pageDone);
                pending.addLast(row);
            }
            while (!pending.isEmpty()) {
                failures += writeNext(pending, sink);
            }
        } finally {
            // Threads still busy are past their timeout and already reported; they are daemons.
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
        return new Summary(rows, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    private static int writeNext(Deque<CompletableFuture<BatchRow>> pending, RowSink sink) throws IOException {
        BatchRow row = pending.removeFirst().join();
        sink.write(row);
        return row.hasError() ? 1 : 0;
    }

    private CompletableFuture<BatchRow> start(BatchItem item, ExecutorService workers, ScheduledExecutorService watchdog,
            Semaphore slots) {
        CompletableFuture<BatchRow> row = new CompletableFuture<>();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        };
        Future<?> work = workers.submit(() -> {
            try {
                row.complete(job.run(item));
            } finally {
                release.run();
            }
        });
        ScheduledFuture<?> timer = watchdog.schedule(() -> {
            if (row.complete(job.failed(item, "gave up after " + seconds(perFileTimeout) + " (per-file timeout)"))) {
                work.cancel(true);
                release.run();
            }
        }, perFileTimeout.toNanos(), TimeUnit.NANOSECONDS);
        row.whenComplete((r, e) -> timer.cancel(false));
        return row;
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
