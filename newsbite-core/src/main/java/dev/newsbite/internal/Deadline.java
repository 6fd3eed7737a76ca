package dev.newsbite.internal;

/**
 * A point in time after which an extraction stops refining and returns what it has. Cheap to
 * check: long loops call {@link #expired()} every few hundred nodes.
 */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    /** A deadline {@code millis} from now. */
    public static Deadline in(long millis) {
        return new Deadline(System.nanoTime() + millis * 1_000_000L);
    }

    /** A deadline that never passes (for tests and tools). */
    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    public boolean expired() {
        return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0;
    }
}
