package dev.newsbite.reader.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePageStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");

    @TempDir
    Path dir;
    SqlitePageStore store;

    @BeforeEach
    void open() throws StoreException {
        store = SqlitePageStore.open(dir.resolve("data"));
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    static StoredPage page(String url, Instant at, String body) {
        return new StoredPage(url, url + "?final", at, "text/html; charset=utf-8", "\"etag-" + body.length() + "\"",
                "Sun, 01 Mar 2026 10:00:00 GMT", ("<html><body><p>" + body + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8),
                "{\"title\":\"" + body + "\"}", "Title " + body, "Site");
    }

    /** Field by field; the body by Arrays.equals, as a recursive comparison walks arrays element-wise. */
    static void assertSamePage(StoredPage actual, StoredPage expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("html").isEqualTo(expected);
        assertThat(Arrays.equals(actual.html(), expected.html())).as("same html bytes").isTrue();
    }

    @Test
    void roundTripKeepsEveryField() throws StoreException {
        StoredPage p = page("https://example.com/a", T0, "hello");
        store.put(p);
        assertSamePage(store.get(p.url()).orElseThrow(), p);
        assertThat(store.get("https://example.com/other")).isEmpty();
    }

    @Test
    void putReplacesTheEntryForTheSameUrl() throws StoreException {
        store.put(page("https://example.com/a", T0, "old body"));
        StoredPage newer = new StoredPage("https://example.com/a", "https://example.com/moved", T0.plusSeconds(60),
                null, null, null, "new".getBytes(StandardCharsets.UTF_8), "{}", null, null);
        store.put(newer);
        assertSamePage(store.get(newer.url()).orElseThrow(), newer);
        assertThat(store.recent(10)).hasSize(1);
    }

    @Test
    void revalidatedUpdatesTimeAndValidatorsButKeepsTheBody() throws StoreException {
        StoredPage p = page("https://example.com/a", T0, "body");
        store.put(p);
        Instant later = T0.plusSeconds(3600);
        store.revalidated(p.url(), later, "\"new-etag\"", null);
        // Same rule as StoredPage.revalidatedAt: a validator the origin did not resend is kept.
        assertSamePage(store.get(p.url()).orElseThrow(), p.revalidatedAt(later, "\"new-etag\"", null));
        assertThat(store.get(p.url()).orElseThrow().lastModified()).isEqualTo(p.lastModified());
    }

    @Test
    void revalidatedOfAnUnknownUrlStoresNothing() throws StoreException {
        store.revalidated("https://example.com/none", T0, "x", "y");
        assertThat(store.get("https://example.com/none")).isEmpty();
        assertThat(store.recent(5)).isEmpty();
    }

    @Test
    void recentIsNewestFirstAndLimited() throws StoreException {
        store.put(page("https://example.com/2", T0.plusSeconds(2), "two"));
        store.put(page("https://example.com/1", T0.plusSeconds(1), "one"));
        store.put(page("https://example.com/3", T0.plusNanos(3_000_000_001L), "three"));
        store.put(page("https://example.com/3b", T0.plusNanos(3_000_000_000L), "three b"));

        assertThat(store.recent(10)).extracting(RecentRead::url).containsExactly("https://example.com/3",
                "https://example.com/3b", "https://example.com/2", "https://example.com/1");
        assertThat(store.recent(2)).extracting(RecentRead::url).containsExactly("https://example.com/3",
                "https://example.com/3b");
        assertThat(store.recent(0)).isEmpty();
        RecentRead first = store.recent(1).get(0);
        assertThat(first).isEqualTo(new RecentRead("https://example.com/3", "Title three", "Site",
                T0.plusNanos(3_000_000_001L)));

        store.revalidated("https://example.com/1", T0.plusSeconds(10), null, null);
        assertThat(store.recent(1)).extracting(RecentRead::url).containsExactly("https://example.com/1");
    }

    @Test
    void dataSurvivesCloseAndReopen() throws StoreException {
        StoredPage p = page("https://example.com/a", T0, "kept");
        store.put(p);
        store.close();
        store.close(); // idempotent
        assertThatThrownBy(() -> store.get(p.url())).isInstanceOf(StoreException.class).hasMessageContaining("closed");

        store = SqlitePageStore.open(dir.resolve("data"));
        assertSamePage(store.get(p.url()).orElseThrow(), p);
    }

    @Test
    void closingWhileOthersReadAndWriteFailsThemCleanly() throws Exception {
        StoredPage p = page("https://example.com/a", T0, "busy");
        store.put(p);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                outcomes.add(pool.submit(() -> {
                    try {
                        while (true) {
                            if (id == 0) {
                                store.put(p);
                            } else {
                                assertSamePage(store.get(p.url()).orElseThrow(), p);
                            }
                        }
                    } catch (StoreException e) {
                        return e; // the expected end: "closed"
                    } catch (Throwable e) {
                        return e;
                    }
                }));
            }
            Thread.sleep(100);
            store.close();
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("closed");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPageOverTheCapIsRefusedBeforeAnyWork() throws StoreException {
        StoredPage huge = new StoredPage("https://example.com/huge", "https://example.com/huge", T0, null, null, null,
                new byte[SqlitePageStore.MAX_BYTES + 1], "{}", null, null);
        assertThatThrownBy(() -> store.put(huge)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Page too large to store");
        assertThat(store.get(huge.url())).isEmpty();
    }

    @Test
    void unicodeEmptyAndNullFieldsRoundTrip() throws StoreException {
        String url = "https://example.com/ünï/日本語?q=é&x=🙂";
        StoredPage unicode = new StoredPage(url, url, T0, "", "", null,
                "<p>Ελληνικά — 中文 — 🙂 \u0000 nul</p>".getBytes(StandardCharsets.UTF_8),
                "{\"t\":\"Ελληνικά 🙂\"}", "Ελληνικά 🙂", "");
        StoredPage empty = new StoredPage("https://example.com/empty", "https://example.com/empty", Instant.EPOCH,
                null, null, null, new byte[0], "", null, null);
        store.put(unicode);
        store.put(empty);
        assertSamePage(store.get(url).orElseThrow(), unicode);
        assertSamePage(store.get(empty.url()).orElseThrow(), empty);
        assertThat(store.recent(5)).extracting(RecentRead::title).containsExactly("Ελληνικά 🙂", null);
    }

    @Test
    void aDamagedRowReadsAsAbsentAndIsDropped() throws Exception {
        StoredPage p = page("https://example.com/a", T0, "will be damaged");
        store.put(p);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                PreparedStatement ps = db.prepareStatement("UPDATE page SET html_gz = ? WHERE url = ?")) {
            ps.setBytes(1, "not gzip at all".getBytes(StandardCharsets.US_ASCII));
            ps.setString(2, p.url());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        assertThat(store.get(p.url())).isEmpty();
        assertThat(store.recent(5)).isEmpty(); // deleted, so the home page no longer lists it
        store.put(p);
        assertSamePage(store.get(p.url()).orElseThrow(), p);
    }

    @Test
    void aFlippedBitInTheCompressedBodyNeverYieldsWrongContent() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        byte[] html = new byte[20_000];
        for (int i = 0; i < html.length; i++) {
            html[i] = (byte) ('a' + random.nextInt(26));
        }
        StoredPage p = new StoredPage("https://example.com/a", "https://example.com/a", T0, null, null, null, html,
                "{}", null, null);
        byte[] gz = Gzip.compress(html);
        int caught = 0;
        for (int at = 10; at < gz.length; at += gz.length / 25) {
            store.put(p);
            byte[] damaged = gz.clone();
            damaged[at] ^= 0x10;
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                    PreparedStatement ps = db.prepareStatement("UPDATE page SET html_gz = ?")) {
                ps.setBytes(1, damaged);
                ps.executeUpdate();
            }
            // The CRC-32 catches a change in the output; a flip that inflates to the same bytes is harmless.
            Optional<StoredPage> read = store.get(p.url());
            if (read.isPresent()) {
                assertThat(Arrays.equals(read.get().html(), html)).as("flip at %d inflates to the same page", at)
                        .isTrue();
            } else {
                caught++;
            }
        }
        assertThat(caught).isPositive();
    }

    @Test
    void concurrentPutsAndGetsSeeWholePages() throws Exception {
        int threads = 6;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                tasks.add(() -> {
                    int seen = 0;
                    for (int i = 0; i < perThread; i++) {
                        // Threads share keys so puts race on the same rows while others read them.
                        String url = "https://example.com/" + (i % 10);
                        String body = "writer " + id + " round " + i + " " + "z".repeat(2000 + 97 * i);
                        store.put(page(url, T0.plusSeconds(i), body));
                        StoredPage read = store.get(url).orElseThrow();
                        String html = new String(read.html(), StandardCharsets.UTF_8);
                        String expectedTitle = html.substring("<html><body><p>".length(), html.length()
                                - "</p></body></html>".length());
                        assertThat(read.title()).isEqualTo("Title " + expectedTitle);
                        assertThat(read.articleJson()).isEqualTo("{\"title\":\"" + expectedTitle + "\"}");
                        seen++;
                        store.recent(5);
                    }
                    return seen;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(threads * perThread);
            assertThat(store.recent(100)).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
