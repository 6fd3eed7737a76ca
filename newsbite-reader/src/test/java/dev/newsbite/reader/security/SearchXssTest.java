package dev.newsbite.reader.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Block;
import dev.newsbite.model.Named;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.security.XssPayloads.Payload;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every payload of the corpus in every field the search shows (headline, site, byline, the body the
 * snippet is cut from, the people) and in every parameter the search page echoes (the words, site,
 * person, dates): the search page holds only the markup NewsBite writes, and the JSON answer makes
 * no element if read as HTML. The payloads must reach the page as text, or the test proves nothing.
 */
class SearchXssTest {
    private static final String ORIGIN = "http://127.0.0.1:9";
    private static final List<Payload> PAYLOADS = XssPayloads.load(ORIGIN);

    @TempDir
    Path data;

    @Test
    void searchPagesAndAnswersShowPayloadsOnlyAsText() throws Exception {
        try (ReaderServer reader = ReaderServer.start(TestReaders.config(data, false, Duration.ofMinutes(10)))) {
            reader.search().awaitReady();
            for (Payload p : PAYLOADS) {
                String text = p.text();
                List<Block> body = List.of(new Paragraph("zebra crossing story " + text + " and more words"),
                        new Paragraph("A second zebra paragraph " + text));
                Bite bite = new Bite(List.of(), 1, 20, List.of(new Named(text, 1)), List.of(), List.of());
                Article a = new Article("https://x.example/p" + p.number(), null, PageType.ARTICLE, text + " zebra",
                        text, List.of(text), "2026-01-01", null, text, null, "en", null, body, List.of(), bite,
                        List.of());
                reader.search().add("https://x.example/p" + p.number(), a, Instant.parse("2026-01-02T00:00:00Z"));
            }
            reader.search().index().refresh();
            ReaderClient client = new ReaderClient(reader.port());
            List<String> bad = new ArrayList<>();
            StringBuilder shownText = new StringBuilder();
            for (int page = 1; page <= (PAYLOADS.size() + 99) / 100; page++) {
                HttpResponse<String> html = client.get("/search?q=zebra&size=100&page=" + page);
                assertThat(html.statusCode()).isEqualTo(200);
                bad.addAll(XssChecks.readerHtml("search page " + page, html.body()));
                shownText.append(Jsoup.parse(html.body()).text());
                HttpResponse<String> json = client.get("/api/search?q=zebra&size=100&page=" + page);
                assertThat(json.statusCode()).isEqualTo(200);
                bad.addAll(XssChecks.inertAsHtml("search JSON " + page, json.body()));
            }
            for (Payload p : PAYLOADS) {
                String v = ReaderClient.encode(p.text());
                for (String query : List.of("/search?q=" + v + "&site=" + v + "&person=" + v,
                        "/search?q=" + v + "&from=" + v + "&to=" + v + "&sort=" + v + "&page=" + v,
                        "/api/search?q=" + v + "&site=" + v + "&person=" + v + "&from=" + v)) {
                    HttpResponse<String> r = client.get(query);
                    assertThat(r.statusCode()).as(query).isIn(200, 400);
                    bad.addAll(query.startsWith("/api/") ? XssChecks.inertAsHtml("echo " + p.number(), r.body())
                            : XssChecks.readerHtml("echo " + p.number(), r.body()));
                }
            }
            assertThat(bad).isEmpty();
            // The payloads were shown, as text: the test saw what it checks.
            String shown = shownText.toString();
            long visible = PAYLOADS.stream().filter(p -> shown.contains(p.text().replaceAll("\\s+", " ").strip()))
                    .count();
            assertThat(visible).isGreaterThan(PAYLOADS.size() * 9L / 10);
            assertThat(XssChecks.readerHtml("home", client.get("/").body())).isEmpty();
        }
    }
}
