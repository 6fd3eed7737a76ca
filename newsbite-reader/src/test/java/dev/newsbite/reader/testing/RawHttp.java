package dev.newsbite.reader.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand, for requests no well-behaved client would send (control characters, huge or
 * countless headers, broken encodings), and from a chosen loopback address (127.0.0.2 is another
 * client to a per-address rate limit). One request per connection.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** A response as read: status (0 when the server closed without one), headers and body text. */
    public record Response(int status, String head, String body) {
        /** A header's value (first one, case-insensitive name), or null. */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** GET {@code target} (sent as these bytes, ISO-8859-1) with {@code extraHeaders} (each "Name: value"). */
    public static Response get(int port, String target, String... extraHeaders) {
        StringBuilder b = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                .append("\r\nConnection: close\r\n");
        for (String h : extraHeaders) {
            b.append(h).append("\r\n");
        }
        b.append("\r\n");
        return send(port, "127.0.0.1", b.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** GET {@code target} from the loopback address {@code from} (e.g. "127.0.0.2"). */
    public static Response getFrom(String from, int port, String target) {
        String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
        return send(port, from, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Whether {@code bytes} hold a whole response with a Content-Length (or none to come). */
    private static boolean complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        Response head = new Response(0, text.substring(0, split), "");
        String length = head.header("Content-Length");
        if (length == null) {
            return head.head().startsWith("HTTP/1.1 304") || head.head().startsWith("HTTP/1.1 204");
        }
        try {
            return bytes.length - split - 4 >= Long.parseLong(length);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Sends {@code request} as it is and reads the answer (at most 1 MB, 15 s). */
    public static Response send(int port, String from, byte[] request) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            s.setSoTimeout(15_000);
            try {
                s.getOutputStream().write(request);
                s.getOutputStream().flush();
            } catch (IOException e) {
                // The server may answer and close before taking all of a huge request; read what it said.
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0 && all.size() < 1 << 20;) {
                    all.write(buf, 0, n);
                    if (complete(all.toByteArray())) {
                        break; // a kept-alive connection would otherwise wait for the server's idle timeout
                    }
                }
            } catch (IOException e) {
                // A reset after the answer: keep what arrived.
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = 0;
            if (head.startsWith("HTTP/1.")) {
                status = Integer.parseInt(head.substring(9, 12));
            }
            return new Response(status, head, body);
        } catch (IOException e) {
            throw new UncheckedIOException("raw request to port " + port + " failed", e);
        }
    }
}
