package dev.newsbite.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A single-pass latency print for the fetcher (not a test, not a benchmark): sequential fetches of
 * a 60 KB page from a loopback origin that answers in one write, once over kept-alive connections
 * and once with a new connection per fetch (resolve, check, connect every time). Run by hand:
 * {@code java -cp <core classes, test classes, dependencies> dev.newsbite.fetch.FetchLatencyProbe}.
 */
public final class FetchLatencyProbe {
    private FetchLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        for (boolean close : new boolean[] {false, true}) {
            run(close);
        }
        System.exit(0);
    }

    private static void run(boolean closeEach) throws Exception {
        byte[] body = new byte[60_000];
        Arrays.fill(body, (byte) 'a');
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length
                + (closeEach ? "\r\nConnection: close" : "") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] response = new byte[head.length + body.length];
        System.arraycopy(head, 0, response, 0, head.length);
        System.arraycopy(body, 0, response, head.length, body.length);
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        connections.incrementAndGet();
                        Thread t = new Thread(() -> serve(s, response, closeEach));
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/page";
            Fetcher fetcher = new Fetcher(FetchPolicy.defaults().withAllowPrivate(true));
            for (int i = 0; i < 500; i++) {
                fetcher.fetch(url);
            }
            long[] nanos = new long[2000];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                fetcher.fetch(url);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%s: %d fetches of 60 KB, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, TCP connections %d%n",
                    closeEach ? "new connection each" : "kept alive", nanos.length, nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, connections.get());
        }
    }

    private static void serve(Socket s, byte[] response, boolean closeEach) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                int state = 0;
                while (state < 4) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    state = (b == '\r' || b == '\n') ? state + 1 : 0;
                }
                out.write(response);
                out.flush();
                if (closeEach) {
                    return;
                }
            }
        } catch (IOException e) {
            // The fetcher closed a connection it no longer needs.
        }
    }
}
