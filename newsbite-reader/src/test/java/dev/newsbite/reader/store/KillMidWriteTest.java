package dev.newsbite.reader.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A kill -9 mid-write leaves no corrupt entry": two kills of a writing child JVM, the second over
 * the first one's leftovers. {@code KillMidWriteIT} runs many more rounds under {@code -Pslow}.
 */
class KillMidWriteTest {
    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesOnlyWholeEntries() throws Exception {
        KillMidWrite kills = new KillMidWrite(dir.resolve("data"), System.nanoTime(), 1_000_000);
        kills.round();
        kills.round();
    }
}
