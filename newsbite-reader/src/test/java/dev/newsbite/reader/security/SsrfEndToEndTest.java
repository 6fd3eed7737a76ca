package dev.newsbite.reader.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.ReaderStartException;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server-side request forgery through the reader, as a stranger would try it: addresses handed to
 * {@code /api/article?url=} and typed as reader paths ({@code /http:host:port/path}). A reader
 * started without {@code --allow-private} answers 403 {@code refused} (or 400 {@code bad-url}
 * when the address is not an http(s) URL at all), and the loopback origin on the other end sees
 * no request. Redirects from an allowed origin and names that resolve to private addresses need
 * a test resolver the reader does not take; the fetcher's own suite ({@code SsrfTest},
 * {@code DnsRebindingTest} in newsbite-core) covers those.
 */
@Timeout(120)
class SsrfEndToEndTest {
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger REACHED = new AtomicInteger();

    @TempDir
    static Path data;
    static OriginServer origin;
    static ReaderServer reader;
    static ReaderClient client;

    @BeforeAll
    static void start() throws ReaderStartException {
        origin = OriginServer.start();
        reader = ReaderServer.start(TestReaders.config(data, false, Duration.ofMinutes(10)));
        client = new ReaderClient(reader.port());
    }

    @AfterAll
    static void stop() {
        System.out.printf("SSRF (reader): %d refused out of %d tried; requests that reached the origin: %d%n",
                REFUSED.get(), TRIED.get(), REACHED.get());
        if (reader != null) {
            reader.close();
        }
        origin.close();
    }

    record Target(String url, int status, String kind) {
        @Override
        public String toString() {
            return url;
        }
    }

    /** URLs for {@code /api/article?url=}. */
    static Stream<Target> apiTargets() {
        String p = ":" + origin.port();
        List<Target> t = new ArrayList<>();
        for (String host : new String[] {"127.0.0.1", "127.0.0.2", "127.255.255.254", "2130706433", "0x7f000001",
            "017700000001", "0177.0.0.1", "0", "0.0.0.0", "localhost", "localhost.", "LocalHost", "news.localhost",
            "[::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]",
            "[2002:7f00:1::]"}) {
            t.add(refused("http://" + host + p + "/news/secret"));
        }
        for (String host : new String[] {"10.0.0.5", "172.16.0.1", "172.31.255.254", "192.168.1.1", "100.64.0.1",
            "169.254.169.254", "2852039166", "0xa9fea9fe", "[fe80::1]", "[fd00::1]", "[fc00::1]", "[fec0::1]",
            "[::ffff:169.254.169.254]", "[64:ff9b::a00:5]", "[ff02::1]", "224.0.0.1", "255.255.255.255", "240.0.0.1",
            "198.18.0.1", "192.0.2.1", "198.51.100.1", "203.0.113.1", "[2001:db8::1]"}) {
            t.add(refused("http://" + host + "/latest/meta-data/"));
        }
        t.add(refused("https://127.0.0.1" + p + "/news/secret"));
        t.add(refused("http://example.com@127.0.0.1" + p + "/news/secret"));
        t.add(refused("http://127.0.0.1" + p + "#@example.com/"));
        t.add(refused("http://127.0.0.1" + p + "?@example.com/"));
        // Pasted without a scheme: the reader assumes https, and the address is still what counts.
        t.add(refused("127.0.0.1" + p + "/news/secret"));
        t.add(refused("localhost" + p + "/news/secret"));
        for (String url : new String[] {"http://127.0.0.1" + p + "\\@example.com/", "http://127.1" + p + "/news/secret",
            "http://0x7f.1" + p + "/news/secret", "file:///etc/passwd", "file://localhost/etc/passwd",
            "gopher://127.0.0.1" + p + "/_GET", "jar:http://127.0.0.1" + p + "/x.jar!/", "ftp://127.0.0.1" + p + "/",
            "dict://127.0.0.1:11211/stats", "ldap://127.0.0.1/dc=example", "data:text/html,%3Ch1%3Ex%3C/h1%3E",
            "javascript:alert(1)", "netdoc:///etc/passwd"}) {
            t.add(new Target(url, 400, "bad-url"));
        }
        return t.stream();
    }

    /**
     * Origins for reader paths (those the reader's path syntax can carry: IPv6 literals cannot be,
     * as the web server answers 400 to raw brackets in a path before the reader sees it).
     */
    static Stream<String> readerPathTargets() {
        String p = ":" + origin.port();
        return Stream.of("/http:127.0.0.1" + p + "/news/secret", "/http:127.0.0.2" + p + "/news/secret",
                "/http:0177.0.0.1" + p + "/news/secret", "/http:0.0.0.0" + p + "/news/secret",
                "/http:localhost" + p + "/news/secret", "/http:localhost." + p + "/news/secret",
                "/http:news.localhost" + p + "/news/secret", "/127.0.0.1" + p + "/news/secret",
                "/https://127.0.0.1" + p + "/news/secret", "/http:10.0.0.5/admin", "/http:192.168.1.1/",
                "/http:169.254.169.254/latest/meta-data/", "/169.254.169.254/latest/meta-data/.json",
                "/http:172.16.0.1/", "/http:192.168.0.1:8080/", "/http:100.64.0.1/news/secret.txt",
                "/http:127.0.0.1" + p + "/news/secret.md");
    }

    private static Target refused(String url) {
        return new Target(url, 403, "refused");
    }

    @ParameterizedTest(name = "[{index}] api {0}")
    @MethodSource("apiTargets")
    void theApiRefusesAndNeverReachesTheOrigin(Target target) {
        TRIED.incrementAndGet();
        int before = origin.totalHits();
        HttpResponse<String> r = client.api(target.url());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(target.status());
        assertThat(ReaderClient.contentType(r)).startsWith("application/json");
        JsonNode error = ReaderClient.json(r).path("error");
        assertThat(error.path("kind").asText()).as(r.body()).isEqualTo(target.kind());
        assertThat(error.path("message").asText()).as(r.body()).isNotBlank().doesNotContain("\n");
        assertThat(reached(before)).as("requests that reached the origin").isZero();
        REFUSED.incrementAndGet();
    }

    @ParameterizedTest(name = "[{index}] path {0}")
    @MethodSource("readerPathTargets")
    void theReaderPathRefusesWithAClearPageAndNeverReachesTheOrigin(String path) throws IOException {
        TRIED.incrementAndGet();
        int before = origin.totalHits();
        RawResponse r = rawGet(path);
        if (r.status() == 301 && r.location() != null) {
            // A pasted form, sent on to its canonical reader path: follow it once.
            String location = r.location();
            r = rawGet(location.startsWith("http") ? location.substring(client.base().length()) : location);
        }
        assertThat(r.status()).as(path + ": " + r.head()).isEqualTo(403);
        String type = path.endsWith(".json") ? "application/json" : path.endsWith(".txt") || path.endsWith(".md")
                ? "text/plain" : "text/html";
        assertThat(r.head()).as("the refusal in the format asked for").containsIgnoringCase("content-type: " + type);
        assertThat(reached(before)).as("requests that reached the origin").isZero();
        REFUSED.incrementAndGet();
    }

    private record RawResponse(int status, String head, String location) {
    }

    /**
     * GET {@code path} exactly as given, as a browser sends it: brackets of IPv6 literals stay raw
     * in the path, which java.net.URI (and so the JDK client) will not send.
     */
    private static RawResponse rawGet(String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), reader.port())) {
            s.setSoTimeout(15_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + reader.port()
                    + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String location = null;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "location:", 0, 9)) {
                    location = line.substring(9).strip();
                }
            }
            return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, location);
        }
    }

    private static int reached(int before) {
        int n = origin.totalHits() - before;
        REACHED.addAndGet(n);
        return n;
    }

    @Test
    void theSuiteIsLargeEnough() {
        assertThat(apiTargets().count() + readerPathTargets().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theReaderStillReadsWhenTheOriginIsAllowed() throws ReaderStartException {
        // The same origin through a reader that allows private addresses: the refusals above are
        // the address rule's doing, not a broken origin or route.
        try (ReaderServer open = ReaderServer.start(TestReaders.config(data.resolve("open"), true, Duration.ofMinutes(10)))) {
            HttpResponse<String> r = new ReaderClient(open.port()).api(origin.url("/news/2026/11/27/harbour-ferries-night-service"));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }
}
