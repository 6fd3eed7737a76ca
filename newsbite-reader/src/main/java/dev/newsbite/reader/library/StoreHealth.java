package dev.newsbite.reader.library;

/**
 * How the page store's writes have gone since start, for {@code /healthz}.
 *
 * @param written writes the store acknowledged (committed): pages stored and revalidations
 * @param failed writes the store refused (full disk, read-only file, damage): each logged
 * @param dropped writes skipped because the queue was full (the page is fetched again next time)
 * @param evicted pages deleted to keep the store within its page cap
 * @param pending writes queued and not yet done
 * @param lastError the last failure's one-line message, or null
 * @param degraded whether the last write failed (no write has succeeded since)
 */
public record StoreHealth(long written, long failed, long dropped, long evicted, int pending, String lastError,
        boolean degraded) {
}
