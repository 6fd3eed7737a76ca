package dev.newsbite.reader.testing;

import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.reader.ReaderConfig;
import java.nio.file.Path;
import java.time.Duration;

/** Reader configurations for tests: loopback only, a free port, small caps and short waits. */
public final class TestReaders {
    /** The body cap in tests: small, so an oversized page is cheap to send. */
    public static final int MAX_BYTES = 1_000_000;
    /** The whole-fetch time cap in tests: a slow origin fails fast. */
    public static final Duration TOTAL_TIMEOUT = Duration.ofMillis(1_500);

    private TestReaders() {
    }

    /** A reader on 127.0.0.1 (free port) keeping its pages in {@code dataDir}. */
    public static ReaderConfig config(Path dataDir, boolean allowPrivate, Duration freshFor) {
        FetchPolicy policy = FetchPolicy.defaults()
                .withAllowPrivate(allowPrivate)
                .withMaxBytes(MAX_BYTES)
                .withConnectTimeout(Duration.ofSeconds(1))
                .withTotalTimeout(TOTAL_TIMEOUT);
        return ReaderConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withDataDir(dataDir)
                .withFetchPolicy(policy)
                .withFreshFor(freshFor)
                .withMemoryEntries(100);
    }
}
