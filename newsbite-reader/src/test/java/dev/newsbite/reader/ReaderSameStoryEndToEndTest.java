package dev.newsbite.reader;

import static dev.newsbite.reader.testing.ReaderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbite.ExtractionException;
import dev.newsbite.NewsBite;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import dev.newsbite.similar.InMemoryStoryGroups;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same story, other outlets, through the running reader: a story read at one outlet, then another
 * outlet's edited copy of it; the copy's page says "Also published by" with a reader link to the
 * first, its JSON has {@code alsoPublishedBy}, and a different story shows neither: with in-memory
 * story groups told of each article read, and with the reader's default, its own search index.
 */
class ReaderSameStoryEndToEndTest {
    private static final String FIRST = "/business/2026/05/dairy-deal";
    private static final String COPY = "/wire/markets/halvorsen-brightwater-takeover";
    private static final String OTHER = "/sport/2026/01/semi-final";

    @TempDir
    Path data;
    OriginServer times;
    OriginServer wire;
    final InMemoryStoryGroups groups = new InMemoryStoryGroups();
    /** Each origin page's HTML by its address, as served. */
    final Map<String, String> served = new HashMap<>();

    @BeforeEach
    void startOrigins() {
        times = OriginServer.start();
        wire = OriginServer.start();
        List<String> dairy = paragraphs("bite/business-dairy-merger/article.txt");
        serve(times, FIRST, page("The Harbour Times", dairy.get(0), dairy.subList(1, dairy.size()), null));
        // The wire's copy: its own headline, two paragraphs cut, two swapped, a credit line at the end.
        List<String> copy = new ArrayList<>(dairy.subList(1, dairy.size() - 2));
        copy.add(2, copy.remove(3));
        serve(wire, COPY, page("Metro Wire", "Dairy giant to be bought by Norwegian rival", copy,
                "This story was first published by The Harbour Times."));
        List<String> tennis = paragraphs("bite/sport-tennis-semi-final/article.txt");
        serve(wire, OTHER, page("Metro Wire", tennis.get(0), tennis.subList(1, tennis.size()), null));
    }

    @AfterEach
    void stopOrigins() {
        times.close();
        wire.close();
    }

    @Test
    void theCopyShowsTheFirstOutletAndTheFirstShowsTheCopy() throws Exception {
        try (ReaderServer reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10)), groups)) {
            ReaderClient client = new ReaderClient(reader.port());
            Document first = client.html(client.get(readerPath(times, FIRST)));
            assertThat(first.select("h1").text()).startsWith("Halvorsen Foods agrees");
            assertThat(first.select(".also-published")).as("nothing else read yet").isEmpty();
            stored(times, FIRST);

            Document copy = client.html(client.get(readerPath(wire, COPY)));
            Element also = copy.selectFirst("section.also-published");
            assertThat(also).isNotNull();
            assertThat(also.selectFirst("h2").text()).isEqualTo("Also published by");
            assertThat(also.select("li a").eachAttr("href")).containsExactly(readerPath(times, FIRST));
            assertThat(also.select("li a").eachText()).containsExactly("The Harbour Times");
            assertThat(also.selectFirst(".also-title").text()).startsWith("Halvorsen Foods agrees");

            JsonNode copyJson = json(client.api(wire.url(COPY)));
            assertThat(copyJson.path("title").asText()).isEqualTo("Dairy giant to be bought by Norwegian rival");
            JsonNode outlets = copyJson.path("alsoPublishedBy");
            assertThat(outlets.size()).isEqualTo(1);
            assertThat(outlets.get(0).path("url").asText()).isEqualTo(times.url(FIRST));
            assertThat(outlets.get(0).path("reader").asText()).isEqualTo(readerPath(times, FIRST));
            assertThat(outlets.get(0).path("site").asText()).isEqualTo("The Harbour Times");
            assertThat(outlets.get(0).path("published").asText()).isEqualTo("2026-05-14T08:00:00Z");
            stored(wire, COPY);

            // The first outlet's JSON was not rendered before: it now names the copy.
            JsonNode firstJson = json(client.api(times.url(FIRST)));
            assertThat(firstJson.path("alsoPublishedBy").findValuesAsText("url")).containsExactly(wire.url(COPY));

            Document other = client.html(client.get(readerPath(wire, OTHER)));
            assertThat(other.select("h1").text()).startsWith("Marin stuns top seed");
            assertThat(other.select(".also-published")).isEmpty();
            JsonNode otherJson = json(client.api(wire.url(OTHER)));
            assertThat(otherJson.path("alsoPublishedBy").isArray()).isTrue();
            assertThat(otherJson.path("alsoPublishedBy").size()).isZero();
        }
    }

    @Test
    void theDefaultReaderFindsTheCopyThroughItsOwnSearchIndex() throws Exception {
        try (ReaderServer reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10)))) {
            ReaderClient client = new ReaderClient(reader.port());
            assertThat(client.get(readerPath(times, FIRST)).statusCode()).isEqualTo(200);
            // The store keeps a page, then the index takes its article, a moment after the page is sent.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (json(client.get("/api/search?q=" + ReaderClient.encode("Halvorsen"))).path("total").asInt() == 0) {
                assertThat(System.nanoTime()).as("the first story indexed within 10 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            Element also = client.html(client.get(readerPath(wire, COPY))).selectFirst("section.also-published");
            assertThat(also).isNotNull();
            assertThat(also.select("li a").eachAttr("href")).containsExactly(readerPath(times, FIRST));
            assertThat(json(client.api(wire.url(COPY))).path("alsoPublishedBy").findValuesAsText("url"))
                    .containsExactly(times.url(FIRST));
            assertThat(json(client.api(wire.url(OTHER))).path("alsoPublishedBy").size()).isZero();
        }
    }

    /** What the store's listener does for the search index: the article read is told to the groups. */
    private void stored(OriginServer origin, String path) throws ExtractionException {
        groups.add(origin.url(path), NewsBite.extract(served.get(origin.url(path)), origin.url(path)));
    }

    private void serve(OriginServer origin, String path, String html) {
        origin.put(path, html);
        served.put(origin.url(path), html);
    }

    private static String readerPath(OriginServer o, String originPath) {
        return "/http:127.0.0.1:" + o.port() + originPath;
    }

    private static String page(String site, String headline, List<String> paragraphs, String credit) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(headline).append(" | ").append(site).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(site).append("\">")
                .append("<meta property=\"article:published_time\" content=\"2026-05-14T09:00:00+01:00\">")
                .append("</head><body><header><a href=\"/\">").append(site).append("</a><nav><a href=\"/news\">News</a>")
                .append(" <a href=\"/sport\">Sport</a></nav></header><main><article><h1>").append(headline)
                .append("</h1><p class=\"byline\">By Staff Reporter</p><div class=\"article-body\">");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        if (credit != null) {
            html.append("<p><em>").append(credit).append("</em></p>");
        }
        return html.append("</div></article></main><footer>© 2026 ").append(site).append("</footer></body></html>")
                .toString();
    }

    private static List<String> paragraphs(String resource) {
        try (InputStream in = ReaderSameStoryEndToEndTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no core fixture " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            return Arrays.stream(text.split("\n\\s*\n")).map(s -> s.strip().replaceAll("\\s+", " ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
