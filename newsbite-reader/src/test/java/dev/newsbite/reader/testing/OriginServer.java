package dev.newsbite.reader.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A real news origin on loopback for tests: the JDK's HTTP server on 127.0.0.1, serving the
 * hand-written pages under {@code src/test/resources/origin/} and the awkward answers a reader
 * meets on the open web. Every request is counted per path, so a test can say "the origin was not
 * touched"; {@link #stop()} and {@link #restart()} (same port) let a test take the origin down.
 *
 * <p>Paths ({@code {origin}} in a fixture becomes {@code http://127.0.0.1:port}):
 * <ul>
 *   <li>{@code /news/**}: the article (ETag and Last-Modified; 304 to a matching conditional request)
 *   <li>{@code /hostile/**}: an article full of scripts and inline handlers
 *   <li>{@code /section/city}: a listing page of 8 teasers linking to {@code /news/...}
 *   <li>{@code /hop/N/rest}: N redirects (302), the last one to {@code /news/rest}
 *   <li>{@code /status/N}: an HTML page with status N (404, 500, ...)
 *   <li>{@code /slow/S/rest}: the article after S seconds (at most {@value #MAX_SLOW_SECONDS})
 *   <li>{@code /slowms/M/rest}: the article after M milliseconds (at most {@value #MAX_SLOW_SECONDS} s),
 *       as a typical slow origin for load tests
 *   <li>{@code /oversized/B}: B bytes of HTML (at most {@value #MAX_OVERSIZED_BYTES}), streamed
 *       without a length; {@code ?length=declared} sends a Content-Length
 *   <li>{@code /gzip/**}: the article gzip-compressed when the client accepts it
 *   <li>{@code /charset/header-utf8-latin1-bytes}: says UTF-8 (header and meta), sends Latin-1
 *   <li>{@code /charset/meta-latin1-utf8-bytes}: no charset in the header, meta says ISO-8859-1,
 *       sends UTF-8 (a converted page that kept its old declaration)
 *   <li>{@code /files/report.pdf}: not HTML
 *   <li>{@code /img/**}: a small PNG
 *   <li>any path given to {@link #put}: that body, with validators like the article
 * </ul>
 */
public final class OriginServer implements AutoCloseable {
    public static final int MAX_SLOW_SECONDS = 30;
    public static final int MAX_OVERSIZED_BYTES = 64 * 1024 * 1024;
    /** The date every fixture claims as its last change (If-Modified-Since at or after it gets a 304). */
    public static final ZonedDateTime LAST_MODIFIED = ZonedDateTime.parse("2026-11-27T09:12:00Z");

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final String HTML = "text/html; charset=utf-8";

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Page> puts = new ConcurrentHashMap<>();
    private final byte[] image = Png.gradient(480, 270);
    private volatile int port;
    private HttpServer server;
    private ExecutorService workers;

    /** One request as the origin saw it. */
    public record Request(String method, String path, String query, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private record Page(String contentType, byte[] body, String etag) {
    }

    private OriginServer() {
    }

    /** Starts an origin on a free loopback port. */
    public static OriginServer start() {
        OriginServer origin = new OriginServer();
        origin.bind(0);
        return origin;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:port} + {@code pathAndQuery}. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    /** Requests for {@code path} (without the query) since start or {@link #resetCounts()}. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** All requests since start or {@link #resetCounts()}. */
    public int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Requests for {@code path} answered 304 Not Modified. */
    public int notModified(String path) {
        AtomicInteger n = notModified.get(path);
        return n == null ? 0 : n.get();
    }

    /** Every request seen, oldest first. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void resetCounts() {
        hits.clear();
        notModified.clear();
        requests.clear();
    }

    /** Serves {@code html} (UTF-8) at {@code path} from now on, with validators derived from it. */
    public void put(String path, String html) {
        put(path, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String path, String contentType, byte[] body) {
        puts.put(path, new Page(contentType, body.clone(), etagOf(body)));
    }

    /** Takes the origin down: connections to its port are refused until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            workers.shutdownNow(); // wakes slow answers so stop() does not wait for them
            server.stop(0);
            server = null;
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Brings the origin back on the same port. */
    public synchronized void restart() {
        stop();
        bind(port);
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void bind(int wanted) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 64);
            workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "origin-" + wanted);
                t.setDaemon(true);
                return t;
            });
            s.setExecutor(workers);
            s.createContext("/", this::handle);
            s.start();
            server = s;
            port = s.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("origin: cannot listen on 127.0.0.1:" + wanted, e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        requests.add(new Request(ex.getRequestMethod(), path, query, ex.getRequestHeaders()));
        try (ex) {
            route(ex, path, query == null ? "" : query);
        } catch (IOException e) {
            // The client went away (a reader cutting an oversized body, a timeout): nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange ex, String path, String query) throws IOException, InterruptedException {
        Page put = puts.get(path);
        if (put != null) {
            conditional(ex, path, put);
        } else if (path.startsWith("/news/")) {
            conditional(ex, path, fixture("article.html"));
        } else if (path.startsWith("/hostile/")) {
            conditional(ex, path, fixture("hostile.html"));
        } else if (path.equals("/section/city")) {
            conditional(ex, path, fixture("listing.html"));
        } else if (path.startsWith("/hop/")) {
            String[] parts = path.split("/", 4); // "", "hop", N, rest
            int n = parts.length > 2 ? parseOr(parts[2], 1) : 1;
            String rest = parts.length > 3 ? parts[3] : "story";
            ex.getResponseHeaders().set("Location", n > 1 ? "/hop/" + (n - 1) + "/" + rest : "/news/" + rest);
            send(ex, 302, HTML, "<p>Moved</p>".getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/status/")) {
            int status = Math.max(200, Math.min(599, parseOr(path.substring("/status/".length()), 500)));
            send(ex, status, HTML, ("<!DOCTYPE html><title>Error " + status + "</title><h1>Error " + status
                    + "</h1><p>Sorry, something went wrong.</p>").getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/slowms/")) {
            String[] parts = path.split("/", 4);
            int millis = Math.max(0, Math.min(MAX_SLOW_SECONDS * 1000, parts.length > 2 ? parseOr(parts[2], 300) : 300));
            Thread.sleep(millis);
            send(ex, 200, HTML, fixture("article.html").body);
        } else if (path.startsWith("/slow/")) {
            String[] parts = path.split("/", 4);
            int seconds = Math.max(0, Math.min(MAX_SLOW_SECONDS, parts.length > 2 ? parseOr(parts[2], 1) : 1));
            Thread.sleep(seconds * 1000L);
            send(ex, 200, HTML, fixture("article.html").body);
        } else if (path.startsWith("/oversized/")) {
            int bytes = Math.max(0, Math.min(MAX_OVERSIZED_BYTES, parseOr(path.substring("/oversized/".length()), 0)));
            oversized(ex, bytes, query.contains("length=declared"));
        } else if (path.startsWith("/gzip/")) {
            gzipped(ex, fixture("article.html").body);
        } else if (path.equals("/charset/header-utf8-latin1-bytes")) {
            send(ex, 200, HTML, charsetPage("utf-8", StandardCharsets.ISO_8859_1));
        } else if (path.equals("/charset/meta-latin1-utf8-bytes")) {
            send(ex, 200, "text/html", charsetPage("iso-8859-1", StandardCharsets.UTF_8));
        } else if (path.equals("/files/report.pdf")) {
            send(ex, 200, "application/pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        } else if (path.startsWith("/img/")) {
            ex.getResponseHeaders().set("Cache-Control", "max-age=3600");
            send(ex, 200, "image/png", image);
        } else {
            send(ex, 404, HTML, "<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** 304 when the request's validators match the page, else the page with its validators. */
    private void conditional(HttpExchange ex, String path, Page page) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("ETag", page.etag);
        h.set("Last-Modified", HTTP_DATE.format(LAST_MODIFIED));
        h.set("Cache-Control", "max-age=60");
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
        boolean unchanged = ifNoneMatch != null
                ? ifNoneMatch.contains(page.etag) || ifNoneMatch.strip().equals("*")
                : ifModifiedSince != null && notModifiedSince(ifModifiedSince);
        if (unchanged) {
            notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            return;
        }
        send(ex, 200, page.contentType, page.body);
    }

    private static boolean notModifiedSince(String value) {
        try {
            return !ZonedDateTime.parse(value.strip(), HTTP_DATE).isBefore(LAST_MODIFIED);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void gzipped(HttpExchange ex, byte[] body) throws IOException {
        String accepts = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepts == null || !accepts.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            send(ex, 200, HTML, body);
            return;
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(body);
        }
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.getResponseHeaders().set("Vary", "Accept-Encoding");
        send(ex, 200, HTML, packed.toByteArray());
    }

    /** An HTML page of exactly {@code bytes} bytes (at least its frame), written in 64 KB chunks. */
    private static void oversized(HttpExchange ex, int bytes, boolean declared) throws IOException {
        byte[] open = "<!DOCTYPE html><html><head><title>Huge</title></head><body><article><h1>A very long page</h1>\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] close = "</article></body></html>\n".getBytes(StandardCharsets.UTF_8);
        byte[] paragraph = "<p>This paragraph repeats to make the page larger than any reader should take in one go.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        long total = Math.max(bytes, open.length + close.length);
        ex.getResponseHeaders().set("Content-Type", HTML);
        ex.sendResponseHeaders(200, declared ? total : 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(open);
            long left = total - open.length - close.length;
            byte[] chunk = new byte[64 * 1024];
            int fill = 0;
            while (fill + paragraph.length <= chunk.length) {
                System.arraycopy(paragraph, 0, chunk, fill, paragraph.length);
                fill += paragraph.length;
            }
            java.util.Arrays.fill(chunk, fill, chunk.length, (byte) ' ');
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
            out.write(close);
        }
    }

    private Page fixture(String name) {
        String html = resource(name).replace("{{origin}}", "http://127.0.0.1:" + port);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new Page(HTML, body, etagOf(body));
    }

    private static byte[] charsetPage(String declared, Charset sent) {
        return resource("charset.html").replace("{{charset}}", declared).getBytes(sent);
    }

    /** A fixture page's text, as written (UTF-8). */
    public static String resource(String name) {
        try (InputStream in = OriginServer.class.getResourceAsStream("/origin/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture origin/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etagOf(byte[] body) {
        return "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\"";
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
