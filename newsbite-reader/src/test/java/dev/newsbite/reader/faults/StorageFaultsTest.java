package dev.newsbite.reader.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbite.reader.RateLimits;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.store.RecentRead;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.store.StoredPage;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store under faults. A reader killed with SIGKILL during a burst of writes leaves a sound file
 * and loses nothing it reported stored. A full store (SQLite's {@code SQLITE_FULL}, made real with
 * {@code max_page_count} through {@code ReaderConfig.maxStoreBytes}) fails writes with one clear
 * line, while pages read before and new first reads are still served and {@code /healthz} says
 * "degraded".
 */
class StorageFaultsTest {
    private static final String ARTICLE = "/news/2026/11/27/harbour-bridge-reopens";
    private static final Pattern PORT = Pattern.compile("PORT (\\d+)");
    private static final Pattern STORED = Pattern.compile(" stored (http://\\S+)$");

    @TempDir
    Path data;

    private OriginServer origin;

    @BeforeEach
    void startOrigin() {
        origin = OriginServer.start();
    }

    @AfterEach
    void stopOrigin() {
        origin.close();
    }

    @Test
    void aFullStoreFailsWritesClearlyAndTheReaderGoesOnServing() throws Exception {
        // 48 KB: the schema and a few pages fit, then SQLite answers SQLITE_FULL.
        try (ReaderServer reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10))
                .withRateLimits(RateLimits.none()).withMemoryEntries(4).withMaxStoreBytes(48 * 1024))) {
            ReaderClient client = new ReaderClient(reader.port());
            String base = "/http:127.0.0.1:" + origin.port() + ARTICLE + "?n=";
            assertThat(client.get(base + "first").statusCode()).isEqualTo(200);
            JsonNode health = null;
            int read = 0;
            for (int i = 0; i < 60; i++) {
                assertThat(client.get(base + i).statusCode()).as("first read %d, stored or not", i).isEqualTo(200);
                read++;
                health = waitForWrites(client, read + 1);
                if (health.path("status").asText().equals("degraded")) {
                    break;
                }
            }
            System.out.println("full store after " + read + " reads: " + health);
            assertThat(health.path("status").asText()).as("health once the store is full").isEqualTo("degraded");
            JsonNode store = health.path("store");
            assertThat(store.path("ok").asBoolean()).isFalse();
            assertThat(store.path("failed").asLong()).isPositive();
            assertThat(store.path("lastError").asText()).contains("is full").doesNotContain("Exception")
                    .doesNotContain("\tat ").doesNotContain("\n");
            // New first reads still answer, from memory.
            HttpResponse<String> fresh = client.get(base + "after-full");
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(client.html(fresh).select("h1").text()).isNotBlank();
            // With the origin gone, pages read before are served: from memory, or from the store.
            origin.stop();
            for (String n : List.of("first", "0", "1", "after-full")) {
                HttpResponse<String> again = client.get(base + n);
                assertThat(again.statusCode()).as("page %s with the origin stopped", n).isEqualTo(200);
                assertThat(again.body()).doesNotContain("Exception");
            }
            assertThat(client.get("/healthz").statusCode()).isEqualTo(200);
        }
        // The full file is sound, and the pages it took are whole.
        assertIntegrity(data);
        try (SqlitePageStore store = SqlitePageStore.open(data)) {
            List<RecentRead> all = store.recent(1_000);
            assertThat(all).isNotEmpty();
            for (RecentRead r : all) {
                assertThat(store.get(r.url())).as(r.url()).isPresent();
            }
        }
    }

    @Test
    void aReaderKilledDuringABurstOfWritesLosesNothingItReportedStored() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.log.dev.newsbite.reader.library.StoreWriter=debug",
                "-cp", System.getProperty("java.class.path"), ReaderChild.class.getName(), data.toString())
                .start();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            Thread errors = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null;) {
                        Matcher m = STORED.matcher(line);
                        if (m.find()) {
                            acknowledged.add(m.group(1));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child is gone
                }
            }, "child-stderr");
            errors.setDaemon(true);
            errors.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher port = PORT.matcher(first == null ? "" : first);
            assertThat(port.find()).as("child start-up line: " + first).isTrue();
            ReaderClient client = new ReaderClient(Integer.parseInt(port.group(1)));
            AtomicInteger next = new AtomicInteger();
            String base = "/http:127.0.0.1:" + origin.port() + ARTICLE + "?burst=";
            for (int t = 0; t < 4; t++) {
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            client.get(base + next.getAndIncrement());
                        } catch (RuntimeException e) {
                            return; // the reader was killed mid-request
                        }
                    }
                });
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (acknowledged.size() < 60 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(new java.util.Random().nextInt(50));
            assertThat(child.isAlive()).as("child still writing when killed").isTrue();
            child.destroyForcibly(); // SIGKILL
            child.waitFor(10, TimeUnit.SECONDS);
            errors.join(5_000);
        } finally {
            running.set(false);
            clients.shutdownNow();
            child.destroyForcibly();
        }
        System.out.println("killed reader had reported " + acknowledged.size() + " pages stored of "
                + origin.hits(ARTICLE) + " fetched");
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);
        assertIntegrity(data);
        // Every stored row is whole.
        try (SqlitePageStore store = SqlitePageStore.open(data)) {
            for (RecentRead r : store.recent(100_000)) {
                StoredPage page = store.get(r.url()).orElse(null);
                assertThat(page).as("stored row %s decodes", r.url()).isNotNull();
                assertThat(page.articleJson()).contains("Harbour");
            }
        }
        // A new reader on the same directory, its origin gone, serves every page the killed one reported stored.
        origin.stop();
        try (ReaderServer again = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10))
                .withRateLimits(RateLimits.none()))) {
            ReaderClient client = new ReaderClient(again.port());
            List<String> missing = new ArrayList<>();
            for (String url : acknowledged) {
                HttpResponse<String> r = client.get("/http:" + url.substring("http://".length()));
                if (r.statusCode() != 200 || !client.html(r).select("h1").text().contains("Harbour")) {
                    missing.add(url + " -> " + r.statusCode());
                }
            }
            assertThat(missing).as("pages reported stored, not served after the kill").isEmpty();
        }
    }

    private static void assertIntegrity(Path data) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqlitePageStore.FILE_NAME));
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).as("integrity_check").isEqualTo("ok");
        }
    }

    /** /healthz once the store writer has handled {@code writes} writes, failed or not (or after 10 s). */
    private static JsonNode waitForWrites(ReaderClient client, int writes) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode health;
        do {
            health = ReaderClient.json(client.get("/healthz"));
            JsonNode s = health.path("store");
            if (s.path("written").asLong() + s.path("failed").asLong() >= writes && s.path("pending").asInt() == 0) {
                return health;
            }
            Thread.sleep(20);
        } while (System.currentTimeMillis() < deadline);
        return health;
    }
}
