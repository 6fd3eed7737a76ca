package dev.newsbite.cli.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on a terminal: pages done of the total, pages per second, time left.
 * Redrawn in place by a timer ten times a second at most, so a fast batch does not spend its time
 * drawing; {@link #close()} wipes it.
 */
public final class ProgressBar implements AutoCloseable {
    private static final long REDRAW_MILLIS = 100;
    private static final int WIDTH = 24;
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    private ProgressBar(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        if (shown) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "newsbite-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** A bar drawn on {@code err}. */
    public static ProgressBar shown(PrintWriter err, int total) {
        return new ProgressBar(err, total, true);
    }

    /** A bar that only counts. */
    public static ProgressBar hidden(int total) {
        return new ProgressBar(null, total, false);
    }

    public void pageDone() {
        done.incrementAndGet();
    }

    public int done() {
        return done.get();
    }

    private void draw() {
        synchronized (err) {
            err.print(CLEAR_LINE + line(done.get(), total, System.nanoTime() - startNanos));
            err.flush();
        }
    }

    /** The bar for {@code done} of {@code total} pages after {@code elapsedNanos}. */
    static String line(int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        StringBuilder s = new StringBuilder("[");
        s.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        s.append(done).append('/').append(total).append(" pages  ");
        s.append(String.format(Locale.ROOT, "%.1f pages/s", rate));
        s.append("  ETA ").append(done == 0 || rate == 0 ? "--:--" : clock((long) ((total - done) / rate)));
        return s.toString();
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%02d:%02d", m, s);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (err) {
                err.print(CLEAR_LINE);
                err.flush();
            }
        }
    }
}
