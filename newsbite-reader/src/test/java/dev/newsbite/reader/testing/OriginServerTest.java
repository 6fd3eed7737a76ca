package dev.newsbite.reader.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test origin itself does what the reader's tests rely on. */
class OriginServerTest {
    private static OriginServer origin;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @BeforeAll
    static void start() {
        origin = OriginServer.start();
    }

    @AfterAll
    static void stop() {
        origin.close();
    }

    @BeforeEach
    void reset() {
        origin.resetCounts();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin.url(path))).timeout(Duration.ofSeconds(5));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void articleCarriesValidatorsAndItsOwnOriginInLinks() throws Exception {
        HttpResponse<byte[]> r = get("/news/2026/11/27/harbour-ferries-night-service");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("etag")).isPresent();
        assertThat(r.headers().firstValue("last-modified")).hasValue("Fri, 27 Nov 2026 09:12:00 GMT");
        assertThat(text(r)).contains("<h1 class=\"headline\">Harbour ferries")
                .contains("http://127.0.0.1:" + origin.port() + "/news/")
                .doesNotContain("{{origin}}");
    }

    @Test
    void conditionalRequestsGet304AndAreCounted() throws Exception {
        String path = "/news/conditional";
        String etag = get(path).headers().firstValue("etag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", "Sat, 28 Nov 2026 00:00:00 GMT").statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", "Thu, 26 Nov 2026 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(origin.hits(path)).isEqualTo(5);
        assertThat(origin.notModified(path)).isEqualTo(2);
    }

    @Test
    void listingLinksToArticlesOnTheSameOrigin() throws Exception {
        String html = text(get("/section/city"));
        assertThat(html.split("class=\"teaser-title\"", -1)).hasSize(9);
        assertThat(html).contains("href=\"/news/2026/11/25/market-hall-reopens\"")
                .contains("href=\"" + origin.url("/news/2026/11/26/bridge-repairs-delayed") + "\"");
    }

    @Test
    void redirectChainHopsOneByOneToTheArticle() throws Exception {
        HttpResponse<byte[]> first = get("/hop/3/story");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("location")).hasValue("/hop/2/story");
        assertThat(get("/hop/1/story").headers().firstValue("location")).hasValue("/news/story");
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> end = following.send(HttpRequest.newBuilder(URI.create(origin.url("/hop/3/story"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.uri().getPath()).isEqualTo("/news/story");
    }

    @Test
    void errorStatusesAndUnknownPaths() throws Exception {
        assertThat(get("/status/404").statusCode()).isEqualTo(404);
        assertThat(get("/status/500").statusCode()).isEqualTo(500);
        assertThat(get("/nothing/here").statusCode()).isEqualTo(404);
    }

    @Test
    void gzipOnlyWhenAccepted() throws Exception {
        HttpResponse<byte[]> packed = get("/gzip/story", "Accept-Encoding", "gzip, deflate");
        assertThat(packed.headers().firstValue("content-encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(packed.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Harbour ferries");
        }
        assertThat(get("/gzip/story").headers().firstValue("content-encoding")).isEmpty();
    }

    @Test
    void oversizedSendsExactlyTheBytesAsked() throws Exception {
        assertThat(get("/oversized/300000").body()).hasSize(300_000);
        HttpResponse<byte[]> declared = get("/oversized/200000?length=declared");
        assertThat(declared.headers().firstValue("content-length")).hasValue("200000");
        assertThat(declared.body()).hasSize(200_000);
    }

    @Test
    void wrongCharsets() throws Exception {
        byte[] latin1 = get("/charset/header-utf8-latin1-bytes").body();
        assertThat(new String(latin1, StandardCharsets.ISO_8859_1)).contains("Café Müller").contains("charset=\"utf-8\"");
        HttpResponse<byte[]> utf8 = get("/charset/meta-latin1-utf8-bytes");
        assertThat(utf8.headers().firstValue("content-type")).hasValue("text/html");
        assertThat(text(utf8)).contains("Café Müller").contains("charset=\"iso-8859-1\"");
    }

    @Test
    void slowAnswersAfterItsDelay() throws Exception {
        long t0 = System.nanoTime();
        assertThat(get("/slow/1/story").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void notHtmlAndImages() throws Exception {
        assertThat(get("/files/report.pdf").headers().firstValue("content-type")).hasValue("application/pdf");
        HttpResponse<byte[]> png = get("/img/ferry-terminal.png");
        assertThat(png.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void putPagesAreServedWithValidators() throws Exception {
        origin.put("/custom/page", "<html><body><h1>Custom</h1></body></html>");
        HttpResponse<byte[]> r = get("/custom/page");
        assertThat(text(r)).contains("Custom");
        assertThat(get("/custom/page", "If-None-Match", r.headers().firstValue("etag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    @Test
    void recordsRequestHeaders() throws Exception {
        get("/news/with-agent", "User-Agent", "TestAgent/1");
        assertThat(origin.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/news/with-agent");
            assertThat(r.header("User-Agent")).isEqualTo("TestAgent/1");
        });
    }

    @Test
    void stopRefusesConnectionsAndRestartComesBackOnTheSamePort() throws Exception {
        try (OriginServer own = OriginServer.start()) {
            int port = own.port();
            HttpRequest req = HttpRequest.newBuilder(URI.create(own.url("/news/x"))).timeout(Duration.ofSeconds(2)).build();
            assertThat(CLIENT.send(req, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            own.stop();
            assertThatThrownBy(() -> CLIENT.send(req, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(ConnectException.class);
            own.restart();
            assertThat(own.port()).isEqualTo(port);
            assertThat(CLIENT.send(req, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(own.hits("/news/x")).isEqualTo(2);
        }
    }
}
