package dev.newsbite.reader.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pages a reader has fetched and the articles read from them, kept across restarts. Every
 * write is atomic: a crash mid-write leaves the previous entry or the new one, never a torn one.
 * Thread-safe.
 */
public interface PageStore extends AutoCloseable {

    /** The page stored for {@code url}, if any. */
    Optional<StoredPage> get(String url) throws StoreException;

    /** Stores {@code page}, replacing any entry for its URL. */
    void put(StoredPage page) throws StoreException;

    /** Records that the origin confirmed the page unchanged (HTTP 304) at {@code when}. */
    void revalidated(String url, Instant when, String etag, String lastModified) throws StoreException;

    /** The most recently fetched pages, newest first, at most {@code limit}. */
    List<RecentRead> recent(int limit) throws StoreException;

    /**
     * Deletes the least recently fetched pages (a fetch or a revalidation counts) until at most
     * {@code keep} remain.
     *
     * @return how many were deleted
     */
    int trim(int keep) throws StoreException;

    /** How many pages are stored. */
    int count() throws StoreException;

    @Override
    void close() throws StoreException;
}
