package dev.newsbite.reader;

import static dev.newsbite.reader.ReaderEndToEndTest.HEADLINE;
import static dev.newsbite.reader.ReaderEndToEndTest.readerPath;
import static dev.newsbite.reader.testing.ReaderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.PageChecks;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader keeps: within the freshness window the origin is not asked again; past it, a
 * conditional request; with the origin down, the stored copy with a notice; and all of it survives
 * a restart of the reader over the same data directory.
 */
class ReaderStoreEndToEndTest {
    /** Short enough to wait out in a test, long enough that two quick reads fall inside it. */
    private static final Duration SHORT_WINDOW = Duration.ofMillis(400);

    @TempDir
    Path data;
    OriginServer origin;

    @BeforeEach
    void startOrigin() {
        origin = OriginServer.start();
    }

    @AfterEach
    void stopOrigin() {
        origin.close();
    }

    private ReaderServer reader(Duration freshFor) {
        try {
            return ReaderServer.start(TestReaders.config(data, true, freshFor));
        } catch (ReaderStartException e) {
            throw new AssertionError("the reader did not start: " + e.getMessage(), e);
        }
    }

    private static String headline(ReaderClient client, HttpResponse<String> r) {
        return client.html(r).select("h1").text();
    }

    @Test
    void withinTheWindowNoFormatOfThePageTouchesTheOrigin() {
        String story = "/news/2026/11/27/kept-story";
        try (ReaderServer reader = reader(Duration.ofMinutes(10))) {
            ReaderClient client = new ReaderClient(reader.port());
            assertThat(client.get(readerPath(origin, story)).statusCode()).isEqualTo(200);
            assertThat(origin.hits(story)).isEqualTo(1);

            HttpResponse<String> again = client.get(readerPath(origin, story));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(headline(client, again)).isEqualTo(HEADLINE);
            assertThat(client.get(readerPath(origin, story + ".txt")).body()).contains(HEADLINE);
            assertThat(client.get(readerPath(origin, story + ".md")).body()).contains(HEADLINE);
            assertThat(json(client.get(readerPath(origin, story + ".json"))).path("title").asText()).isEqualTo(HEADLINE);
            assertThat(json(client.api(origin.url(story))).path("title").asText()).isEqualTo(HEADLINE);
            assertThat(origin.hits(story)).as("origin requests for the page").isEqualTo(1);
        }
    }

    @Test
    void concurrentFirstReadsOfOnePageMakeOneFetch() throws Exception {
        String story = "/slow/1/concurrent-story"; // a second at the origin: every read arrives while it runs
        ExecutorService readers = Executors.newFixedThreadPool(8); // the common pool may have one thread
        try (ReaderServer reader = reader(Duration.ofMinutes(10))) {
            ReaderClient client = new ReaderClient(reader.port());
            List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String path = readerPath(origin, story + (i % 2 == 0 ? "" : ".txt"));
                reads.add(CompletableFuture.supplyAsync(() -> client.get(path), readers));
            }
            for (CompletableFuture<HttpResponse<String>> read : reads) {
                HttpResponse<String> r = read.get(20, TimeUnit.SECONDS);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains(HEADLINE);
            }
            assertThat(origin.hits(story)).as("origin requests for 8 simultaneous first reads").isEqualTo(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void pastTheWindowThePageIsRevalidatedAndA304KeepsIt() throws InterruptedException {
        String story = "/news/2026/11/27/revalidated-story";
        try (ReaderServer reader = reader(SHORT_WINDOW)) {
            ReaderClient client = new ReaderClient(reader.port());
            assertThat(client.get(readerPath(origin, story)).statusCode()).isEqualTo(200);
            Thread.sleep(SHORT_WINDOW.toMillis() + 200);

            HttpResponse<String> again = client.get(readerPath(origin, story));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(headline(client, again)).isEqualTo(HEADLINE);
            assertThat(origin.hits(story)).isEqualTo(2);
            assertThat(origin.notModified(story)).as("answered 304").isEqualTo(1);
            OriginServer.Request second = origin.requests().stream().filter(q -> q.path().equals(story))
                    .skip(1).findFirst().orElseThrow();
            assertThat(second.header("If-None-Match") != null || second.header("If-Modified-Since") != null)
                    .as("a conditional request").isTrue();
        }
    }

    @Test
    void pastTheWindowAChangedPageIsReadAgain() throws InterruptedException {
        String story = "/custom/changing-story";
        origin.put(story, page("First edition headline for the changing story"));
        try (ReaderServer reader = reader(SHORT_WINDOW)) {
            ReaderClient client = new ReaderClient(reader.port());
            assertThat(headline(client, client.get(readerPath(origin, story))))
                    .isEqualTo("First edition headline for the changing story");
            origin.put(story, page("Second edition headline for the changing story"));
            Thread.sleep(SHORT_WINDOW.toMillis() + 200);
            assertThat(headline(client, client.get(readerPath(origin, story))))
                    .isEqualTo("Second edition headline for the changing story");
        }
    }

    @Test
    void withTheOriginDownTheStoredCopyIsServedWithANotice() throws InterruptedException {
        String story = "/news/2026/11/27/origin-down-story";
        try (ReaderServer reader = reader(SHORT_WINDOW)) {
            ReaderClient client = new ReaderClient(reader.port());
            HttpResponse<String> fresh = client.get(readerPath(origin, story));
            assertThat(fresh.statusCode()).isEqualTo(200);

            origin.stop();
            Thread.sleep(SHORT_WINDOW.toMillis() + 200);
            HttpResponse<String> stored = client.get(readerPath(origin, story));
            assertThat(stored.statusCode()).isEqualTo(200);
            Document page = client.html(stored);
            PageChecks.noScripts(stored, page);
            assertThat(page.select("h1").text()).isEqualTo(HEADLINE);
            assertStoredCopyNotice(client.html(fresh), page);

            HttpResponse<String> api = client.api(origin.url(story));
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(json(api).path("title").asText()).isEqualTo(HEADLINE);
        }
    }

    @Test
    void aRestartedReaderServesWhatItStoredWithoutAskingTheOrigin() {
        String story = "/news/2026/11/27/restart-story";
        try (ReaderServer first = reader(Duration.ofMinutes(10))) {
            assertThat(new ReaderClient(first.port()).get(readerPath(origin, story)).statusCode()).isEqualTo(200);
        }
        assertThat(origin.hits(story)).isEqualTo(1);
        try (ReaderServer second = reader(Duration.ofMinutes(10))) {
            ReaderClient client = new ReaderClient(second.port());
            HttpResponse<String> r = client.get(readerPath(origin, story));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(headline(client, r)).isEqualTo(HEADLINE);
            assertThat(origin.hits(story)).as("served from the store, origin not asked").isEqualTo(1);
        }
    }

    @Test
    void aRestartedReaderWithTheOriginDownServesTheStoredCopyWithANotice() throws InterruptedException {
        String story = "/news/2026/11/27/restart-origin-down-story";
        Document fresh;
        try (ReaderServer first = reader(SHORT_WINDOW)) {
            ReaderClient client = new ReaderClient(first.port());
            fresh = client.html(client.get(readerPath(origin, story)));
        }
        origin.stop();
        Thread.sleep(SHORT_WINDOW.toMillis() + 200);
        try (ReaderServer second = reader(SHORT_WINDOW)) {
            ReaderClient client = new ReaderClient(second.port());
            HttpResponse<String> r = client.get(readerPath(origin, story));
            assertThat(r.statusCode()).isEqualTo(200);
            Document page = client.html(r);
            assertThat(page.select("h1").text()).isEqualTo(HEADLINE);
            assertStoredCopyNotice(fresh, page);
        }
    }

    @Test
    void anAddressNeverReadIsAnErrorWhenTheOriginIsDown() {
        origin.stop();
        try (ReaderServer reader = reader(Duration.ofMinutes(10))) {
            ReaderClient client = new ReaderClient(reader.port());
            String url = origin.url("/news/never-read");
            ReaderEndToEndTest.assertErrorShape(client.api(url), 502, "unreachable", url);
            assertThat(client.get(readerPath(origin, "/news/never-read")).statusCode()).isEqualTo(502);
        }
    }

    /**
     * The stored copy says it is one: a status line (a {@code role=status} element, or one of class
     * {@code notice}) that the fresh page has not, which speaks of the copy or the origin.
     */
    private static void assertStoredCopyNotice(Document fresh, Document stored) {
        assertThat(fresh.select("[role=status], .notice").text()).as("no notice on a fresh page").isBlank();
        String notice = stored.select("[role=status], .notice").text();
        assertThat(notice).as("a notice on the stored copy").isNotBlank();
        assertThat(notice.toLowerCase(java.util.Locale.ROOT)).containsAnyOf("copy", "saved", "stored", "reach",
                "down", "unavailable");
    }

    private static String page(String headline) {
        return "<!DOCTYPE html><html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + "The council met on Thursday to discuss the timetable for the coming year. ".repeat(6)
                + "</p><p>" + "Residents asked for more evening sailings and a later last boat. ".repeat(6)
                + "</p></article></body></html>";
    }
}
