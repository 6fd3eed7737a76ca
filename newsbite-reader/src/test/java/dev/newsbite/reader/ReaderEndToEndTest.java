package dev.newsbite.reader;

import static dev.newsbite.reader.testing.PageChecks.noScripts;
import static dev.newsbite.reader.testing.PageChecks.occurrences;
import static dev.newsbite.reader.testing.ReaderClient.contentType;
import static dev.newsbite.reader.testing.ReaderClient.encode;
import static dev.newsbite.reader.testing.ReaderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader end to end over HTTP, against a real origin on loopback: pages, formats, routes and
 * errors. Storage and caching are in {@link ReaderStoreEndToEndTest}; refusing private addresses
 * in {@link ReaderRefusalEndToEndTest}.
 */
class ReaderEndToEndTest {
    static final String STORY = "/news/2026/11/27/harbour-ferries-night-service";
    static final String HEADLINE = "Harbour ferries to run through the night from spring, council decides";
    static final String CAPTION = "The 7.40pm ferry leaves the North Quay terminal, currently one of the last sailings of the day.";

    @TempDir
    static Path data;
    static OriginServer origin;
    static ReaderServer reader;
    static ReaderClient client;

    /** A page with no story and no list of stories: a sign-in form. */
    static final String SIGN_IN = "/account/sign-in";

    @BeforeAll
    static void start() throws ReaderStartException {
        origin = OriginServer.start();
        origin.put(SIGN_IN, "<!DOCTYPE html><html><head><title>Sign in | The Harbour Courier</title></head><body>"
                + "<header><a href=\"/\">The Harbour Courier</a></header><main><h1>Sign in</h1>"
                + "<form method=\"post\" action=\"/account/session\"><label>Email <input name=\"email\"></label>"
                + "<label>Password <input type=\"password\" name=\"password\"></label><button>Sign in</button></form>"
                + "</main><footer>© 2026 The Harbour Courier</footer></body></html>");
        reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10)));
        client = new ReaderClient(reader.port());
    }

    @AfterAll
    static void stop() {
        if (reader != null) {
            reader.close();
        }
        origin.close();
    }

    /** The reader path of an origin path on the test origin (plain http, so {@code /http:host:port}). */
    static String readerPath(OriginServer o, String originPath) {
        return "/http:127.0.0.1:" + o.port() + originPath;
    }

    @Test
    void articlePageIsTheStoryAloneWithItsOriginalUrl() {
        HttpResponse<String> r = client.get(readerPath(origin, STORY));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/html");
        Document page = client.html(r);
        noScripts(r, page);

        assertThat(page.select("h1")).singleElement().extracting(Element::text).isEqualTo(HEADLINE);
        String text = page.body().text();
        assertThat(text).contains("Councillors voted 31 to 9 for a night timetable on three ferry routes")
                .contains("Maren Lindqvist")
                .contains("Picture: Tomas Berg")
                .contains("The Harbour Courier");
        assertThat(occurrences(text, CAPTION)).as("the lead caption, once").isEqualTo(1);
        assertThat(page.select("figure img")).hasSize(2);
        assertThat(page.select("h2").eachText()).containsExactly("How the night service will work",
                "Cost and opposition", "What happens next");
        // The clutter the old reader left in: a related-story link and the comment box.
        assertThat(text).doesNotContain("Read more: Ferry fares frozen")
                .doesNotContain("Add your comment to this story")
                .doesNotContain("To join the conversation");

        assertThat(text).contains("Original URL");
        assertThat(page.select("a[href]").eachAttr("href")).as("a link to the original").contains(origin.url(STORY));
        // The original is the only page of the origin a link goes to: body links stay in NewsBite.
        String originHost = "127.0.0.1:" + origin.port();
        assertThat(page.select("a[href]")).filteredOn(a -> originHost.equals(URI.create(a.absUrl("href")).getAuthority()))
                .allSatisfy(a -> assertThat(a.attr("href")).isEqualTo(origin.url(STORY)));
    }

    @Test
    void bodyLinksToOtherNewsPagesStayInsideNewsBite() {
        Document page = client.html(client.get(readerPath(origin, STORY)));
        Element link = page.selectFirst("a:containsOwn(review of the night buses)");
        assertThat(link).isNotNull();
        assertThat(link.absUrl("href")).isEqualTo(client.base() + readerPath(origin, "/news/2026/10/02/night-bus-review"));
    }

    @Test
    void imagesLoadLazilyFromTheirOriginWithoutReferrer() {
        HttpResponse<String> r = client.get(readerPath(origin, STORY));
        Document page = client.html(r);
        boolean pageWide = r.headers().firstValue("referrer-policy").orElse("").contains("no-referrer")
                || page.select("meta[name=referrer][content=no-referrer]").size() > 0;
        assertThat(page.select("img")).isNotEmpty().allSatisfy(img -> {
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(pageWide || img.attr("referrerpolicy").equals("no-referrer")).as("no referrer for " + img).isTrue();
        });
    }

    @Test
    void listingPageIsTeasersWhoseLinksStayInsideNewsBite() {
        HttpResponse<String> r = client.get(readerPath(origin, "/section/city"));
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = client.html(r);
        noScripts(r, page);
        String text = page.body().text();
        for (String headline : List.of(HEADLINE, "Bridge repairs delayed until summer after steel shortage",
                "Market hall reopens after two years with forty new stalls",
                "Tram depot plan returns with fewer homes and a new park")) {
            assertThat(text).contains(headline);
        }
        // The page speaks for itself (its own description, no byline of its own); each teaser once.
        assertThat(text).contains("The latest news from the city: transport, housing, schools and the council.");
        assertThat(occurrences(text, HEADLINE)).as("the first teaser, not promoted to the page's standfirst").isEqualTo(1);
        assertThat(occurrences(text, "Maren Lindqvist")).as("her two teasers' bylines only").isEqualTo(2);
        String readerHost = URI.create(client.base()).getAuthority();
        List<Element> links = page.select("a[href]").stream()
                .filter(a -> !a.attr("href").equals(origin.url("/section/city")))
                .toList();
        assertThat(links).as("teaser links").hasSizeGreaterThanOrEqualTo(8).allSatisfy(a ->
                assertThat(URI.create(a.absUrl("href")).getAuthority()).as(a.outerHtml()).isEqualTo(readerHost));
        assertThat(links.stream().map(a -> a.absUrl("href")).distinct())
                .contains(client.base() + readerPath(origin, "/news/2026/11/26/bridge-repairs-delayed"),
                        client.base() + readerPath(origin, "/news/2026/11/20/tram-depot-plan"));
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(STORY + ".txt", "text/plain"),
                Arguments.of(STORY + ".md", "text/markdown"),
                Arguments.of(STORY + ".json", "application/json"),
                Arguments.of(STORY + "?format=text", "text/plain"),
                Arguments.of(STORY + "?format=txt", "text/plain"),
                Arguments.of(STORY + "?format=markdown", "text/markdown"),
                Arguments.of(STORY + "?format=json", "application/json"),
                Arguments.of(STORY + "?format=html", "text/html"));
    }

    /** The canonical reader path of a format: the suffix ({@code ?format=} redirects there). */
    private static String canonicalFormatPath(String path) {
        return path.replace("?format=text", ".txt").replace("?format=txt", ".txt")
                .replace("?format=markdown", ".md").replace("?format=json", ".json").replace("?format=html", "");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("formats")
    void otherFormatsAnswerWithTheirContentTypes(String path, String type) {
        HttpResponse<String> r = client.get(readerPath(origin, path));
        if (path.contains("?format=")) {
            // Either answered in place or sent, permanently, to the one canonical path of that format.
            if (r.statusCode() != 200) {
                assertThat(r.statusCode()).isIn(301, 308);
                String canonical = readerPath(origin, canonicalFormatPath(path));
                assertThat(r.headers().firstValue("location").orElseThrow()).endsWith(canonical);
                r = client.get(canonical);
            }
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith(type);
        if (type.equals("application/json")) {
            assertThat(json(r).path("title").asText()).isEqualTo(HEADLINE);
        } else {
            assertThat(r.body()).contains(HEADLINE);
        }
        if (type.equals("text/markdown")) {
            assertThat(r.body()).contains("# " + HEADLINE);
        }
        if (type.equals("text/plain")) {
            assertThat(r.body()).doesNotContain("<p>").contains("Original URL: " + origin.url(STORY));
        }
    }

    static Stream<String> oddPaths() {
        return Stream.of(
                "/news/caf%C3%A9-story",
                "/news/a%2Fb/slashed-segment",
                "/news/2026//double-slash",
                "/news/story;jsessionid=abc123",
                "/news/plus+sign?q=a%20b&tags=x%2Cy",
                "/news/story?utm_source=x&id=%E2%9C%93");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddPaths")
    void theOriginIsAskedForExactlyThePathAndQueryInTheReaderAddress(String pathAndQuery) {
        origin.resetCounts();
        HttpResponse<String> r = client.get(readerPath(origin, pathAndQuery));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        OriginServer.Request seen = origin.requests().get(0);
        String asked = seen.query() == null ? seen.path() : seen.path() + "?" + seen.query();
        assertThat(asked).isEqualTo(pathAndQuery);
    }

    @Test
    void readRedirectsToTheReaderPath() {
        HttpResponse<String> r = client.get("/read?url=" + encode(origin.url(STORY + "?page=2")));
        assertThat(r.statusCode()).isBetween(301, 308).isNotEqualTo(304).isNotEqualTo(305);
        assertThat(r.headers().firstValue("location").orElseThrow()).endsWith(readerPath(origin, STORY + "?page=2"));

        HttpResponse<String> https = client.get("/read?url=" + encode("https://news.example.org/world/story-1?id=7"));
        assertThat(https.statusCode()).isBetween(301, 308);
        assertThat(https.headers().firstValue("location").orElseThrow()).endsWith("/news.example.org/world/story-1?id=7");
    }

    @Test
    void readRefusesWhatIsNotAWebAddress() {
        for (String url : List.of("ftp://example.org/file", "not a url", "javascript:alert(1)")) {
            HttpResponse<String> r = client.get("/read?url=" + encode(url));
            assertThat(r.statusCode()).as(url).isEqualTo(400);
            assertThat(r.headers().firstValue("location")).as(url).isEmpty();
        }
    }

    @Test
    void apiArticleIsJson() {
        HttpResponse<String> r = client.api(origin.url(STORY));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("application/json");
        JsonNode article = json(r);
        assertThat(article.path("title").asText()).isEqualTo(HEADLINE);
        assertThat(article.toString()).contains("Maren Lindqvist").contains(CAPTION);
    }

    @Test
    void aRedirectChainWithinTheCapArrivesAtTheArticle() {
        HttpResponse<String> r = client.api(origin.url("/hop/3/chain-story"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("title").asText()).isEqualTo(HEADLINE);
        assertThat(origin.hits("/hop/3/chain-story") + origin.hits("/hop/2/chain-story")
                + origin.hits("/hop/1/chain-story") + origin.hits("/news/chain-story")).isEqualTo(4);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("/status/404", 404, "not-found"),
                Arguments.of("/status/500", 502, "origin-error"),
                Arguments.of("/oversized/3000000", 502, "too-large"),
                Arguments.of("/oversized/3000000?length=declared", 502, "too-large"),
                Arguments.of("/slow/8/timeout-story", 504, "timeout"),
                Arguments.of("/files/report.pdf", 415, "not-html"),
                Arguments.of("/hop/7/far-story", 502, "too-many-redirects"),
                Arguments.of(SIGN_IN, 422, "not-an-article"));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("failures")
    void apiErrorsHaveOneShape(String path, int status, String kind) {
        long t0 = System.nanoTime();
        String url = origin.url(path);
        HttpResponse<String> r = client.api(url);
        assertErrorShape(r, status, kind, url);
        if (kind.equals("timeout")) {
            // The origin answers after 8 s; the reader gives up at its cap (slack for a cold, busy JVM).
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("bounded by the time cap")
                    .isLessThan(Duration.ofSeconds(6));
        }
    }

    @Test
    void anOriginThatIsNotListeningIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/news/nobody-home";
        assertErrorShape(client.api(url), 502, "unreachable", url);
        HttpResponse<String> page = client.get("/http:127.0.0.1:" + closed + "/news/nobody-home");
        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(client.html(page).select("a[href]").eachAttr("href")).contains(url);
    }

    @Test
    void apiWithoutAWebAddressIsABadUrl() {
        HttpResponse<String> r = client.get("/api/article?url=" + encode("not a url"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").path("kind").asText()).isEqualTo("bad-url");
        HttpResponse<String> none = client.get("/api/article");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none).path("error").path("kind").asText()).isEqualTo("bad-url");
    }

    static void assertErrorShape(HttpResponse<String> r, int status, String kind, String url) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(contentType(r)).startsWith("application/json");
        JsonNode body = json(r);
        assertThat(body.size()).as("only an error object: " + body).isEqualTo(1);
        JsonNode error = body.path("error");
        assertThat(error.path("kind").asText()).as(body.toString()).isEqualTo(kind);
        assertThat(error.path("message").isTextual() && !error.path("message").asText().isBlank()).as(body.toString()).isTrue();
        assertThat(error.path("url").asText()).as(body.toString()).isEqualTo(url);
    }

    static Stream<Arguments> errorPages() {
        return Stream.of(
                Arguments.of("/status/404", 404),
                Arguments.of("/status/500", 502),
                Arguments.of("/files/report.pdf", 415),
                Arguments.of("/oversized/3000000", 502),
                Arguments.of("/slow/8/timeout-page", 504),
                Arguments.of("/hop/7/far-page", 502),
                Arguments.of(SIGN_IN, 422));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("errorPages")
    void errorPagesAreClearAndLinkTheOriginal(String path, int status) {
        HttpResponse<String> r = client.get(readerPath(origin, path));
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(contentType(r)).startsWith("text/html");
        Document page = client.html(r);
        noScripts(r, page);
        assertThat(page.select("h1").text()).isNotBlank();
        assertThat(page.select("a[href]").eachAttr("href")).contains(origin.url(path));
    }

    @Test
    void aConvertedPageThatKeptItsLatin1DeclarationReadsAsUtf8() {
        Document page = client.html(client.get(readerPath(origin, "/charset/meta-latin1-utf8-bytes")));
        assertThat(page.select("h1").text()).isEqualTo("Café Müller in Zürich schließt nach 80 Jahren");
        assertThat(page.body().text()).contains("Apfelstrudel und die Crème brûlée");
    }

    @Test
    void aPageWhoseHeaderLiesAboutItsCharsetIsStillServed() {
        // Browsers trust the header, so the accented letters are lost; the page must still be read.
        HttpResponse<String> r = client.get(readerPath(origin, "/charset/header-utf8-latin1-bytes"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(client.html(r).select("h1").text()).startsWith("Caf").endsWith("nach 80 Jahren");
    }

    @Test
    void fetchesAskForCompressionAndSayWhoTheyAre() {
        HttpResponse<String> r = client.get(readerPath(origin, "/gzip/compressed-story"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(client.html(r).select("h1").text()).isEqualTo(HEADLINE);
        OriginServer.Request seen = origin.requests().stream()
                .filter(q -> q.path().equals("/gzip/compressed-story")).findFirst().orElseThrow();
        assertThat(seen.header("Accept-Encoding")).contains("gzip");
        assertThat(seen.header("User-Agent")).startsWith("NewsBite");
    }

    @Test
    void homeHasTheAddressBox() {
        HttpResponse<String> r = client.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = client.html(r);
        noScripts(r, page);
        Element form = page.selectFirst("form");
        assertThat(form).isNotNull();
        assertThat(form.attr("method").toLowerCase(java.util.Locale.ROOT)).isIn("", "get");
        assertThat(form.attr("action")).isEqualTo("/read");
        assertThat(form.select("input[name=url]")).hasSize(1);
    }

    @Test
    void healthz() {
        assertThat(client.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownReaderRoutesAre404() {
        assertThat(client.get("/no-such-route").statusCode()).isEqualTo(404);
    }
}
