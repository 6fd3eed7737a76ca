package dev.newsbite.reader.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A plain HTTP client for a running reader, as a browser or a script would use it: HTTP/1.1,
 * redirects not followed (tests look at them), a bounded wait.
 */
public final class ReaderClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String base;

    public ReaderClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:port} of the reader. */
    public String base() {
        return base;
    }

    /** GET {@code pathAndQuery} (already encoded), the body as UTF-8 text. */
    public HttpResponse<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code /api/article?url=} for {@code url}. */
    public HttpResponse<String> api(String url) {
        return get("/api/article?url=" + encode(url));
    }

    /** The response's Content-Type, or "" when none. */
    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("content-type").orElse("");
    }

    /** The body parsed as an HTML document, its links resolved against the reader's address. */
    public Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), base + response.uri().getRawPath());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
