package dev.newsbite.cli.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on a terminal: pages done, pages (or WARC records) per second, MB of
 * input read per second, time left. The bar fills by input bytes, since a WARC file's record count
 * is not known before it is read. Redrawn in place by a timer ten times a second at most, so a
 * fast batch does not spend its time drawing; {@link #close()} wipes it.
 */
public final class ProgressBar implements AutoCloseable {
    private static final long REDRAW_MILLIS = 100;
    private static final int WIDTH = 24;
    private static final String CLEAR_LINE = "\r\u001b[K";

    /** What the bar shows at one moment. */
    record Snapshot(int pagesDone, int pageFiles, long records, boolean archives, long bytes, long totalBytes,
            long elapsedNanos) {
    }

    private final PrintWriter err;
    private final int pageFiles;
    private final boolean archives;
    private final long totalBytes;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    private ProgressBar(PrintWriter err, int pageFiles, boolean archives, long totalBytes, boolean shown) {
        this.err = err;
        this.pageFiles = pageFiles;
        this.archives = archives;
        this.totalBytes = totalBytes;
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

    /**
     * A bar drawn on {@code err}.
     *
     * @param pageFiles the number of pages when every input is a page file; with WARC files the
     *     number of pages is not known ahead
     * @param archives whether any input is a WARC file
     * @param totalBytes the size of all the inputs
     */
    public static ProgressBar shown(PrintWriter err, int pageFiles, boolean archives, long totalBytes) {
        return new ProgressBar(err, pageFiles, archives, totalBytes, true);
    }

    /** A bar drawn on {@code err} for page files only. */
    public static ProgressBar shown(PrintWriter err, int total) {
        return shown(err, total, false, 0);
    }

    /** A bar that only counts. */
    public static ProgressBar hidden(int total) {
        return new ProgressBar(null, total, false, 0, false);
    }

    public void pageDone() {
        done.incrementAndGet();
    }

    /** Records read: a page file, or WARC records (pages and skipped ones). */
    public void recordsRead(long n) {
        records.addAndGet(n);
    }

    /** Input bytes read (compressed bytes for compressed files). */
    public void bytesRead(long n) {
        bytes.addAndGet(n);
    }

    public int done() {
        return done.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long records() {
        return records.get();
    }

    private void draw() {
        Snapshot now = new Snapshot(done.get(), pageFiles, records.get(), archives, bytes.get(), totalBytes,
                System.nanoTime() - startNanos);
        synchronized (err) {
            err.print(CLEAR_LINE + line(now));
            err.flush();
        }
    }

    /** The bar for {@code done} of {@code total} pages after {@code elapsedNanos}. */
    static String line(int done, int total, long elapsedNanos) {
        return line(new Snapshot(done, total, done, false, 0, 0, elapsedNanos));
    }

    static String line(Snapshot s) {
        double seconds = s.elapsedNanos() / 1e9;
        double fraction;
        if (s.archives()) {
            fraction = s.totalBytes() <= 0 ? 1 : Math.min(1, (double) s.bytes() / s.totalBytes());
        } else {
            fraction = s.pageFiles() == 0 ? 1 : (double) s.pagesDone() / s.pageFiles();
        }
        int filled = (int) (WIDTH * fraction);
        StringBuilder line = new StringBuilder("[");
        line.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        if (s.archives()) {
            line.append(s.pagesDone()).append(" pages  ");
            line.append(String.format(Locale.ROOT, "%.1f records/s", rate(s.records(), seconds)));
        } else {
            line.append(s.pagesDone()).append('/').append(s.pageFiles()).append(" pages  ");
            line.append(String.format(Locale.ROOT, "%.1f pages/s", rate(s.pagesDone(), seconds)));
        }
        if (s.totalBytes() > 0) {
            line.append(String.format(Locale.ROOT, "  %.1f MB/s", rate(s.bytes(), seconds) / 1e6));
        }
        double left = fraction > 0 && fraction < 1 ? seconds * (1 - fraction) / fraction : -1;
        line.append("  ETA ").append(fraction >= 1 ? clock(0) : left < 0 ? "--:--" : clock((long) left));
        return line.toString();
    }

    private static double rate(double count, double seconds) {
        return seconds > 0 ? count / seconds : 0;
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
