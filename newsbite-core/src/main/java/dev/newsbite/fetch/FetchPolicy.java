package dev.newsbite.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Fetcher} may do. Immutable; {@link #defaults()} suits pages of the open web.
 *
 * @param maxBytes the largest body taken, both as sent and after decompression
 * @param connectTimeout how long to wait for a connection
 * @param totalTimeout how long the whole fetch may take, redirects and body included
 * @param maxRedirects redirects followed before giving up
 * @param allowPrivate whether loopback, private, link-local and other non-public addresses may be
 *     fetched (off for the open web: a URL from a stranger must not reach the intranet)
 * @param userAgent the User-Agent header
 */
public record FetchPolicy(int maxBytes, Duration connectTimeout, Duration totalTimeout, int maxRedirects,
        boolean allowPrivate, String userAgent) {
    public static final int DEFAULT_MAX_BYTES = 10_000_000;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final String DEFAULT_USER_AGENT = "NewsBite/0.1 (+reader; article extraction)";

    public FetchPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("totalTimeout must be positive: " + totalTimeout);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("userAgent must be printable ASCII: " + userAgent);
        }
    }

    /** 10 MB, 10 s to connect, 30 s in all, 5 redirects, public addresses only. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_MAX_BYTES, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT,
                DEFAULT_MAX_REDIRECTS, false, DEFAULT_USER_AGENT);
    }

    public FetchPolicy withMaxBytes(int bytes) {
        return new FetchPolicy(bytes, connectTimeout, totalTimeout, maxRedirects, allowPrivate, userAgent);
    }

    public FetchPolicy withConnectTimeout(Duration timeout) {
        return new FetchPolicy(maxBytes, timeout, totalTimeout, maxRedirects, allowPrivate, userAgent);
    }

    public FetchPolicy withTotalTimeout(Duration timeout) {
        return new FetchPolicy(maxBytes, connectTimeout, timeout, maxRedirects, allowPrivate, userAgent);
    }

    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(maxBytes, connectTimeout, totalTimeout, redirects, allowPrivate, userAgent);
    }

    public FetchPolicy withAllowPrivate(boolean allow) {
        return new FetchPolicy(maxBytes, connectTimeout, totalTimeout, maxRedirects, allow, userAgent);
    }

    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(maxBytes, connectTimeout, totalTimeout, maxRedirects, allowPrivate, agent);
    }
}
