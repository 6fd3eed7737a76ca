package dev.newsbite.reader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many kills in a row on one data directory, each at a random point of the write cycle. */
class KillMidWriteIT {
    private static final int ROUNDS = 12;
    /** Bodies up to 6 MB (4 MB compressed): over SQLite's 2 MB page cache, writes spill before commit. */
    private static final int MAX_BODY = 6_000_000;

    @TempDir
    Path dir;

    @Test
    void repeatedKillsLeaveOnlyWholeEntries() throws Exception {
        KillMidWrite kills = new KillMidWrite(dir.resolve("data"), System.nanoTime(), MAX_BODY);
        int midPut = 0;
        for (int i = 0; i < ROUNDS; i++) {
            midPut += kills.round() > 0 ? 1 : 0;
        }
        // Evidence that the kills hit writes in progress, not only idle moments between them.
        System.out.println("KillMidWriteIT: " + midPut + " of " + ROUNDS + " kills landed during a put");
        assertThat(midPut).as("kills during a put").isPositive();
    }
}
