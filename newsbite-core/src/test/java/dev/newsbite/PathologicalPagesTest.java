package dev.newsbite;

import static dev.newsbite.PathologicalPages.MB;
import static dev.newsbite.PathologicalPages.concat;
import static dev.newsbite.PathologicalPages.nested;
import static dev.newsbite.PathologicalPages.page;
import static dev.newsbite.PathologicalPages.story;
import static dev.newsbite.PathologicalPages.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbite.PathologicalPages.Outcome;
import dev.newsbite.PathologicalPages.Page;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological pages up to about a megabyte, on top of those in {@code hostile.HostileInputTest}
 * (which this does not repeat): each ends in an article or a typed error, in proportion to its
 * size, and says when its time budget ran out. The {@link Timeout} is only a hang guard.
 */
class PathologicalPagesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    static Stream<Page> pages() {
        return Stream.of(
                new Page("10,000 nested lists", () -> nested("<ul><li>", "</li></ul>", 10_000)),
                new Page("10,000 nested ordered lists left open", () -> nested("<ol><li>item", "", 10_000)),
                new Page("24,000 nested inline tags of many kinds", () -> nested("<b><i><u><em><strong><small><sub><a href=\"/a\">", "", 3_000)),
                new Page("5,000 nested tables left open", () -> nested("<table><tr><td>", "", 5_000)),
                new Page("10,000 nested figures and captions", () -> nested("<figure><figcaption>Photo: AP</figcaption>", "</figure>", 10_000)),
                new Page("10,000 nested quotes", () -> nested("<blockquote><p>\u201c", "\u201d</p></blockquote>", 10_000)),
                new Page("5,000 images without figures", () -> page(("<img src=\"/i/x.jpg\" alt=\"A picture\" width=\"800\">"
                        + "<p>" + story() + "</p>").repeat(2).concat("<img src=\"/i/y.jpg\">".repeat(5_000)))),
                new Page("3,000 links inside one paragraph", () -> page("<p>" + "<a href=\"https://news.example/a\">word</a> ".repeat(3_000) + "</p><p>" + story() + "</p>")),
                new Page("5,000 teasers linking to one story", () -> page("<ul>" + "<li><h3><a href=\"https://news.example/world/2026/05/story\">A headline for a story here</a></h3><p>A line.</p></li>".repeat(5_000) + "</ul>")),
                new Page("20,000 meta tags", () -> page("<meta name=\"keywords\" content=\"a, b\"><meta property=\"og:title\" content=\"T\">".repeat(10_000), "<p>" + story() + "</p>")),
                new Page("6,000 author and date metas", () -> page(("<meta name=\"author\" content=\"Ann Lee\"><meta property=\"article:published_time\" content=\"2026-05-01T10:00:00Z\">"
                        + "<meta property=\"article:author\" content=\"https://news.example/by/ann\">").repeat(2_000), "<p>" + story() + "</p>")),
                new Page("unterminated and out-of-range entities", PathologicalPagesTest::entities),
                new Page("an entity cut by the end of the page", () -> utf8("<html><head><title>&#x1F6</title></head><body><p>" + story() + "</p><p>&#99999999")),
                new Page("UTF-8, Latin-1 and UTF-16 glued together", PathologicalPagesTest::mixedEncodings),
                new Page("a UTF-16LE byte-order mark before UTF-8 text", () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("<p>" + story() + "</p>"))),
                new Page("a UTF-8 byte-order mark before UTF-16BE text", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        ("<html><body><p>" + story() + "</p></body></html>").getBytes(StandardCharsets.UTF_16BE))),
                new Page("UTF-32 declared, Latin-1 sent", () -> ("<html><head><meta charset=\"utf-32\"></head><body><p>Caf\u00e9 " + story() + "</p></body></html>")
                        .getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=UTF-32"),
                new Page("regex bait in the title, byline and dates", PathologicalPagesTest::regexBait),
                new Page("a 1 MB title without spaces", () -> utf8("<html><head><title>" + "x".repeat(MB) + "</title><meta property=\"og:title\" content=\""
                        + "Ab.".repeat(MB / 3) + "\"></head><body><h1>" + "-".repeat(MB) + "</h1><p>" + story() + "</p></body></html>")),
                new Page("nested quotes in every text field", () -> page("<meta name=\"author\" content=\"" + "&quot;'".repeat(100_000) + "\">",
                        "<p class=\"byline\">By " + "\u201c\u2018\"'".repeat(50_000) + "</p><p>" + story() + "</p><time>" + "\"".repeat(100_000) + "</time>")),
                new Page("a 2 MB JSON-LD graph of 20,000 articles", () -> page("<script type=\"application/ld+json\">{\"@graph\":["
                        + "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":{\"@type\":\"Person\",\"name\":\"A\"},\"datePublished\":\"2026-05-01\"},".repeat(20_000)
                        + "{}]}</script>", "<p>" + story() + "</p>")),
                new Page("JSON-LD objects nested 50,000 deep in keys", () -> page("<script type=\"application/ld+json\">" + "{\"@type\":\"NewsArticle\",\"author\":".repeat(50_000)
                        + "\"x\"" + "}".repeat(50_000) + "</script>", "<p>" + story() + "</p>")),
                new Page("JSON-LD strings full of escapes", () -> page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\""
                        + "\\u0000\\ud800\\\\\\\"".repeat(100_000) + "\",\"author\":\"" + "\\n".repeat(200_000) + "\"}</script>", "<p>" + story() + "</p>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void endsInAnArticleOrATypedError(Page page) {
        PathologicalPages.extractAndCheck(EXTRACTOR, page);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSpentBudgetIsReportedAndAPartialArticleStillComes() {
        Extractor hurried = Extractor.create(ExtractOptions.defaults().withTimeBudgetMillis(1));
        Page big = new Page("a long story on a one-millisecond budget",
                () -> page(("<div><p>" + story() + "</p><p>" + story() + "</p></div>").repeat(3_000)));
        Outcome outcome = PathologicalPages.extractAndCheck(hurried, big);
        assertNotNull(outcome.extraction(), "a long story gives an article, not an error");
        assertTrue(outcome.extraction().problems().stream().anyMatch(p -> p.code().equals("time-budget")),
                "the budget ran out and must be reported: " + outcome.extraction().problems());
        assertFalse(outcome.extraction().article().bodyText().isBlank(), "some of the story comes back");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theStoryUnderDeepListsIsStillFound() {
        Outcome outcome = PathologicalPages.extractAndCheck(EXTRACTOR, new Page("lists", () -> nested("<ul><li>", "</li></ul>", 10_000)));
        assertTrue(outcome.extraction().article().bodyText().contains("harbour wall"), outcome.extraction().article().bodyText());
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLabelNoBrowserKnowsIsIgnoredRatherThanTurningThePageToGarbage() {
        for (String label : new String[] {"utf-32", "UTF-32BE", "ibm037", "x-UTF-32LE-BOM"}) {
            Page page = new Page("Latin-1 labelled " + label, () -> ("<html><head><meta charset=\"" + label
                    + "\"></head><body><p>Caf\u00e9 " + story() + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1),
                    "text/html; charset=" + label);
            Outcome outcome = PathologicalPages.extractAndCheck(EXTRACTOR, page);
            assertTrue(outcome.extraction().article().bodyText().contains("Caf\u00e9 The council voted"),
                    page + ": " + outcome.extraction().article().bodyText());
        }
    }

    private static byte[] entities() {
        String bad = "&#99999999; &#x110000; &#xDFFF; &#x0; &#-1; &#x-1; &#1e3; &#x; &# &#; &amp &lt; &gt &quot &apos; &nbsp"
                + " &#x1F600 &#128512 &CounterClockwiseContourIntegral &NotNestedGreaterGreater; &" + "#".repeat(1_000)
                + " &#" + "0".repeat(10_000) + "65; &#x" + "0".repeat(10_000) + "41;";
        return page("<meta name=\"author\" content=\"" + bad + "\"><meta property=\"og:title\" content=\"" + bad + "\">",
                "<h1>" + bad + "</h1><p class=\"byline\">By " + bad + "</p><p>" + story() + " " + bad + "</p>"
                        + "<a href=\"https://news.example/&#x6A;avascript&colon;x&#99999999\">" + bad + "</a><p>" + bad.repeat(50) + "&#x1F6");
    }

    private static byte[] mixedEncodings() {
        return concat(
                utf8("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Caf\u00e9 \u2014 d\u00e9j\u00e0 vu</title></head><body><article><p>" + story() + " \u00e9t\u00e9</p>"),
                "<p>Cr\u00e8me br\u00fbl\u00e9e \u00e0 la carte, na\u00efve fa\u00e7ade</p>".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<p>UTF-16 in the middle</p>".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<p>windows \u2019quotes\u2019 \u20ac</p>".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                utf8("<p>" + story() + "</p></article></body></html>"));
    }

    private static byte[] regexBait() {
        String aaa = "a".repeat(100_000) + "!";
        String dots = ".".repeat(100_000);
        String spaces = " ".repeat(200_000);
        String digits = "1".repeat(100_000);
        return page("<meta name=\"author\" content=\"By " + aaa + spaces + "and" + spaces + "\">"
                        + "<meta property=\"article:published_time\" content=\"" + digits + "-" + digits + "T" + dots + "\">"
                        + "<meta name=\"date\" content=\"" + "2026-05-01 ".repeat(20_000) + "\">"
                        + "<meta property=\"og:site_name\" content=\"" + "News | ".repeat(20_000) + "\">",
                "<h1>" + aaa + " | " + "Site - ".repeat(20_000) + "</h1>"
                        + "<p class=\"byline\">By " + "A. ".repeat(50_000) + "and " + "B-".repeat(50_000) + "!</p>"
                        + "<p class=\"dateline\">Updated " + "12:00, ".repeat(30_000) + "May " + digits + "</p>"
                        + "<time datetime=\"" + "2026-05-01T10:00:00+".repeat(10_000) + "\">" + spaces + dots + "</time>"
                        + "<p>" + story() + "</p><p>" + "Photo: ".repeat(30_000) + "AFP/Getty/" + "Reuters/".repeat(30_000) + "</p>"
                        + "<figure><img src=\"/a.jpg\"><figcaption>" + "(Photo: ".repeat(30_000) + "</figcaption></figure>");
    }
}
