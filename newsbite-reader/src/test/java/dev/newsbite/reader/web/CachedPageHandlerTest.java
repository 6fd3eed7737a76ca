package dev.newsbite.reader.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.reader.ReaderConfig;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.render.Format;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page read before comes from the fast path, and it answers exactly as the first read did. */
class CachedPageHandlerTest {
    private static final String ARTICLE = "/news/2026/11/27/harbour-bridge-reopens";
    private static final List<String> SAME_HEADERS = List.of("content-type", "etag", "cache-control", "last-modified",
            "content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options");

    @TempDir
    Path data;

    private OriginServer origin;
    private ReaderServer reader;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        origin = OriginServer.start();
        reader = ReaderServer.start(ReaderConfig.defaults().withPort(0).withDataDir(data)
                .withFetchPolicy(FetchPolicy.defaults().withAllowPrivate(true).withTotalTimeout(Duration.ofSeconds(5))));
    }

    @AfterEach
    void stop() {
        reader.close();
        origin.close();
    }

    private HttpResponse<byte[]> get(String path, String method, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(reader.baseUri().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyFormatAnswersTheSameTheSecondTime() throws Exception {
        for (Format format : Format.values()) {
            String path = ReaderAddress.pathFor(URI.create(origin.url(ARTICLE)), format);
            HttpResponse<byte[]> first = get(path, "GET", null);
            HttpResponse<byte[]> second = get(path, "GET", null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(second.statusCode()).as(path).isEqualTo(200);
            assertThat(second.body()).as(path).isEqualTo(first.body());
            for (String name : SAME_HEADERS) {
                assertThat(normal(second.headers().firstValue(name).orElse(null))).as(path + " " + name)
                        .isEqualTo(normal(first.headers().firstValue(name).orElse(null)));
            }
            assertThat(second.headers().firstValue("content-security-policy")).isPresent();
            // Only the fast path sends a length up front (the application streams its answer).
            assertThat(second.headers().firstValueAsLong("content-length")).as(path).hasValue(second.body().length);
        }
        assertThat(origin.hits(ARTICLE)).isEqualTo(1);
    }

    @Test
    void aKnownEtagGets304AndHeadGetsNoBody() throws Exception {
        String path = ReaderAddress.pathFor(URI.create(origin.url(ARTICLE)), Format.HTML);
        HttpResponse<byte[]> first = get(path, "GET", null);
        String etag = first.headers().firstValue("etag").orElseThrow();
        HttpResponse<byte[]> unchanged = get(path, "GET", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(get(path, "GET", "\"something-else\"").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> head = get(path, "HEAD", null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("content-length")).hasValue(first.body().length);
    }

    @Test
    void otherMethodsNeverTakeTheFastPath() throws Exception {
        String path = ReaderAddress.pathFor(URI.create(origin.url(ARTICLE)), Format.HTML);
        get(path, "GET", null);
        assertThat(get(path, "POST", null).statusCode()).isIn(404, 405);
        assertThat(get(path, "DELETE", null).statusCode()).isIn(404, 405);
    }

    /** Jetty and Javalin space a Content-Type's parameters differently; the meaning is what counts. */
    private static String normal(String value) {
        return value == null ? null : value.replace("; ", ";").toLowerCase(java.util.Locale.ROOT);
    }
}
