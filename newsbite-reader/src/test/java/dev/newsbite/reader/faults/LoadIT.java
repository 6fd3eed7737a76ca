package dev.newsbite.reader.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.reader.RateLimits;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import dev.newsbite.reader.testing.Vitals;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback (about 30 s, it stops by itself): cached reads alone, then cached reads
 * while first reads of distinct pages wait on a slow origin (300 ms a page). Asserts what does not
 * depend on the machine: every request answered with the right status, no thread or file leak, heap
 * after GC flat once the caches are full. The latency figures are printed; {@code scripts/bench-load}
 * measures them on the product's own command for {@code docs/benchmarks.md}.
 */
class LoadIT {
    private static final String ARTICLE = "/news/2026/11/27/harbour-bridge-reopens";
    private static final int ORIGIN_MILLIS = 300;
    private static final int CACHED_CLIENTS = 4;
    private static final int FIRST_READ_CLIENTS = 12;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration MIXED = Duration.ofSeconds(15);
    private static final int SLACK = 12;
    /** Small, so the warm-up fills both memory caches to their bounds: 20 readings, 20 x 64 KB rendered. */
    private static final int MEMORY_ENTRIES = 20;
    /** Heap after GC may move this much between start and end (allocation noise), and no more. */
    private static final long HEAP_SLACK = 8L * 1024 * 1024;

    @TempDir
    Path data;

    @Test
    void cachedReadsHoldUpWhileFirstReadsWaitOnASlowOrigin() throws Exception {
        try (OriginServer origin = OriginServer.start();
                ReaderServer reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(30))
                        .withRateLimits(RateLimits.none()).withMemoryEntries(MEMORY_ENTRIES))) {
            ReaderClient client = new ReaderClient(reader.port());
            String prefix = "/http:127.0.0.1:" + origin.port();
            List<String> cached = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                cached.add(prefix + ARTICLE + "?cached=" + i);
            }
            for (String path : cached) {
                assertThat(client.get(path).statusCode()).isEqualTo(200);
            }
            // Warm up with the same shape of load: the JIT compiles, thread pools and keep-alive connections
            // (server, fetcher, this test's clients) grow to what this load needs, and the caches fill to
            // their bounds. What grows after this is a leak.
            Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
            AtomicInteger warm = new AtomicInteger();
            cachedReads(client, cached, WARM_UP, () -> client.get(prefix + "/slowms/" + ORIGIN_MILLIS + "/warm-"
                    + warm.getAndIncrement()).statusCode(), statuses);
            Thread.sleep(1_000);
            Vitals start = Vitals.now();

            long[] idle = cachedReads(client, cached, IDLE, null, statuses);
            AtomicInteger firstReads = new AtomicInteger();
            long[] mixed = cachedReads(client, cached, MIXED, () -> {
                int n = firstReads.getAndIncrement();
                HttpResponse<String> r = client.get(prefix + "/slowms/" + ORIGIN_MILLIS + "/story-" + n);
                return r.statusCode();
            }, statuses);

            Vitals end = Vitals.settle(start, SLACK, 15_000);
            System.out.printf("LoadIT cached reads idle:  %d reads, p50 %.2f ms, p99 %.2f ms%n", idle.length,
                    percentile(idle, 0.50), percentile(idle, 0.99));
            System.out.printf("LoadIT cached reads mixed: %d reads, p50 %.2f ms, p99 %.2f ms, with %d first reads"
                    + " of a %d ms origin alongside%n", mixed.length, percentile(mixed, 0.50), percentile(mixed, 0.99),
                    firstReads.get(), ORIGIN_MILLIS);
            System.out.println("LoadIT statuses: " + statuses + "; vitals start: " + start + "; end: " + end);

            assertThat(statuses.keySet()).as("every request answered 200").containsOnly(200);
            assertThat(firstReads.get()).as("first reads made").isGreaterThan(FIRST_READ_CLIENTS * 10);
            assertThat(end.threads()).as("threads (start: %s)", start).isLessThanOrEqualTo(start.threads() + SLACK);
            if (start.openFiles() >= 0) {
                assertThat(end.openFiles()).as("open files (start: %s)", start).isLessThanOrEqualTo(start.openFiles() + SLACK);
            }
            assertThat(end.heapAfterGc()).as("heap after GC (start: %s)", start)
                    .isLessThanOrEqualTo(start.heapAfterGc() + HEAP_SLACK);
        }
    }

    @FunctionalInterface
    private interface FirstRead {
        int run();
    }

    /** Cached reads by a few clients for {@code length}, with first reads alongside when given; their latencies. */
    private static long[] cachedReads(ReaderClient client, List<String> cached, Duration length, FirstRead firstRead,
            Map<Integer, LongAdder> statuses) throws Exception {
        long until = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CACHED_CLIENTS + FIRST_READ_CLIENTS);
        List<Future<long[]>> timings = new ArrayList<>();
        List<Future<?>> others = new ArrayList<>();
        try {
            for (int c = 0; c < CACHED_CLIENTS; c++) {
                int offset = c;
                timings.add(pool.submit(() -> {
                    long[] took = new long[1 << 16];
                    int n = 0;
                    for (int i = offset; System.nanoTime() < until; i++) {
                        long t0 = System.nanoTime();
                        int status = client.get(cached.get(i % cached.size())).statusCode();
                        long t = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                        if (n == took.length) {
                            took = Arrays.copyOf(took, n * 2);
                        }
                        took[n++] = t;
                    }
                    return Arrays.copyOf(took, n);
                }));
            }
            if (firstRead != null) {
                for (int c = 0; c < FIRST_READ_CLIENTS; c++) {
                    others.add(pool.submit(() -> {
                        while (System.nanoTime() < until) {
                            statuses.computeIfAbsent(firstRead.run(), k -> new LongAdder()).increment();
                        }
                    }));
                }
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : timings) {
                all.add(f.get());
            }
            for (Future<?> f : others) {
                f.get();
            }
            return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) (p * sortedNanos.length))] / 1e6;
    }
}
