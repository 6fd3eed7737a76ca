package dev.newsbite.reader.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbite.reader.RateLimits;
import dev.newsbite.reader.ReaderConfig;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.RawHttp;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests from anyone: absurd addresses and headers get a clean 4xx (never a 500, never a stack
 * trace); endless distinct addresses leave memory and the store bounded; a crowd asking for one new
 * page makes one origin request; a client past its rate gets a clear 429.
 */
class RequestAbuseTest {
    private static final String ARTICLE = "/news/2026/11/27/harbour-bridge-reopens";

    @TempDir
    Path data;

    private OriginServer origin;
    private ReaderServer reader;

    @BeforeEach
    void startOrigin() {
        origin = OriginServer.start();
    }

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.close();
        }
        origin.close();
    }

    private ReaderConfig config() {
        return TestReaders.config(data, true, Duration.ofMinutes(10)).withRateLimits(RateLimits.none());
    }

    private ReaderClient start(ReaderConfig config) throws Exception {
        reader = ReaderServer.start(config);
        return new ReaderClient(reader.port());
    }

    static Stream<Arguments> absurdRequests() {
        String o = "/http:127.0.0.1:{port}";
        return Stream.of(
                Arguments.of("100 KB path", "/" + "a".repeat(100_000), new String[0]),
                Arguments.of("100 KB reader path", o + "/news/" + "b".repeat(100_000), new String[0]),
                Arguments.of("100 KB url parameter", "/api/article?url=" + "c".repeat(100_000), new String[0]),
                Arguments.of("invalid percent-encoding", o + "/news/%zz%g%", new String[0]),
                Arguments.of("invalid percent-encoding in the host", "/127.0.0.%zz/news/x", new String[0]),
                Arguments.of("percent-encoded NUL", o + "/news/a%00b", new String[0]),
                Arguments.of("control character", o + "/news/a\u0001b", new String[0]),
                Arguments.of("escape and bell", o + "/news/\u001b[31m\u0007", new String[0]),
                Arguments.of("raw UTF-8 in the path", o + "/news/" + utf8AsLatin1("ünïcödé-☃-𝄞"), new String[0]),
                Arguments.of("unicode host", "/" + utf8AsLatin1("ünïcödé.example") + "/news", new String[0]),
                Arguments.of("dot-dot segments", o + "/../../../../etc/passwd", new String[0]),
                Arguments.of("encoded dot-dot segments", "/%2e%2e/%2e%2e/etc/passwd", new String[0]),
                Arguments.of("dot-dot out of the host", "/127.0.0.1:{port}/../../http:127.0.0.1:{port}/news/x", new String[0]),
                Arguments.of("backslashes", o + "\\..\\..\\windows\\win.ini", new String[0]),
                Arguments.of("javascript url", "/read?url=javascript:alert(1)", new String[0]),
                Arguments.of("file url", "/api/article?url=file:///etc/passwd", new String[0]),
                Arguments.of("absolute-form target", "http://127.0.0.1:1/etc/passwd", new String[0]),
                Arguments.of("asterisk target", "*", new String[0]),
                Arguments.of("huge header", "/", new String[] {"X-Huge: " + "h".repeat(100_000)}),
                Arguments.of("many headers", "/", manyHeaders(5_000)),
                Arguments.of("huge cookie", "/healthz", new String[] {"Cookie: a=" + "c".repeat(64_000)}),
                Arguments.of("header with control characters", "/", new String[] {"X-Bad: a\u0001\u0002b"}),
                Arguments.of("bad content length", "/", new String[] {"Content-Length: -5"}),
                Arguments.of("bad Host", "/", new String[] {"Host: a b c"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("absurdRequests")
    void absurdRequestsGetACleanAnswer(String name, String target, String[] headers) throws Exception {
        start(config());
        RawHttp.Response r = RawHttp.get(reader.port(), target.replace("{port}", String.valueOf(origin.port())), headers);
        System.out.printf("abuse %-40s -> %d%n", name, r.status());
        assertThat(r.status()).as(name + ": " + r.head()).isBetween(200, 499);
        assertThat(r.status()).as(name).isNotEqualTo(0);
        assertThat(r.body()).as(name).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.").doesNotContain("at dev.");
        assertThat(RawHttp.get(reader.port(), "/healthz").status()).as("healthy after " + name).isEqualTo(200);
    }

    @Test
    void aBadRequestLineIsA400() throws Exception {
        start(config());
        for (String junk : List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n",
                "FOO / HTTP/1.1\r\nHost: x\r\n\r\n")) {
            RawHttp.Response r = RawHttp.send(reader.port(), "127.0.0.1", junk.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThat(r.status()).as(junk.strip()).isBetween(400, 505).isNotEqualTo(500);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void thousandsOfDistinctAddressesLeaveMemoryAndTheStoreBounded() throws Exception {
        int pages = 1_500;
        int keep = 100;
        int memory = 50;
        ReaderClient client = start(config().withMemoryEntries(memory).withMaxStoredPages(keep));
        String base = "/http:127.0.0.1:" + origin.port() + ARTICLE + "?n=";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger ok = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < pages; i += 4) {
                        if (client.get(base + i).statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ok.get()).isEqualTo(pages);
        JsonNode health = waitForStoreWrites(client, pages);
        System.out.println("after " + pages + " distinct pages: " + health);
        JsonNode mem = health.path("memory");
        assertThat(mem.path("pages").asLong()).as("pages in memory").isLessThanOrEqualTo(memory);
        assertThat(mem.path("renderedBytes").asLong()).as("rendered bytes in memory")
                .isLessThanOrEqualTo(mem.path("renderedMaxBytes").asLong()).isPositive();
        assertThat(mem.path("renderedMaxBytes").asLong()).isEqualTo(memory * 64L * 1024);
        assertThat(health.path("store").path("evicted").asLong()).isEqualTo(pages - keep);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqlitePageStore.FILE_NAME));
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), min(url) FROM page")) {
            rs.next();
            assertThat(rs.getInt(1)).as("pages in the store").isEqualTo(keep);
        }
        // The newest stay: the last page read is still served from the store after memory let it go.
        assertThat(client.get(base + (pages - 1)).statusCode()).isEqualTo(200);
        assertThat(origin.hits(ARTICLE)).as("the last page came from memory or the store").isEqualTo(pages);
    }

    /** /healthz once the store writer has done {@code writes} writes (or after 30 s). */
    private static JsonNode waitForStoreWrites(ReaderClient client, int writes) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode health;
        do {
            health = ReaderClient.json(client.get("/healthz"));
            if (health.path("store").path("written").asLong() >= writes && health.path("store").path("pending").asInt() == 0) {
                return health;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        return health;
    }

    @Test
    void fiftyClientsAskingForOneNewPageMakeOneOriginRequest() throws Exception {
        ReaderClient client = start(config());
        String slow = "/slow/1/crowd";
        String path = "/http:127.0.0.1:" + origin.port() + slow;
        int clients = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                // Half HTML, half text: two renderings of one reading.
                String p = i % 2 == 0 ? path : path + ".txt";
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.get(p).statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> f : answers) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(origin.hits(slow)).as("origin requests for one page asked by %d clients at once", clients).isEqualTo(1);
    }

    @Test
    void firstReadsPastTheRateGetA429AndPagesReadBeforeAreStillServed() throws Exception {
        RateLimits limits = new RateLimits(6, 3, 0, 0, true);
        ReaderClient client = start(config().withRateLimits(limits));
        String base = "/http:127.0.0.1:" + origin.port() + ARTICLE + "?rate=";
        for (int i = 0; i < 3; i++) {
            assertThat(client.get(base + i).statusCode()).as("first read %d within the burst", i).isEqualTo(200);
        }
        HttpResponse<String> page = client.get(base + "3");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("retry-after")).isPresent();
        long retry = Long.parseLong(page.headers().firstValue("retry-after").orElseThrow());
        assertThat(retry).as("seconds until the next first read (6 a minute)").isBetween(1L, 10L);
        assertThat(ReaderClient.contentType(page)).startsWith("text/html");
        assertThat(client.html(page).select(".error-rate-limited h1").text()).isEqualTo("Too many requests from your address");
        HttpResponse<String> api = client.api(origin.url(ARTICLE + "?rate=api"));
        assertThat(api.statusCode()).isEqualTo(429);
        JsonNode error = ReaderClient.json(api).path("error");
        assertThat(error.path("kind").asText()).isEqualTo("rate-limited");
        assertThat(error.path("status").asInt()).isEqualTo(429);
        assertThat(error.path("retryAfter").asLong()).isPositive();
        // Pages read before cost no origin fetch: still served, in any format.
        assertThat(client.get(base + "0").statusCode()).isEqualTo(200);
        assertThat(client.get(base + "1").statusCode()).isEqualTo(200);
        assertThat(origin.hits(ARTICLE)).as("origin requests").isEqualTo(3);
        // Another client is not held to this one's rate.
        RawHttp.Response other = RawHttp.getFrom("127.0.0.2", reader.port(), base + "other");
        assertThat(other.status()).as("first read from 127.0.0.2").isEqualTo(200);
    }

    @Test
    void requestsPastTheLooseRateGetA429BeforeAnyWork() throws Exception {
        RateLimits limits = new RateLimits(0, 0, 60, 20, true);
        start(config().withRateLimits(limits));
        int granted = 0;
        RawHttp.Response refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            RawHttp.Response r = RawHttp.get(reader.port(), "/healthz");
            if (r.status() == 200) {
                granted++;
            } else {
                refused = r;
            }
        }
        assertThat(granted).as("requests within the burst").isBetween(20, 21);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Too many requests from your address").doesNotContain("Exception");
        assertThat(refused.header("Content-Security-Policy")).isNotBlank();
        RawHttp.Response json = RawHttp.get(reader.port(), "/api/article?url=x");
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.body()).contains("\"kind\":\"rate-limited\"");
        // Another address has its own bucket.
        assertThat(RawHttp.getFrom("127.0.0.2", reader.port(), "/healthz").status()).isEqualTo(200);
    }

    @Test
    void loopbackIsNotLimitedByDefault() throws Exception {
        start(config().withRateLimits(RateLimits.defaults().withRequests(60, 5)));
        for (int i = 0; i < 30; i++) {
            assertThat(RawHttp.get(reader.port(), "/healthz").status()).isEqualTo(200);
        }
    }

    private static String[] manyHeaders(int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = "X-H" + i + ": v";
        }
        return out;
    }

    private static String utf8AsLatin1(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
