package dev.newsbite.reader.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, lock-free: each bucket is one {@link AtomicLong} holding the time its
 * next token is due (the "generic cell rate algorithm", equivalent to a token bucket refilled
 * continuously). Taking a token is a read and one compare-and-set, so the cached-page fast path
 * stays cheap. Clients are keyed by IPv4 address, or by IPv6 /64 (one host usually owns a whole /64
 * and could otherwise rotate addresses); the map is a size-bounded Caffeine cache, so a flood of
 * distinct addresses costs bounded memory (an evicted client starts again with a full bucket).
 */
final class RateLimiter {
    /** Clients remembered at once: about 100 bytes each. */
    static final int MAX_CLIENTS = 100_000;

    private final long intervalNanos;
    private final long burstNanos;
    private final LongSupplier clock;
    private final Cache<ClientKey, AtomicLong> buckets;

    /** A client: an IPv4 address, or the first 64 bits of an IPv6 one. */
    record ClientKey(long bits, boolean v6) {
        static ClientKey of(InetAddress address) {
            byte[] b = address.getAddress();
            long bits = 0;
            int n = address instanceof Inet6Address ? 8 : b.length;
            for (int i = 0; i < n; i++) {
                bits = bits << 8 | (b[i] & 0xff);
            }
            return new ClientKey(bits, address instanceof Inet6Address);
        }
    }

    /**
     * @param perMinute tokens added per minute (positive)
     * @param burst tokens a full bucket holds (positive)
     */
    RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("perMinute and burst must be positive");
        }
        this.intervalNanos = TimeUnit.MINUTES.toNanos(1) / perMinute;
        this.burstNanos = intervalNanos * burst;
        this.clock = nanoClock;
        // A bucket untouched for the time it takes to refill is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(Duration.ofNanos(Math.max(burstNanos, TimeUnit.SECONDS.toNanos(1))))
                .build();
    }

    RateLimiter(int perMinute, int burst) {
        this(perMinute, burst, System::nanoTime);
    }

    /**
     * Takes a token for {@code client}.
     *
     * @return 0 when granted, else how many nanoseconds until a token is due (at least 1)
     */
    long tryTake(InetAddress client) {
        ClientKey key = ClientKey.of(client);
        AtomicLong due = buckets.getIfPresent(key);
        if (due == null) {
            due = buckets.get(key, k -> new AtomicLong(Long.MIN_VALUE));
        }
        long now = clock.getAsLong();
        while (true) {
            long current = due.get();
            // The bucket is full when its next token was due more than a burst ago.
            long start = current == Long.MIN_VALUE || now - current > 0 ? now : current;
            long next = start + intervalNanos;
            long wait = next - now - burstNanos;
            if (wait > 0) {
                return wait;
            }
            if (due.compareAndSet(current, next)) {
                return 0;
            }
        }
    }

    /** Clients remembered now (for health figures and tests). */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** Whole seconds to wait, rounded up, for a {@code Retry-After} header. */
    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }
}
