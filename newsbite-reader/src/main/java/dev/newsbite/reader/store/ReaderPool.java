package dev.newsbite.reader.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * A few read connections shared by request threads. In WAL mode SQLite lets each connection read at
 * once (and alongside the writer), but one JDBC connection serialises its callers; a small pool gives
 * real parallel reads without a connection per thread (request threads may be many or virtual).
 */
final class ReaderPool {
    /** Opens one more connection; the pool calls it lazily, at most {@code size} times at once. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    ReaderPool(Opener opener, int size) {
        this.opener = opener;
        this.permits = new Semaphore(size);
    }

    /** A connection for the caller alone until {@link #giveBack}; waits while all are in use. */
    Connection borrow() throws SQLException {
        // Uninterruptible: a read holds a connection for milliseconds, and a half-taken permit leaks.
        permits.acquireUninterruptibly();
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        try {
            return opener.open();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Returns a borrowed connection; after {@link #close} it is closed instead of kept. */
    void giveBack(Connection c) {
        idle.add(c);
        permits.release();
        if (closed) {
            drain(); // close() may have drained before this connection came back
        }
    }

    /** Closes idle connections now and borrowed ones as they come back. Idempotent. */
    void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Connection c; (c = idle.poll()) != null;) {
            try {
                c.close();
            } catch (SQLException e) {
                // A read connection holds no unsaved work; nothing to report.
            }
        }
    }
}
