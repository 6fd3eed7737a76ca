package dev.newsbite.reader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-client token bucket, on a clock the test moves. */
class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final RateLimiter sixty = new RateLimiter(60, 5, now::get);

    @Test
    void aFullBucketGrantsTheBurstThenOneATokenInterval() throws Exception {
        InetAddress a = InetAddress.getByName("203.0.113.7");
        for (int i = 0; i < 5; i++) {
            assertThat(sixty.tryTake(a)).as("burst token %d", i).isZero();
        }
        long wait = sixty.tryTake(a);
        assertThat(wait).isEqualTo(TimeUnit.SECONDS.toNanos(1));
        assertThat(RateLimiter.retryAfterSeconds(wait)).isEqualTo(1);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertThat(sixty.tryTake(a)).as("still a millisecond early").isPositive();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(sixty.tryTake(a)).as("one token a second").isZero();
        assertThat(sixty.tryTake(a)).isPositive();
        // Idle long enough, the bucket is full again, and no fuller than the burst.
        now.addAndGet(TimeUnit.MINUTES.toNanos(10));
        for (int i = 0; i < 5; i++) {
            assertThat(sixty.tryTake(a)).isZero();
        }
        assertThat(sixty.tryTake(a)).isPositive();
    }

    @Test
    void clientsHaveTheirOwnBucketsAndAnIpv6Slash64IsOneClient() throws Exception {
        InetAddress a = InetAddress.getByName("203.0.113.7");
        InetAddress b = InetAddress.getByName("203.0.113.8");
        for (int i = 0; i < 5; i++) {
            sixty.tryTake(a);
        }
        assertThat(sixty.tryTake(a)).isPositive();
        assertThat(sixty.tryTake(b)).isZero();
        InetAddress v6 = InetAddress.getByName("2001:db8:1:2::1");
        InetAddress sameNet = InetAddress.getByName("2001:db8:1:2:ffff:1:2:3");
        InetAddress otherNet = InetAddress.getByName("2001:db8:1:3::1");
        for (int i = 0; i < 5; i++) {
            assertThat(sixty.tryTake(i % 2 == 0 ? v6 : sameNet)).isZero();
        }
        assertThat(sixty.tryTake(sameNet)).as("the /64 shares one bucket").isPositive();
        assertThat(sixty.tryTake(otherNet)).isZero();
    }

    @Test
    void manyThreadsNeverGetMoreThanTheBurst() throws Exception {
        InetAddress a = InetAddress.getByName("198.51.100.1");
        RateLimiter limiter = new RateLimiter(1, 100, now::get); // the clock stands still: only the burst
        AtomicLong granted = new AtomicLong();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    if (limiter.tryTake(a) == 0) {
                        granted.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(granted.get()).isEqualTo(100);
    }

    @Test
    void theClientMapIsBounded() throws Exception {
        RateLimiter limiter = new RateLimiter(60, 5, now::get);
        for (int i = 0; i < RateLimiter.MAX_CLIENTS + 20_000; i++) {
            limiter.tryTake(InetAddress.getByAddress(new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i}));
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS);
    }
}
