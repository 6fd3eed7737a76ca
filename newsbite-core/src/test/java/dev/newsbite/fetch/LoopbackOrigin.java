package dev.newsbite.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 origin on one loopback address that counts every TCP connection it accepts (not
 * just requests): the witness that a refused target was never connected to. One request per
 * connection ({@code Connection: close}). Paths:
 * <ul>
 *   <li>{@code /to?u=URL[&s=STATUS]}: a redirect (302 unless {@code s} says otherwise) to URL
 *   <li>anything else: a small HTML page, counted per path
 * </ul>
 */
final class LoopbackOrigin implements AutoCloseable {
    static final String PAGE = "<html><head><title>Origin</title></head><body><p>Served.</p></body></html>";

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-origin");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private LoopbackOrigin(ServerSocket socket) {
        this.socket = socket;
        threads.execute(this::acceptLoop);
    }

    /** An origin on {@code address} (a loopback one), on {@code port} (0: any free port). */
    static LoopbackOrigin on(String address, int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port), 50);
            return new LoopbackOrigin(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ":" + port, e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** TCP connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Requests for {@code path} so far. */
    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a listening socket that is already closed: nothing to do.
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.incrementAndGet();
                threads.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            s.setSoTimeout(5_000);
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String target = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
            int q = target.indexOf('?');
            String path = q < 0 ? target : target.substring(0, q);
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.equals("/to")) {
                Map<String, String> params = query(q < 0 ? "" : target.substring(q + 1));
                int status = Integer.parseInt(params.getOrDefault("s", "302"));
                write(out, status, "Location: " + params.get("u") + "\r\n", new byte[0]);
            } else {
                write(out, 200, "Content-Type: text/html; charset=utf-8\r\n", PAGE.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // A client that gives up early (or a refused fetch that never came) is no concern here.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (head.size() < 64 * 1024) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            state = (b == '\r' || b == '\n') ? state + 1 : 0;
            if (state == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static void write(OutputStream out, int status, String headers, byte[] body) throws IOException {
        String head = "HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
