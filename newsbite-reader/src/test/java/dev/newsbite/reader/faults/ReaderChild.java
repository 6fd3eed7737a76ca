package dev.newsbite.reader.faults;

import dev.newsbite.reader.RateLimits;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.testing.TestReaders;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real reader in its own JVM, for a test to kill: {@code ReaderChild DATA_DIR}. Prints
 * {@code PORT n} once it listens, then serves until killed. Started with the store writer's debug
 * log on, it reports every committed write on stderr as {@code stored URL}.
 */
public final class ReaderChild {
    private ReaderChild() {
    }

    public static void main(String[] args) throws Exception {
        ReaderServer reader = ReaderServer.start(TestReaders.config(Path.of(args[0]), true, Duration.ofMinutes(10))
                .withRateLimits(RateLimits.none()));
        System.out.println("PORT " + reader.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
