package dev.newsbite.reader.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * An origin that misbehaves at the socket level, where the JDK's HTTP server cannot: it speaks
 * HTTP/1.1 by hand on 127.0.0.1, one request per connection, and breaks the protocol on purpose.
 * {@link #close()} closes every connection it holds, so nothing outlives a test.
 *
 * <p>Paths:
 * <ul>
 *   <li>{@code /drip}: promises 100 KB of HTML, then sends one byte every 200 ms
 *   <li>{@code /reset}: promises 50 KB, sends 2 KB, then resets the connection (TCP RST)
 *   <li>{@code /truncated-gzip}: a gzip body cut in half (its length header matches the cut)
 *   <li>{@code /gzip-bomb}: 64 KB of gzip that inflates to 64 MB
 *   <li>{@code /endless-chunked}: HTML in chunks, forever, as fast as the client takes it
 *   <li>{@code /endless-headers}: a status line, then header lines forever
 *   <li>{@code /never}: reads the request and never answers
 *   <li>{@code /loop/a} and {@code /loop/b}: redirect to each other
 *   <li>{@code /status/N}: an HTML error page with status N
 *   <li>{@code /type/pdf}, {@code /type/image}, {@code /type/video}: that kind of body (the video
 *       is endless)
 *   <li>{@code /garbage}: bytes that are not HTTP
 * </ul>
 */
public final class FaultOrigin implements AutoCloseable {
    private static final byte[] PAGE = ("<!DOCTYPE html><html><head><title>Fault</title></head><body><article>"
            + "<h1>A page</h1>" + "<p>Words that a reader would read, were they ever to arrive.</p>".repeat(40)
            + "</article></body></html>").getBytes(StandardCharsets.UTF_8);

    private final ServerSocket server;
    private final Map<Socket, String> open = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private volatile byte[] bomb;

    private FaultOrigin() throws IOException {
        bomb(); // built before listening: making it takes a moment, and the origin must not look slow
        server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "fault-origin-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FaultOrigin start() {
        try {
            return new FaultOrigin();
        } catch (IOException e) {
            throw new UncheckedIOException("fault origin: cannot listen", e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://127.0.0.1:port} + {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Connections accepted since start. */
    public int accepted() {
        return accepted.get();
    }

    /** Connections still open (a fault the client gave up on is closed by the client). */
    public int openConnections() {
        open.keySet().removeIf(Socket::isClosed);
        return open.size();
    }

    /** The paths of the connections still open, for messages. */
    public List<String> openPaths() {
        open.keySet().removeIf(Socket::isClosed);
        return List.copyOf(open.values());
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open.keySet()) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                accepted.incrementAndGet();
                open.put(s, "(request not read yet)");
                Thread t = new Thread(() -> serve(s), "fault-origin-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(30_000);
            String path = readRequestPath(s.getInputStream());
            if (path == null) {
                return;
            }
            open.replace(s, path);
            answer(s, path);
        } catch (IOException | InterruptedException e) {
            // The client gave up (as it should) or the origin is closing.
        } finally {
            open.remove(s);
        }
    }

    private void answer(Socket s, String path) throws IOException, InterruptedException {
        OutputStream out = s.getOutputStream();
        switch (path) {
            case "/drip" -> {
                head(out, 200, "text/html; charset=utf-8", "Content-Length: 100000");
                for (int i = 0; i < 100_000; i++) {
                    out.write(PAGE[i % PAGE.length]);
                    out.flush();
                    Thread.sleep(200);
                }
            }
            case "/reset" -> {
                head(out, 200, "text/html; charset=utf-8", "Content-Length: 50000");
                out.write(PAGE, 0, Math.min(2_000, PAGE.length));
                out.flush();
                Thread.sleep(50);
                s.setSoLinger(true, 0); // close() now sends RST instead of FIN
            }
            case "/truncated-gzip" -> {
                byte[] gz = gzip(PAGE);
                byte[] half = Arrays.copyOf(gz, gz.length / 2);
                head(out, 200, "text/html; charset=utf-8", "Content-Encoding: gzip", "Content-Length: " + half.length);
                out.write(half);
            }
            case "/gzip-bomb" -> {
                byte[] gz = bomb();
                head(out, 200, "text/html; charset=utf-8", "Content-Encoding: gzip", "Content-Length: " + gz.length);
                out.write(gz);
            }
            case "/endless-chunked" -> {
                head(out, 200, "text/html; charset=utf-8", "Transfer-Encoding: chunked");
                byte[] size = (Integer.toHexString(PAGE.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                while (true) {
                    out.write(size);
                    out.write(PAGE);
                    out.write('\r');
                    out.write('\n');
                }
            }
            case "/endless-headers" -> {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".getBytes(StandardCharsets.US_ASCII));
                byte[] line = ("X-Filler: " + "a".repeat(1_000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                while (true) {
                    out.write(line);
                }
            }
            case "/never" -> untilTheClientLeaves(s, 60_000);
            case "/loop/a" -> redirect(out, "/loop/b");
            case "/loop/b" -> redirect(out, "/loop/a");
            case "/type/pdf" -> body(out, 200, "application/pdf",
                    "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".repeat(500).getBytes(StandardCharsets.US_ASCII));
            case "/type/image" -> body(out, 200, "image/png", Png.gradient(640, 480));
            case "/type/video" -> {
                head(out, 200, "video/mp4", "Content-Length: 4000000000");
                byte[] junk = new byte[64 * 1024];
                while (true) {
                    out.write(junk);
                }
            }
            case "/garbage" -> {
                byte[] junk = new byte[4096];
                new java.util.Random(7).nextBytes(junk);
                out.write(junk);
            }
            default -> {
                if (path.startsWith("/status/")) {
                    int status = Integer.parseInt(path.substring("/status/".length()));
                    body(out, status, "text/html; charset=utf-8",
                            ("<!DOCTYPE html><title>Error</title><h1>Error " + status + "</h1>").getBytes(StandardCharsets.UTF_8));
                } else {
                    body(out, 404, "text/html; charset=utf-8", "<h1>no such fault</h1>".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        out.flush();
    }

    private static void redirect(OutputStream out, String location) throws IOException {
        head(out, 302, "text/html; charset=utf-8", "Location: " + location, "Content-Length: 0");
    }

    private static void body(OutputStream out, int status, String type, byte[] body) throws IOException {
        head(out, status, type, "Content-Length: " + body.length);
        out.write(body);
    }

    private static void head(OutputStream out, int status, String type, String... headers) throws IOException {
        StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        b.append("Content-Type: ").append(type).append("\r\n").append("Connection: close\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("\r\n");
        out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 302 -> "Found";
            case 404 -> "Not Found";
            default -> status >= 500 ? "Server Error" : "Status";
        };
    }

    /**
     * Says nothing, but keeps reading: only a read sees the client close its end (end of stream or
     * a reset), which is what tells a connection the client gave up on from one it still holds.
     */
    private static void untilTheClientLeaves(Socket s, int maxMillis) throws IOException {
        long until = System.currentTimeMillis() + maxMillis;
        s.setSoTimeout(200);
        InputStream in = s.getInputStream();
        while (System.currentTimeMillis() < until) {
            try {
                if (in.read() < 0) {
                    return;
                }
            } catch (java.net.SocketTimeoutException e) {
                // still there, still silent
            }
        }
    }

    /** The request's path (query dropped), after reading its head; null if the client left. */
    private static String readRequestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > 64 * 1024) {
                return null;
            }
        }
        String first = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
        String[] parts = first.split(" ");
        if (parts.length < 2) {
            return null;
        }
        String target = parts[1];
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    private byte[] bomb() throws IOException {
        byte[] b = bomb;
        if (b == null) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                gz.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 64; i++) {
                    gz.write(spaces);
                }
            }
            b = packed.toByteArray();
            bomb = b;
        }
        return b;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(data);
        }
        return packed.toByteArray();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

}
