package dev.newsbite.cli.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a job over many pages (page files, WARC records) on several threads and writes one row per
 * page, in input order.
 *
 * <p>A file that runs past the per-file timeout gets a timeout row and its thread is interrupted
 * and left behind, and a new worker takes its place, so a page that hangs the extractor costs one
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
     * Runs the batch over items read as they are needed, so that a source that reads as it goes (a
     * WARC file) is never read far ahead of the work: at most a window of rows is read and not yet
     * written.
     *
     * <p>The worker threads read the items themselves, one at a time under a lock, each taking the
     * next item when it is free. So {@code threads} is the number of threads doing the batch's work,
     * reading included: on one thread a record is read and then extracted, and on several a free
     * thread never waits for another to hand it work (inflating a WARC record takes about a fifth as
     * long as extracting its page, so the lock is seldom contended). Rows are written by the calling
     * thread, in input order.
     *
     * @throws IOException when {@code sink} fails (the batch stops: there is nowhere to put rows)
     */
    public Summary run(Iterator<BatchItem> items, RowSink sink, ProgressBar progress)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Pull pull = new Pull(items, progress);
        int failures = 0;
        int rows = 0;
        try {
            for (int i = 0; i < threads; i++) {
                pull.startWorker();
            }
            while (true) {
                Object next = pull.ordered.take();
                if (next == END) {
                    break;
                }
                if (next instanceof SourceFailure failure) {
                    throw failure.error();
                }
                @SuppressWarnings("unchecked")
                BatchRow row = ((CompletableFuture<BatchRow>) next).join();
                sink.write(row);
                pull.room.release();
                rows++;
                failures += row.hasError() ? 1 : 0;
            }
        } finally {
            // Threads still busy are past their timeout and already reported; they are daemons.
            pull.stop();
        }
        return new Summary(rows, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    /** How many rows may be read and not yet written, on {@code threads} threads. */
    static int window(int threads) {
        return threads * 4 + 8;
    }

    /** Marks the end of the items in {@link Pull#ordered}. */
    private static final Object END = new Object();

    /** The source failed in a way it could not turn into a row (a bug): the batch stops with it. */
    private record SourceFailure(RuntimeException error) {
    }

    /** One worker thread's state, for the watchdog. */
    private static final class Worker {
        Thread thread;
        /** The row it is extracting, or null while it reads or waits. */
        CompletableFuture<BatchRow> running;
        /** Given up on: it stops once its page returns and a new worker has taken its place. */
        boolean retired;
    }

    /** The state of one run: the source, its lock, the rows in input order and the worker threads. */
    private final class Pull {
        private final Iterator<BatchItem> items;
        private final ProgressBar progress;
        private final Object sourceLock = new Object();
        private boolean exhausted; // guarded by sourceLock
        /** Row futures in input order, then {@link #END} or a {@link SourceFailure}. */
        final BlockingQueue<Object> ordered = new LinkedBlockingQueue<>();
        /** Rows that may be read and not yet written: bounds the memory a slow page can pin. */
        final Semaphore room = new Semaphore(window(threads));
        private final ExecutorService workers = Executors.newCachedThreadPool(daemons("newsbite-batch-"));
        private final ScheduledThreadPoolExecutor watchdog =
                new ScheduledThreadPoolExecutor(1, daemons("newsbite-watchdog-"));

        Pull(Iterator<BatchItem> items, ProgressBar progress) {
            this.items = items;
            this.progress = progress;
            watchdog.setRemoveOnCancelPolicy(true);
        }

        void startWorker() {
            workers.execute(this::work);
        }

        void stop() {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }

        private void work() {
            Worker me = new Worker();
            me.thread = Thread.currentThread();
            try {
                while (true) {
                    room.acquire();
                    CompletableFuture<BatchRow> row = new CompletableFuture<>();
                    BatchItem item = take(row);
                    if (item == null) {
                        room.release();
                        return;
                    }
                    row.thenRun(progress::pageDone);
                    if (item instanceof BatchItem.Ready ready) {
                        row.complete(ready.row());
                    } else if (!extract(item, row, me)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // The run is over (its sink failed, or it was interrupted): nothing more to read.
            }
        }

        /** The next item, its row queued in input order; null when there are no more. */
        private BatchItem take(CompletableFuture<BatchRow> row) {
            synchronized (sourceLock) {
                if (exhausted) {
                    return null;
                }
                try {
                    if (!items.hasNext()) {
                        exhausted = true;
                        ordered.add(END);
                        return null;
                    }
                    BatchItem item = items.next();
                    ordered.add(row);
                    return item;
                } catch (RuntimeException e) {
                    exhausted = true;
                    ordered.add(new SourceFailure(e));
                    return null;
                }
            }
        }

        /** Extracts {@code item} into {@code row}; false when this worker was given up on meanwhile. */
        private boolean extract(BatchItem item, CompletableFuture<BatchRow> row, Worker me) {
            synchronized (me) {
                me.running = row;
            }
            ScheduledFuture<?> timer = watchdog.schedule(() -> giveUp(item, row, me),
                    perFileTimeout.toNanos(), TimeUnit.NANOSECONDS);
            BatchRow done;
            try {
                done = job.run(item); // never throws: every failure is the row's error
            } finally {
                timer.cancel(false);
            }
            synchronized (me) {
                me.running = null;
                if (me.retired) {
                    return false;
                }
            }
            row.complete(done);
            return true;
        }

        /**
         * The watchdog's answer to a page past its time: a timeout row, an interrupt for the page's
         * thread and a new worker in its place. The interrupt is sent only while that thread is still
         * on this page, never while it reads the source (an interrupted channel read would close
         * the WARC file for every thread).
         */
        private void giveUp(BatchItem item, CompletableFuture<BatchRow> row, Worker me) {
            if (!row.complete(job.failed(item, "gave up after " + seconds(perFileTimeout) + " (per-file timeout)"))) {
                return;
            }
            synchronized (me) {
                if (me.running != row) {
                    return;
                }
                me.retired = true;
                me.thread.interrupt();
            }
            startWorker();
        }
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
