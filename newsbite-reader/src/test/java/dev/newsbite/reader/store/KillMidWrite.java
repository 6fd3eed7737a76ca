package dev.newsbite.reader.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link CrashWriter} in a child JVM on a data directory, kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) while it writes, and checks what is left: the file passes
 * SQLite's integrity check, every stored row decompresses to exactly what the writer wrote for its
 * key and generation, and no write the child acknowledged is missing.
 */
final class KillMidWrite {
    private static final long START_TIMEOUT_MS = 60_000;

    private final Path dataDir;
    private final int maxBody;
    private final Random random;
    /** Per key, the last acknowledged write: {gen, 1 if it was a revalidation}; gen -1 if none. */
    private final long[][] acked = new long[CrashPages.KEYS][];
    private int roundsRun;

    /**
     * @param maxBody the largest page body the child writes, in bytes
     */
    KillMidWrite(Path dataDir, long seed, int maxBody) {
        this.dataDir = dataDir;
        this.maxBody = maxBody;
        this.random = new Random(seed);
        for (int k = 0; k < acked.length; k++) {
            acked[k] = new long[] {-1, 0};
        }
    }

    /**
     * One child: start, wait for a few acknowledged writes, kill at a random moment, verify.
     *
     * @return how many puts the child had begun and not finished when it was killed
     */
    int round() throws Exception {
        int round = roundsRun++;
        Path errors = dataDir.resolveSibling("crash-writer-" + round + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), dataDir.toString(), String.valueOf(round * 1_000_000L),
                String.valueOf(maxBody))
                .redirectError(errors.toFile()).start();
        Acks acks = new Acks(child);
        try {
            int wanted = 3 + random.nextInt(10);
            if (!acks.await(wanted, START_TIMEOUT_MS)) {
                fail("crash writer stopped after " + acks.count() + " writes (alive: " + child.isAlive() + "): "
                        + Files.readString(errors).strip());
            }
            // A random pause puts the kill at a random point of the put cycle: compression, SQL, commit.
            // Bigger bodies take longer per put (about 30 ms per MB here), so the pause scales with them.
            Thread.sleep(random.nextInt(1 + maxBody / 30_000));
            assertThat(child.isAlive()).as("crash writer still writing when killed").isTrue();
        } finally {
            child.destroyForcibly();
            acks.killed();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        verify();
        return acks.inFlightAtKill;
    }

    private void verify() throws Exception {
        Path file = dataDir.resolve(SqlitePageStore.FILE_NAME);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).as("integrity_check after kill").isEqualTo("ok");
        }
        try (SqlitePageStore store = SqlitePageStore.open(dataDir)) {
            List<RecentRead> all = store.recent(10_000);
            Set<String> urls = new HashSet<>();
            for (RecentRead entry : all) {
                assertThat(urls.add(entry.url())).as("one row per url").isTrue();
                StoredPage stored = store.get(entry.url()).orElse(null);
                assertThat(stored).as("listed row %s decodes", entry.url()).isNotNull();
                long[] keyGen = CrashPages.keyAndGen(stored.html());
                assertThat(keyGen).as("crash page header in %s", entry.url()).isNotNull();
                int key = (int) keyGen[0];
                long gen = keyGen[1];
                assertThat(stored.url()).isEqualTo(CrashPages.url(key));
                boolean revalidated = CrashPages.revalidatedEtag(gen).equals(stored.etag());
                StoredPage expected = revalidated ? CrashPages.revalidated(key, gen, maxBody)
                        : CrashPages.page(key, gen, maxBody);
                SqlitePageStoreTest.assertSamePage(stored, expected);
                assertThat(entry.fetchedAt()).isEqualTo(stored.fetchedAt());
                assertThat(entry.title()).isEqualTo(stored.title());
                // Nothing acknowledged is lost: the row is at least as new as the last ack for its key.
                long[] ack = acked[key];
                assertThat(gen).as("generation of key %d vs acknowledged", key).isGreaterThanOrEqualTo(ack[0]);
                if (gen == ack[0] && ack[1] == 1) {
                    assertThat(stored.etag()).as("acknowledged revalidation of key %d", key)
                            .isEqualTo(CrashPages.revalidatedEtag(gen));
                }
            }
            for (int key = 0; key < acked.length; key++) {
                if (acked[key][0] >= 0) {
                    assertThat(urls).as("acknowledged key %d present", key).contains(CrashPages.url(key));
                }
            }
        }
    }

    /** Reads the child's acknowledgements as they come. */
    private final class Acks extends Thread {
        private final Process child;
        private int count;
        /** Puts begun and not acknowledged: keys with a put in progress; frozen at the kill. */
        private final Set<Integer> inFlight = new HashSet<>();
        private int inFlightAtKill = -1;

        Acks(Process child) {
            super("crash-acks");
            this.child = child;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line; (line = in.readLine()) != null;) {
                    String[] parts = line.split(" ");
                    if (parts.length != 3) {
                        continue; // a line cut by the kill was never a whole acknowledgement
                    }
                    int key = Integer.parseInt(parts[1]);
                    long gen = Long.parseLong(parts[2]);
                    synchronized (KillMidWrite.this) {
                        if ("begin".equals(parts[0])) {
                            inFlight.add(key);
                            continue;
                        }
                        inFlight.remove(key);
                        acked[key] = new long[] {gen, "rv".equals(parts[0]) ? 1 : 0};
                        count++;
                        KillMidWrite.this.notifyAll();
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // The pipe closes when the child dies; partial output is expected then.
            }
            synchronized (KillMidWrite.this) {
                KillMidWrite.this.notifyAll();
            }
        }

        boolean await(int wanted, long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            synchronized (KillMidWrite.this) {
                while (count < wanted && isAlive()) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        return false;
                    }
                    KillMidWrite.this.wait(Math.min(left, 200));
                }
                return count >= wanted;
            }
        }

        /** Called right after the kill signal: what was in progress then (output still in the pipe counts). */
        void killed() throws InterruptedException {
            join(10_000);
            synchronized (KillMidWrite.this) {
                inFlightAtKill = inFlight.size();
            }
        }

        int count() {
            synchronized (KillMidWrite.this) {
                return count;
            }
        }
    }
}
