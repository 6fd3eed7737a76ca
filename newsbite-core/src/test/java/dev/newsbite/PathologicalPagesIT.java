package dev.newsbite;

import static dev.newsbite.PathologicalPages.MB;
import static dev.newsbite.PathologicalPages.nested;
import static dev.newsbite.PathologicalPages.page;
import static dev.newsbite.PathologicalPages.story;
import static dev.newsbite.PathologicalPages.utf8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbite.PathologicalPages.Outcome;
import dev.newsbite.PathologicalPages.Page;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The big pathological pages (5 to 20 MB, 100,000 levels, tens of thousands of elements), run
 * under {@code -Pslow}. The same checks as {@link PathologicalPagesTest}; the timeouts are hang
 * guards sized for a busy machine, not speed targets.
 */
class PathologicalPagesIT {
    private static final Extractor EXTRACTOR = Extractor.create();

    static Stream<Page> pages() {
        return Stream.of(
                new Page("100,000 nested lists", () -> nested("<ul><li>", "</li></ul>", 100_000)),
                new Page("100,000 nested tables", () -> nested("<table><tr><td>", "</td></tr></table>", 100_000)),
                new Page("100,000 nested inline tags", () -> nested("<span><b><i><em>", "</em></i></b></span>", 25_000)),
                new Page("a 20 MB text node without tags", () -> page("<p>" + "word ".repeat(4 * MB) + "</p>")),
                new Page("a 20 MB attribute", () -> page("<div data-x=\"" + "x".repeat(20 * MB) + "\"><p>" + story() + "</p></div>")),
                new Page("a 10 MB alt text on each of two images", () -> page(("<figure><img src=\"/a.jpg\" alt=\"" + "Alt text ".repeat(MB + MB / 8)
                        + "\"><figcaption>Caption. Photo: AP</figcaption></figure>").repeat(2) + "<p>" + story() + "</p>")),
                new Page("50,000 figures", () -> page(("<figure><img data-src=\"/i/a.jpg\" srcset=\"/i/a-320.jpg 320w, /i/a-1280.jpg 1280w\">"
                        + "<figcaption>A caption. Picture: AFP</figcaption></figure>").repeat(50_000) + "<p>" + story() + "</p>")),
                new Page("50,000 images without figures", () -> page("<p>" + story() + "</p>" + "<img src=\"/i/y.jpg\" alt=\"A picture\">".repeat(50_000))),
                new Page("30,000 links inside one paragraph", () -> page("<p>" + "<a href=\"https://news.example/a\">word</a> ".repeat(30_000) + "</p><p>" + story() + "</p>")),
                new Page("100,000 links in a menu", () -> page("<nav>" + "<a href=\"/section/a\">Section</a> ".repeat(100_000) + "</nav><p>" + story() + "</p>")),
                new Page("a 10 MB JSON-LD articleBody", () -> page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\""
                        + "A sentence of the story. ".repeat(10 * MB / 25) + "\"}</script>", "<p>" + story() + "</p>")),
                new Page("1,000,000 meta tags", () -> page("<meta name=\"x\" content=\"y\">".repeat(1_000_000), "<p>" + story() + "</p>")),
                new Page("a 5 MB title, byline and date", () -> utf8("<html><head><title>" + "Title ".repeat(MB) + "</title><meta name=\"author\" content=\""
                        + "By Ann ".repeat(MB / 2) + "\"><meta property=\"article:published_time\" content=\"" + "2026".repeat(MB / 4)
                        + "\"></head><body><h1>" + "a".repeat(5 * MB) + "!</h1><p>" + story() + "</p></body></html>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void endsInAnArticleOrATypedError(Page page) {
        PathologicalPages.extractAndCheck(EXTRACTOR, page);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTwentyMegabytePageOnAShortBudgetSaysSoAndStillGivesText() {
        Extractor hurried = Extractor.create(ExtractOptions.defaults().withTimeBudgetMillis(50).withMaxInputChars(30 * MB));
        Outcome outcome = PathologicalPages.extractAndCheck(hurried, new Page("20 MB of paragraphs",
                () -> page(("<div><p>" + story() + "</p></div>").repeat(20 * MB / 230))));
        assertTrue(outcome.extraction().problems().stream().anyMatch(p -> p.code().equals("time-budget")),
                "a 20 MB page cannot be read in 50 ms; the spent budget must be reported: " + outcome.extraction().problems());
        assertTrue(outcome.extraction().article().bodyText().contains("harbour wall"), "a partial article still comes back");
    }
}
