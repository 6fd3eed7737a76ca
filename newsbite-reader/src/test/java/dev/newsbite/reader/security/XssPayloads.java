package dev.newsbite.reader.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The XSS payload corpus ({@code src/test/resources/xss/payloads.txt}), each payload armed with a
 * marker script of its own number: if it ever runs, it sets {@code data-xN} on the top document's
 * {@code <html>} element and asks the test origin for {@code /xss-hit/N}.
 */
final class XssPayloads {
    /** The attribute prefix a running payload leaves on {@code <html>}: {@code data-x12}. */
    static final String MARKER_ATTRIBUTE_PREFIX = "data-x";
    /** The path prefix a running payload requests: {@code /xss-hit/12}. */
    static final String HIT_PATH = "/xss-hit/";

    /** Where a payload belongs on a page: in its text and markup, or where the page gives a URL. */
    enum Kind { HTML, URL }

    /**
     * One payload, armed.
     *
     * @param number its position in the corpus, from 1
     * @param kind where it goes
     * @param text the payload with its marker script in place
     */
    record Payload(int number, Kind kind, String text) {
    }

    private XssPayloads() {
    }

    /**
     * Every payload of the corpus, armed to report to {@code hitOrigin} (e.g.
     * {@code http://127.0.0.1:8123}).
     */
    static List<Payload> load(String hitOrigin) {
        List<Payload> out = new ArrayList<>();
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            Kind kind = Kind.valueOf(line.substring(0, space).toUpperCase(java.util.Locale.ROOT));
            int number = out.size() + 1;
            out.add(new Payload(number, kind, arm(line.substring(space + 1), number, hitOrigin)));
        }
        return out;
    }

    /** The marker script of payload {@code n}: no quotes, spaces or angle brackets. */
    static String marker(int n, String hitOrigin) {
        return "fetch(`" + hitOrigin + HIT_PATH + n + "`);top.document.documentElement.dataset.x" + n + "=1";
    }

    private static String arm(String template, int n, String hitOrigin) {
        String js = marker(n, hitOrigin);
        StringBuilder entities = new StringBuilder();
        js.chars().forEach(c -> entities.append("&#x").append(Integer.toHexString(c)).append(';'));
        String script = "<script>" + js + "</script>";
        return template
                .replace("{{JSENT}}", entities)
                .replace("{{JSU}}", "\\u0066" + js.substring(1))
                .replace("{{B64SCRIPT}}", Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8)))
                .replace("{{JS}}", js);
    }

    private static List<String> lines() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/xss/payloads.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/payloads.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
