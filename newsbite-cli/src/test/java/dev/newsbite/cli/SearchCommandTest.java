package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.reader.ReaderConfig;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.address.ReaderAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search path end to end: {@code batch --data} keeps three fixture articles in a data
 * directory; {@code search} finds them with every filter and order; {@code search --rebuild}
 * rebuilds the index from the store; and {@code serve} over the same directory serves them and
 * finds them at {@code /search}.
 */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FERRIES = "https://coast-courier.example/news/2026/01/05/night-ferries";
    private static final String BRIDGE = "https://valley-times.example/city/bridge-repairs-finished";
    private static final String LIBRARY = "https://coast-courier.example/culture/library-late-opening";

    @TempDir
    Path tmp;

    private static Path fixtures() throws Exception {
        return Path.of(SearchCommandTest.class.getResource("/search/ferries.html").toURI()).getParent();
    }

    private static List<String> urls(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.path("hits").forEach(h -> out.add(h.path("url").asText()));
        return out;
    }

    private JsonNode searchJson(Path data, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "--data", data.toString(), "--json"));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void batchKeepsArticlesThatSearchAndTheReaderFind() throws Exception {
        Path data = tmp.resolve("data");
        Cli.Result batch = Cli.run("batch", fixtures().toString(), "--data", data.toString(), "--out",
                tmp.resolve("rows.jsonl").toString());
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(batch.err()).contains("3 articles kept and indexed in");

        Cli.Result text = Cli.run("search", "harbour", "ferries", "--data", data.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("1 article; page 1 of 1", "1. Harbour ferries to run through the night",
                "Coast Courier · 5 January 2026 · Lena Brooks", FERRIES);

        assertThat(urls(searchJson(data, "--site", "coast courier", "--sort", "newest"))).containsExactly(FERRIES,
                LIBRARY);
        assertThat(urls(searchJson(data, "--site", "valley-times.example"))).containsExactly(BRIDGE);
        assertThat(urls(searchJson(data, "--from", "2026-01-10"))).containsExactly(BRIDGE);
        assertThat(urls(searchJson(data, "--to", "2025-12-31"))).containsExactly(LIBRARY);
        assertThat(urls(searchJson(data, "--person", "Maria Lopez"))).containsExactly(FERRIES);
        assertThat(urls(searchJson(data, "portmouth", "--sort", "newest"))).containsExactly(FERRIES, LIBRARY);
        JsonNode best = searchJson(data, "bridge");
        assertThat(urls(best).get(0)).isEqualTo(BRIDGE);
        assertThat(best.path("hits").get(0).path("snippetHtml").asText()).contains("<mark>bridge</mark>");
        JsonNode paged = searchJson(data, "--size", "1", "--page", "2", "--sort", "newest");
        assertThat(paged.path("total").asInt()).isEqualTo(3);
        assertThat(urls(paged)).containsExactly(FERRIES);
        assertThat(searchJson(data, "bridge AND (").path("note").asText()).contains("could not be read as written");

        Cli.Result badDate = Cli.run("search", "x", "--data", data.toString(), "--from", "last week");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from must be a date written YYYY-MM-DD").doesNotContain("Exception");
        Cli.Result noData = Cli.run("search", "x", "--data", tmp.resolve("none").toString());
        assertThat(noData.code()).isEqualTo(3);
        assertThat(noData.err()).contains("no reader data directory");

        Cli.Result rebuilt = Cli.run("search", "--rebuild", "--data", data.toString());
        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains("search index rebuilt: 3 articles");
        assertThat(urls(searchJson(data, "library"))).containsExactly(LIBRARY);

        try (ReaderServer reader = ReaderServer.start(ReaderConfig.defaults().withPort(0).withDataDir(data))) {
            reader.search().awaitReady();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + reader.port();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/search?q=bridge"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String bridgePath = ReaderAddress.pathFor(BRIDGE).orElseThrow();
            assertThat(page.body()).contains("href=\"" + bridgePath + "\"", "Old stone bridge reopens");
            // The reader serves the kept copy: no fetch (the .example host could not be reached anyway).
            HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create(base + bridgePath)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(article.statusCode()).isEqualTo(200);
            assertThat(article.body()).contains("Old stone bridge reopens after two years of repairs");
        }
        assertThat(Files.exists(data.resolve("search-index"))).isTrue();
    }

    @Test
    void batchNeedsOutOrData() {
        Cli.Result r = Cli.run("batch", "nothing.html");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give --out FILE, --data DIR, or both");
    }
}
