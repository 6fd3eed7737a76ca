package dev.newsbite.reader;

/**
 * How much one client (one IPv4 address, or one IPv6 /64) may ask of a reader. Two token buckets
 * per client: a strict one for first reads (each costs an origin fetch, an extraction and a store
 * write, and makes the reader knock on someone else's server) and a loose one for every request.
 * Past either, the answer is 429 with {@code Retry-After}.
 *
 * @param firstReadsPerMinute first reads (origin fetches) a client may cause per minute, sustained
 * @param firstReadBurst first reads allowed at once before the per-minute rate applies
 * @param requestsPerMinute requests of any kind per minute, sustained
 * @param requestBurst requests allowed at once
 * @param limitLoopback whether clients on loopback are limited too. Off by default: a reader on its
 *     default address serves this machine only, and one behind a reverse proxy on the same host sees
 *     every visitor as 127.0.0.1 (limit there, at the proxy). Tests turn it on.
 */
public record RateLimits(int firstReadsPerMinute, int firstReadBurst, int requestsPerMinute, int requestBurst,
        boolean limitLoopback) {
    public static final int DEFAULT_FIRST_READS_PER_MINUTE = 60;
    public static final int DEFAULT_FIRST_READ_BURST = 20;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 3_000;
    public static final int DEFAULT_REQUEST_BURST = 500;

    public RateLimits {
        if (firstReadsPerMinute < 0 || firstReadBurst < 0 || requestsPerMinute < 0 || requestBurst < 0) {
            throw new IllegalArgumentException("rate limits must not be negative");
        }
        if (firstReadsPerMinute > 0 && firstReadBurst < 1 || requestsPerMinute > 0 && requestBurst < 1) {
            throw new IllegalArgumentException("a rate limit needs a burst of at least 1");
        }
    }

    /** 60 first reads a minute (burst 20), 3,000 requests a minute (burst 500); loopback not limited. */
    public static RateLimits defaults() {
        return new RateLimits(DEFAULT_FIRST_READS_PER_MINUTE, DEFAULT_FIRST_READ_BURST, DEFAULT_REQUESTS_PER_MINUTE,
                DEFAULT_REQUEST_BURST, false);
    }

    /** No limit at all. */
    public static RateLimits none() {
        return new RateLimits(0, 0, 0, 0, false);
    }

    /** Whether first reads are limited (a rate of 0 means unlimited). */
    public boolean limitsFirstReads() {
        return firstReadsPerMinute > 0;
    }

    /** Whether requests in general are limited (a rate of 0 means unlimited). */
    public boolean limitsRequests() {
        return requestsPerMinute > 0;
    }

    public RateLimits withFirstReads(int perMinute, int burst) {
        return new RateLimits(perMinute, burst, requestsPerMinute, requestBurst, limitLoopback);
    }

    public RateLimits withRequests(int perMinute, int burst) {
        return new RateLimits(firstReadsPerMinute, firstReadBurst, perMinute, burst, limitLoopback);
    }

    public RateLimits withLimitLoopback(boolean value) {
        return new RateLimits(firstReadsPerMinute, firstReadBurst, requestsPerMinute, requestBurst, value);
    }
}
