package dev.newsbite.fetch;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The one time limit of a fetch, redirects and body included. Socket timeouts alone cannot keep
 * it: an origin that sends a byte every few seconds never trips them. So when the time is up a
 * timer cancels the request under way, which closes its connection at once and makes whatever
 * the fetching thread is blocked in (connecting, waiting for headers, reading the body) fail.
 */
final class FetchDeadline implements AutoCloseable {
    /** One daemon thread for the timers of every fetch: each timer only flips a flag and closes a socket. */
    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private final long deadlineNanos;
    private final ScheduledFuture<?> timer;
    private volatile boolean expired;
    private volatile Cancellable current;

    FetchDeadline(long totalNanos) {
        this.deadlineNanos = System.nanoTime() + totalNanos;
        this.timer = TIMERS.schedule(this::expire, totalNanos, TimeUnit.NANOSECONDS);
    }

    /** Nanoseconds left, at least 1 ms while any is left; 0 once the time is up. */
    long remainingNanos() {
        long left = deadlineNanos - System.nanoTime();
        return expired || left <= 0 ? 0 : Math.max(left, 1_000_000L);
    }

    boolean expired() {
        return expired || deadlineNanos - System.nanoTime() <= 0;
    }

    /** The request now under way: the one to cancel when the time is up. */
    void watch(Cancellable request) {
        current = request;
        if (expired) {
            request.cancel();
        }
    }

    private void expire() {
        expired = true;
        Cancellable request = current;
        if (request != null) {
            request.cancel();
        }
    }

    @Override
    public void close() {
        timer.cancel(false);
        current = null;
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "newsbite-fetch-deadline");
            t.setDaemon(true);
            return t;
        });
        // Most fetches end in time: drop their timers at once rather than at their due time.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
