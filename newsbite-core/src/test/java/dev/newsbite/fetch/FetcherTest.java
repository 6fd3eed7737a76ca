package dev.newsbite.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against a real HTTP server on the loopback interface. */
@Timeout(60)
class FetcherTest {
    private static final String PAGE = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>";
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>";
    private static volatile String lastAccept;
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";

    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static String base;
    private static final Map<String, String> lastHeaders = Collections.synchronizedMap(
            new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    private static final AtomicInteger requests = new AtomicInteger();

    private static final FetchPolicy LOCAL = FetchPolicy.defaults().withAllowPrivate(true);
    private final Fetcher fetcher = new Fetcher(LOCAL);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        route("/page", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), null));
        route("/untyped", ex -> send(ex, 200, null, PAGE.getBytes(StandardCharsets.UTF_8), null));
        route("/gzip", ex -> send(ex, 200, "text/html", gzip(PAGE.getBytes(StandardCharsets.UTF_8)), "gzip"));
        route("/deflate", ex -> send(ex, 200, "text/html", deflate(PAGE.getBytes(StandardCharsets.UTF_8)), "deflate"));
        route("/brotli", ex -> send(ex, 200, "text/html", new byte[] {1, 2, 3}, "br"));
        route("/big", ex -> send(ex, 200, "text/html", new byte[3_000_000], null));
        route("/big-chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 1000; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientWentAway) {
                // Expected: the fetcher stops reading at its cap.
            }
        });
        route("/bomb", ex -> send(ex, 200, "text/html", gzip(new byte[20_000_000]), "gzip"));
        route("/redirect", ex -> redirect(ex, 302, "/page"));
        route("/redirect-absolute", ex -> redirect(ex, 301, base + "/redirect"));
        route("/redirect-ftp", ex -> redirect(ex, 302, "ftp://example.com/file"));
        route("/redirect-other-host", ex -> redirect(ex, 307, base.replace("127.0.0.1", "127.0.0.2") + "/page"));
        route("/loop", ex -> redirect(ex, 302, "/loop"));
        route("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/")) {
                redirect(ex, 302, "page");
            } else {
                send(ex, 404, "text/html", new byte[0], null);
            }
        });
        route("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8), null));
        route("/feed.xml", ex -> {
            lastAccept = ex.getRequestHeaders().getFirst("Accept");
            send(ex, 200, "application/rss+xml; charset=utf-8", RSS.getBytes(StandardCharsets.UTF_8), null);
        });
        route("/image", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
        route("/slow-headers", ex -> {
            sleep(10_000);
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), null);
        });
        route("/slow-body", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(10_000);
            } catch (IOException clientWentAway) {
                // Expected: the fetcher gives up first.
            }
        });
        route("/drip", ex -> {
            // A byte every 50 ms: no single read waits long, so only a deadline on the whole fetch ends it.
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 400; i++) {
                    out.write('x');
                    out.flush();
                    sleep(50);
                }
            } catch (IOException clientWentAway) {
                // Expected: the fetcher gives up at its deadline.
            }
        });
        route("/drip-redirects", ex -> {
            // Each hop is quick, the chain is long: the deadline covers redirects too.
            sleep(150);
            redirect(ex, 302, "/drip-redirects?" + System.nanoTime());
        });
        route("/validated", ex -> {
            String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ex.getResponseHeaders().set("ETag", ETAG);
            ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (ETAG.equals(ifNoneMatch) || LAST_MODIFIED.equals(ifModifiedSince)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
            } else {
                send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), null);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void fetchesAPage() throws Exception {
        FetchResult r = fetcher.fetch(base + "/page");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(r.url()).isEqualTo(URI.create(base + "/page"));
    }

    @Test
    void sendsAnHonestUserAgentAndAsksForCompression() throws Exception {
        fetcher.fetch(base + "/page");
        assertThat(lastHeaders.get("User-Agent")).isEqualTo(FetchPolicy.DEFAULT_USER_AGENT);
        assertThat(lastHeaders.get("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void acceptsAPageWithoutContentType() throws Exception {
        assertThat(fetcher.fetch(base + "/untyped").body()).hasSize(PAGE.length());
    }

    @Test
    void decompressesGzipAndDeflate() throws Exception {
        assertThat(new String(fetcher.fetch(base + "/gzip").body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(new String(fetcher.fetch(base + "/deflate").body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void refusesAnEncodingItDidNotAskFor() {
        assertKind(() -> fetcher.fetch(base + "/brotli"), FetchException.Kind.NOT_HTML);
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        FetchResult r = fetcher.fetch(base + "/redirect-absolute");
        assertThat(r.url()).isEqualTo(URI.create(base + "/page"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void resolvesARelativeRedirectFromAnAddressWithoutPath() throws Exception {
        assertThat(fetcher.fetch(base).url()).isEqualTo(URI.create(base + "/page"));
    }

    @Test
    void stopsAfterTooManyRedirects() {
        assertKind(() -> fetcher.fetch(base + "/loop"), FetchException.Kind.TOO_MANY_REDIRECTS);
        assertKind(() -> new Fetcher(LOCAL.withMaxRedirects(1)).fetch(base + "/redirect-absolute"),
                FetchException.Kind.TOO_MANY_REDIRECTS);
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/redirect-ftp"))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("ftp://example.com/file")
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.BAD_URL);
    }

    @Test
    void checksTheAddressOfEveryRedirectHop() throws Exception {
        // 127.0.0.1 stands in for a public host, 127.0.0.2 for an intranet one.
        Fetcher guarded = new Fetcher(FetchPolicy.defaults(),
                a -> a.getHostAddress().equals("127.0.0.1") ? null : "a private address");
        assertThat(guarded.fetch(base + "/page").status()).isEqualTo(200);
        assertThatThrownBy(() -> guarded.fetch(base + "/redirect-other-host"))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("127.0.0.2")
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.REFUSED_ADDRESS);
    }

    @Test
    void refusesLoopbackAndPrivateAddressesByDefault() {
        Fetcher strict = new Fetcher(FetchPolicy.defaults());
        int before = requests.get();
        int port = server.getAddress().getPort();
        for (String url : new String[] {base + "/page", "http://localhost:" + port + "/page",
            "http://[::1]:" + port + "/page", "http://0.0.0.0:" + port + "/page", "http://2130706433:" + port + "/page",
            "http://[::ffff:127.0.0.1]:" + port + "/page", "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/", "http://192.168.0.1/"}) {
            assertThatThrownBy(() -> strict.fetch(url))
                    .as(url)
                    .isInstanceOf(FetchException.class)
                    .hasMessageStartingWith("refused: ")
                    .extracting(e -> ((FetchException) e).kind())
                    .isEqualTo(FetchException.Kind.REFUSED_ADDRESS);
        }
        assertThat(requests.get()).as("requests that reached the server").isEqualTo(before);
    }

    @Test
    void capsTheBodyAsSentAndDecompressed() {
        Fetcher small = new Fetcher(LOCAL.withMaxBytes(1_000_000));
        assertKind(() -> small.fetch(base + "/big"), FetchException.Kind.TOO_LARGE);
        assertKind(() -> small.fetch(base + "/big-chunked"), FetchException.Kind.TOO_LARGE);
        assertKind(() -> small.fetch(base + "/bomb"), FetchException.Kind.TOO_LARGE);
    }

    @Test
    void reportsHttpErrorsWithTheirStatus() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/missing"))
                .isInstanceOf(FetchException.class)
                .hasMessage("HTTP 404 from " + base + "/missing")
                .satisfies(e -> assertThat(((FetchException) e).status()).isEqualTo(404))
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(FetchException.Kind.HTTP_STATUS);
    }

    @Test
    void refusesWhatIsNotHtml() {
        assertKind(() -> fetcher.fetch(base + "/image"), FetchException.Kind.NOT_HTML);
        assertKind(() -> fetcher.fetch(base + "/feed.xml"), FetchException.Kind.NOT_HTML);
    }

    @Test
    void takesAFeedOnlyWhenAskedForAPageOrFeed() throws Exception {
        FetchResult feed = fetcher.fetchPageOrFeed(URI.create(base + "/feed.xml"), Validators.none());
        assertThat(new String(feed.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(lastAccept).startsWith("application/atom+xml,application/rss+xml");
        assertThat(fetcher.fetchPageOrFeed(URI.create(base + "/page"), Validators.none()).body()).isNotEmpty();
        assertKind(() -> fetcher.fetchPageOrFeed(URI.create(base + "/image"), Validators.none()),
                FetchException.Kind.NOT_HTML);
    }

    @Test
    void timesOutOnSlowHeadersAndSlowBodies() {
        Fetcher impatient = new Fetcher(LOCAL.withTotalTimeout(Duration.ofMillis(700)));
        long start = System.nanoTime();
        assertKind(() -> impatient.fetch(base + "/slow-headers"), FetchException.Kind.TIMEOUT);
        assertKind(() -> impatient.fetch(base + "/slow-body"), FetchException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void oneDeadlineForTheWholeFetchEvenWhenEveryReadIsQuick() {
        Fetcher impatient = new Fetcher(LOCAL.withTotalTimeout(Duration.ofMillis(700)).withMaxRedirects(50));
        for (String path : new String[] {"/drip", "/drip-redirects"}) {
            long start = System.nanoTime();
            assertKind(() -> impatient.fetch(base + path), FetchException.Kind.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aNameServerThatNeverAnswersDoesNotOutlastTheDeadline() {
        HostResolver silent = host -> {
            sleep(10_000);
            throw new java.net.UnknownHostException(host);
        };
        Fetcher impatient = new Fetcher(LOCAL.withTotalTimeout(Duration.ofMillis(500)), silent, null);
        long start = System.nanoTime();
        assertKind(() -> impatient.fetch("http://slow-dns.test/"), FetchException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aSharedFetcherServesManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String url = i % 2 == 0 ? base + "/page" : base + "/gzip";
                results.add(pool.submit(() -> fetcher.fetch(url)));
            }
            for (Future<FetchResult> f : results) {
                assertThat(new String(f.get(30, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unreachableWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertKind(() -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/"), FetchException.Kind.UNREACHABLE);
    }

    @Test
    void unreachableWhenTheNameDoesNotResolve() {
        assertKind(() -> new Fetcher(FetchPolicy.defaults()).fetch("http://no-such-host.invalid/"),
                FetchException.Kind.UNREACHABLE);
    }

    @Test
    void badUrls() {
        for (String url : new String[] {"ftp://example.com/", "file:///etc/passwd", "example.com/news", "http://",
            "http://exa mple.com:x/", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> fetcher.fetch(url))
                    .as(url)
                    .isInstanceOf(FetchException.class)
                    .extracting(e -> ((FetchException) e).kind())
                    .isEqualTo(FetchException.Kind.BAD_URL);
        }
    }

    @Test
    void internationalHostNamesAreSentInTheirAsciiForm() throws Exception {
        assertThat(HttpUrls.parse("https://bücher.example/über?q=ä").toString())
                .isEqualTo("https://xn--bcher-kva.example/%C3%BCber?q=%C3%A4");
    }

    @Test
    void revalidatesWithEtagOrLastModified() throws Exception {
        FetchResult first = fetcher.fetch(base + "/validated");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo(ETAG);
        assertThat(first.lastModified()).isEqualTo(LAST_MODIFIED);

        FetchResult again = fetcher.fetch(URI.create(base + "/validated"), first.validators());
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isEmpty();
        assertThat(again.etag()).isEqualTo(ETAG);
        assertThat(lastHeaders.get("If-None-Match")).isEqualTo(ETAG);

        FetchResult byDate = fetcher.fetch(URI.create(base + "/validated"), new Validators(null, LAST_MODIFIED));
        assertThat(byDate.notModified()).isTrue();

        FetchResult changed = fetcher.fetch(URI.create(base + "/validated"), new Validators("\"v0\"", null));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).isNotEmpty();
    }

    @Test
    void messagesAreOneLine() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).message().doesNotContain("\n");
        assertThatThrownBy(() -> new Fetcher(FetchPolicy.defaults()).fetch(base + "/page")).message().doesNotContain("\n");
    }

    private static void assertKind(ThrowingCallable call, FetchException.Kind kind) {
        assertThatThrownBy(call)
                .isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).kind())
                .isEqualTo(kind);
    }

    private static void route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            requests.incrementAndGet();
            ex.getRequestHeaders().forEach((k, v) -> lastHeaders.put(k, v.get(0)));
            try {
                handler.handle(ex);
            } finally {
                ex.close();
            }
        });
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String encoding) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        if (encoding != null) {
            ex.getResponseHeaders().set("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException clientWentAway) {
            // The fetcher may stop reading (a cap); that is its right.
        }
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(data);
        }
        return out.toByteArray();
    }
}
