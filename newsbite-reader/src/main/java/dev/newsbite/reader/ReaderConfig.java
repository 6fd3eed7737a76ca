package dev.newsbite.reader;

import dev.newsbite.fetch.FetchPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a reader runs. Immutable.
 *
 * @param host the address to listen on ("127.0.0.1" for this machine only, "0.0.0.0" for all)
 * @param port the port to listen on (0 picks a free one)
 * @param dataDir where the page store lives (created when missing)
 * @param fetchPolicy how origins are fetched (size, time and redirect caps; private addresses)
 * @param freshFor how long a stored page is served without asking its origin again
 * @param memoryEntries how many rendered pages the in-memory cache keeps
 * @param maxConcurrentFetches how many origin fetches may run at once (more are answered "busy"),
 *     so slow origins cannot take every server thread
 * @param maxStoredPages how many pages the store keeps; past it, the least recently fetched are
 *     deleted (by the store writer, off the request path), so strangers asking for endless distinct
 *     addresses cannot fill the disk
 * @param maxStoreBytes a hard cap on the store file in bytes (0: none); past it a write fails as on
 *     a full disk, and the reader goes on serving from memory and from what is stored
 * @param rateLimits how much one client may ask
 */
public record ReaderConfig(String host, int port, Path dataDir, FetchPolicy fetchPolicy, Duration freshFor,
        int memoryEntries, int maxConcurrentFetches, int maxStoredPages, long maxStoreBytes, RateLimits rateLimits) {
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_FRESH_FOR = Duration.ofMinutes(10);
    public static final int DEFAULT_MEMORY_ENTRIES = 2_000;
    public static final int DEFAULT_MAX_CONCURRENT_FETCHES = 64;
    public static final int DEFAULT_MAX_STORED_PAGES = 20_000;

    public ReaderConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(fetchPolicy, "fetchPolicy");
        Objects.requireNonNull(freshFor, "freshFor");
        Objects.requireNonNull(rateLimits, "rateLimits");
        if (maxStoredPages < 1) {
            throw new IllegalArgumentException("maxStoredPages must be positive: " + maxStoredPages);
        }
        if (maxStoreBytes < 0) {
            throw new IllegalArgumentException("maxStoreBytes must not be negative: " + maxStoreBytes);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (freshFor.isNegative()) {
            throw new IllegalArgumentException("freshFor must not be negative: " + freshFor);
        }
        if (memoryEntries < 0) {
            throw new IllegalArgumentException("memoryEntries must not be negative: " + memoryEntries);
        }
        if (maxConcurrentFetches < 1) {
            throw new IllegalArgumentException("maxConcurrentFetches must be positive: " + maxConcurrentFetches);
        }
    }

    /** Port 8080 on this machine only, the per-user data directory, public origins only. */
    public static ReaderConfig defaults() {
        return new ReaderConfig("127.0.0.1", DEFAULT_PORT, DataDirs.perUser(), FetchPolicy.defaults(),
                DEFAULT_FRESH_FOR, DEFAULT_MEMORY_ENTRIES, DEFAULT_MAX_CONCURRENT_FETCHES, DEFAULT_MAX_STORED_PAGES, 0,
                RateLimits.defaults());
    }

    public ReaderConfig withHost(String value) {
        return new ReaderConfig(value, port, dataDir, fetchPolicy, freshFor, memoryEntries, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withPort(int value) {
        return new ReaderConfig(host, value, dataDir, fetchPolicy, freshFor, memoryEntries, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withDataDir(Path value) {
        return new ReaderConfig(host, port, value, fetchPolicy, freshFor, memoryEntries, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withFetchPolicy(FetchPolicy value) {
        return new ReaderConfig(host, port, dataDir, value, freshFor, memoryEntries, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withFreshFor(Duration value) {
        return new ReaderConfig(host, port, dataDir, fetchPolicy, value, memoryEntries, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withMaxConcurrentFetches(int value) {
        return new ReaderConfig(host, port, dataDir, fetchPolicy, freshFor, memoryEntries, value,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withMemoryEntries(int value) {
        return new ReaderConfig(host, port, dataDir, fetchPolicy, freshFor, value, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withMaxStoredPages(int value) {
        return new ReaderConfig(host, port, dataDir, fetchPolicy, freshFor, memoryEntries, maxConcurrentFetches,
                value, maxStoreBytes, rateLimits);
    }

    public ReaderConfig withMaxStoreBytes(long value) {
        return new ReaderConfig(host, port, dataDir, fetchPolicy, freshFor, memoryEntries, maxConcurrentFetches,
                maxStoredPages, value, rateLimits);
    }

    public ReaderConfig withRateLimits(RateLimits value) {
        return new ReaderConfig(host, port, dataDir, fetchPolicy, freshFor, memoryEntries, maxConcurrentFetches,
                maxStoredPages, maxStoreBytes, value);
    }
}
