package dev.newsbite.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Link;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Teaser;
import dev.newsbite.reader.store.RecentRead;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PagesTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAK = "\" onload=\"alert(1)\" x=\"";

    private final Pages pages = new Pages();

    @Test
    void anArticlePageHasTheStoryInTheSeedsShape() {
        Document doc = Jsoup.parse(pages.article(SampleViews.storyView()));

        assertThat(doc.selectFirst(".newsbite .site").text()).isEqualTo("The Example Times");
        assertThat(doc.selectFirst("h1").text()).startsWith("River town evacuated");
        assertThat(doc.selectFirst(".standfirst").text()).startsWith("The water rose");
        assertThat(doc.selectFirst(".byline").text()).isEqualTo("By Ana Ruiz and Tom Berg · 29 November 2026");
        assertThat(doc.select(".newsbite h2").eachText()).containsExactly("What happens next");
        assertThat(doc.select(".newsbite ul li")).hasSize(2);
        assertThat(doc.selectFirst("blockquote").text()).contains("forty years");
        assertThat(doc.select("table tr")).hasSize(4);
        assertThat(doc.selectFirst(".source").text()).isEqualTo("Example Wire");
        assertThat(doc.title()).isEqualTo("River town evacuated as floods break a forty-year record");
    }

    @Test
    void everyPageIsACompleteScriptFreeDocument() {
        for (String html : List.of(pages.article(SampleViews.storyView()), pages.home(SampleViews.home()),
                pages.error(SampleViews.unreachable()))) {
            assertThat(html).startsWith("<!DOCTYPE html>");
            assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
            Document doc = Jsoup.parse(html);
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(doc.select("meta[charset=utf-8]")).hasSize(1);
            assertThat(doc.select("meta[name=viewport]")).hasSize(1);
            assertThat(doc.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
            assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .isEqualTo(Pages.META_CONTENT_SECURITY_POLICY);
            assertThat(doc.select("style")).hasSize(1);
            assertThat(doc.selectFirst("style").data()).contains("prefers-color-scheme:dark");
            assertThat(doc.selectFirst("header.bar a.brand").attr("href")).isEqualTo("/");
            assertNoEventHandlersOrScriptLinks(doc);
        }
    }

    @Test
    void theServersPolicyForbidsScriptsAndFrames() {
        assertThat(Pages.CONTENT_SECURITY_POLICY).startsWith("default-src 'none';")
                .doesNotContain("script-src").contains("frame-ancestors 'none'").contains("form-action 'self'")
                .contains("base-uri 'none'").contains("style-src 'unsafe-inline'");
        assertThat(Pages.CONTENT_SECURITY_POLICY).startsWith(Pages.META_CONTENT_SECURITY_POLICY);
    }

    @Test
    void hostileArticleTextIsShownAsTextNeverAsMarkup() {
        String title = "Breaking " + SCRIPT + ATTRIBUTE_BREAK;
        String caption = "A caption <img src=x onerror=alert(1)>" + ATTRIBUTE_BREAK;
        Article a = new Article(SampleViews.URL, null, PageType.ARTICLE, title, SCRIPT, List.of("Eve " + SCRIPT),
                null, null, "Site" + ATTRIBUTE_BREAK, SCRIPT, "en\" onload=\"x", null,
                List.of(new Figure(List.of("javascript:alert(1)"), ATTRIBUTE_BREAK, caption, SCRIPT),
                        new Paragraph("Click here", List.of(new Link(0, 5, "javascript:alert(1)")))),
                List.of());
        String html = pages.article(new ArticleView(a, URI.create(SampleViews.URL), SampleViews.FETCHED,
                "Stale " + SCRIPT));

        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img src=x");
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(title);
        assertThat(doc.title()).isEqualTo(title);
        assertThat(doc.selectFirst("figcaption").text()).contains("A caption <img src=x onerror=alert(1)>");
        assertThat(doc.selectFirst(".notice").text()).isEqualTo("Stale " + SCRIPT);
        assertThat(doc.select("img")).isEmpty();
        assertNoEventHandlersOrScriptLinks(doc);
    }

    @Test
    void hostileOriginalAddressesAreNotLinked() {
        String html = pages.error(new ErrorView(400, "bad-url", "That is not a web address", null,
                "javascript:alert(document.cookie)" + ATTRIBUTE_BREAK));
        Document doc = Jsoup.parse(html);

        assertThat(doc.selectFirst(".original").text()).contains("javascript:alert(document.cookie)");
        assertThat(doc.select(".original a")).isEmpty();
        // Given back in the box to be corrected, as a value, not as markup.
        assertThat(doc.selectFirst("input[name=url]").attr("value"))
                .isEqualTo("javascript:alert(document.cookie)" + ATTRIBUTE_BREAK);
        assertNoEventHandlersOrScriptLinks(doc);
    }

    @Test
    void anArticleWhoseOriginalIsNotAWebAddressLinksNothingToIt() {
        String html = pages.article(new ArticleView(SampleViews.storyView().article(),
                URI.create("javascript:alert(1)"), SampleViews.FETCHED, null));
        Document doc = Jsoup.parse(html);

        assertThat(doc.selectFirst(".page-foot .original").text()).isEqualTo("Original URL: javascript:alert(1)");
        assertThat(doc.select(".page-foot .original a, .bar-links a, .formats, link[rel=alternate]")).isEmpty();
        assertNoEventHandlersOrScriptLinks(doc);
    }

    @Test
    void readerPagesAreNotForSearchEnginesButTheHomePageIs() {
        assertThat(Jsoup.parse(pages.article(SampleViews.storyView())).selectFirst("meta[name=robots]").attr("content"))
                .isEqualTo("noindex, nofollow");
        assertThat(Jsoup.parse(pages.error(SampleViews.unreachable())).select("meta[name=robots]")).hasSize(1);
        assertThat(Jsoup.parse(pages.home(SampleViews.home())).select("meta[name=robots]")).isEmpty();
    }

    @Test
    void theBarSaysHowLongTheStoryTakesToRead() {
        Article long1000 = new Article(SampleViews.URL, null, PageType.ARTICLE, "T", null, List.of(), null, null, null,
                null, null, null, List.of(new Paragraph("word ".repeat(600)), new Paragraph(" x\n y ".repeat(200))),
                List.of());
        assertThat(Pages.readingMinutes(long1000)).isEqualTo(5);
        assertThat(Jsoup.parse(pages.article(SampleViews.storyView())).selectFirst(".bar-links").text())
                .isEqualTo("1 min read · Original ↗");
        ArticleView listing = new ArticleView(SampleViews.listing(null), URI.create("https://news.example.org/world"),
                SampleViews.FETCHED, null);
        assertThat(Jsoup.parse(pages.article(listing)).selectFirst(".bar-links").text()).isEqualTo("Original ↗");
    }

    @Test
    void aCaptionAppearsOnceWithItsCredit() {
        String html = pages.article(SampleViews.storyView());
        Document doc = Jsoup.parse(html);

        assertThat(occurrences(html, SampleViews.CAPTION)).isEqualTo(1);
        assertThat(occurrences(doc.text(), SampleViews.CAPTION)).isEqualTo(1);
        Element first = doc.selectFirst("figure figcaption");
        assertThat(first.text()).isEqualTo(SampleViews.CAPTION + " " + SampleViews.CREDIT);
        assertThat(first.selectFirst(".credit").text()).isEqualTo(SampleViews.CREDIT);
    }

    @Test
    void imagesLoadLazilyFromTheirOriginWithoutAReferrer() {
        Document doc = Jsoup.parse(pages.article(SampleViews.storyView()));

        assertThat(doc.select("figure img")).hasSize(2).allSatisfy(img -> {
            assertThat(img.attr("src")).startsWith("https://img.example.com/");
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("decoding")).isEqualTo("async");
            assertThat(img.attr("referrerpolicy")).isEqualTo("no-referrer");
        });
    }

    @Test
    void bodyLinksToNewsPagesStayInTheReaderButTheOriginalUrlDoesNot() {
        Document doc = Jsoup.parse(pages.article(SampleViews.storyView()));

        assertThat(doc.selectFirst(".newsbite p a:contains(budget vote)").attr("href"))
                .isEqualTo("/news.example.org/politics/2026/11/budget-vote");
        // A PDF is not a page the reader can show: it goes to the file itself.
        assertThat(doc.selectFirst(".newsbite p a:contains(a report)").attr("href")).isEqualTo(SampleViews.REPORT_PDF);
        Element original = doc.selectFirst(".page-foot .original a");
        assertThat(original.attr("href")).isEqualTo(SampleViews.URL);
        assertThat(original.text()).isEqualTo(SampleViews.URL);
        assertThat(doc.selectFirst(".page-foot .original").text()).isEqualTo("Original URL: " + SampleViews.URL);
        assertThat(doc.selectFirst(".bar-links a").attr("href")).isEqualTo(SampleViews.URL);
        // Only one "Original URL" line: the fragment's own is left out.
        assertThat(doc.select(".newsbite .original")).isEmpty();
    }

    @Test
    void theSamePageIsOfferedAsTextMarkdownAndJson() {
        Document doc = Jsoup.parse(pages.article(SampleViews.storyView()));

        String path = "/www.example.com/world/2026/11/river-town-floods";
        assertThat(doc.select(".formats a").eachAttr("href")).containsExactly(path + ".txt", path + ".md", path + ".json");
        assertThat(doc.select("link[rel=alternate]").eachAttr("href")).containsExactly(path + ".txt", path + ".md",
                path + ".json");
        assertThat(doc.selectFirst(".fetched time").attr("datetime")).isEqualTo("2026-11-29T10:41:00Z");
        assertThat(doc.selectFirst(".fetched").text()).contains("29 November 2026, 10:41 UTC");
    }

    @Test
    void aNoticeShowsAsABannerAboveTheArticle() {
        ArticleView stale = new ArticleView(SampleViews.storyView().article(), URI.create(SampleViews.URL),
                SampleViews.FETCHED, "The original site is not answering; this is the copy read on 29 November.");
        Document doc = Jsoup.parse(pages.article(stale));

        Element notice = doc.selectFirst("main > .notice");
        assertThat(notice.text()).startsWith("The original site is not answering");
        assertThat(notice.nextElementSibling().is("article.newsbite")).isTrue();
        assertThat(Jsoup.parse(pages.article(SampleViews.storyView())).select(".notice")).isEmpty();
    }

    @Test
    void teaserLinksOfAListingStayInTheReader() {
        ArticleView listing = new ArticleView(SampleViews.listing("https://img.example.org/t.jpg"),
                URI.create("https://news.example.org/world"), SampleViews.FETCHED, null);
        Document doc = Jsoup.parse(pages.article(listing));

        assertThat(doc.selectFirst("body").hasClass("listing")).isTrue();
        assertThat(doc.title()).isEqualTo("World · Example News");
        assertThat(doc.select(".teaser h2 a").eachAttr("href")).containsExactly(
                "/www.example.com/world/2026/11/river-town-floods",
                "/news.example.org/politics/2026/11/budget-vote",
                "/news.example.org/opinion/2026/11/river-towns-plan",
                "/news.example.org/travel/2026/11/rail-reopens");
        assertThat(doc.select(".teaser img")).hasSize(3);
        assertThat(doc.selectFirst(".teaser .teaser-byline").text()).isEqualTo("By Ana Ruiz");
        assertThat(doc.selectFirst(".page-foot .original a").attr("href")).isEqualTo("https://news.example.org/world");
    }

    @Test
    void aHostileTeaserIsEscapedAndItsScriptLinkDropped() {
        Article a = new Article("https://news.example.org/", null, PageType.LISTING, "Front", null, List.of(), null,
                null, null, null, null, null, List.of(), List.of(
                        new Teaser(SCRIPT + ATTRIBUTE_BREAK, "javascript:alert(1)", SCRIPT, SCRIPT, "javascript:x"),
                        new Teaser("Fine", "https://news.example.org/a/2026/fine-story", null, null, null)));
        String html = pages.article(new ArticleView(a, URI.create("https://news.example.org/"), SampleViews.FETCHED,
                null));

        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select(".teaser h2 a").eachAttr("href")).containsExactly("/news.example.org/a/2026/fine-story");
        assertNoEventHandlersOrScriptLinks(doc);
    }

    @Test
    void aPageWithNothingToReadSaysSoAndLinksTheOriginal() {
        Article nothing = new Article(SampleViews.URL, null, PageType.OTHER, null, null, List.of(), null, null, null,
                null, null, null, List.of(), List.of());
        Document doc = Jsoup.parse(pages.article(new ArticleView(nothing, URI.create(SampleViews.URL),
                SampleViews.FETCHED, null)));

        assertThat(doc.selectFirst(".empty")).isNotNull();
        assertThat(doc.selectFirst(".page-foot .original a").attr("href")).isEqualTo(SampleViews.URL);
        assertThat(doc.title()).isEqualTo("NewsBite");
    }

    @Test
    void theHomePageHasTheAddressBoxAndTheRecentReads() {
        Document doc = Jsoup.parse(pages.home(SampleViews.home()));

        Element form = doc.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/read");
        Element input = form.selectFirst("input[name=url]");
        assertThat(input.attr("type")).isEqualTo("url");
        assertThat(input.hasAttr("autofocus")).isTrue();
        assertThat(input.attr("placeholder")).startsWith("https://");
        assertThat(input.hasAttr("value")).isFalse();
        assertThat(doc.select(".problem")).isEmpty();

        assertThat(doc.select(".recent li a").eachAttr("href")).containsExactly(
                "/www.example.com/world/2026/11/river-town-floods",
                "/news.example.org/politics/2026/11/budget-vote",
                "/http:plain.example.net/story/1");
        assertThat(doc.select(".recent li a").get(1).text()).isEqualTo("news.example.org/politics/2026/11/budget-vote");
        assertThat(doc.selectFirst(".recent li .meta").text()).isEqualTo("The Example Times · 29 November 2026, 10:41 UTC");
        assertThat(doc.select(".recent li .meta").get(1).text()).startsWith("news.example.org · ");
    }

    @Test
    void theHomeFormRefillsWhatWasTypedEscaped() {
        String typed = "\"><script>alert(1)</script><input value=\"";
        String html = pages.home(new HomeView(List.of(), typed, "That is not a web address: " + SCRIPT));

        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("input")).hasSize(1);
        Element input = doc.selectFirst("input[name=url]");
        assertThat(input.attr("value")).isEqualTo(typed);
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.selectFirst(".problem").text()).isEqualTo("That is not a web address: " + SCRIPT);
        assertThat(doc.select(".nothing")).hasSize(1);
    }

    @Test
    void hostileRecentReadsAreEscapedAndOnlyWebAddressesListed() {
        HomeView v = new HomeView(List.of(new RecentRead("javascript:alert(1)", "Bad", null, SampleViews.FETCHED),
                new RecentRead(SampleViews.URL, SCRIPT + ATTRIBUTE_BREAK, SCRIPT, SampleViews.FETCHED)), null, null);
        String html = pages.home(v);

        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select(".recent li")).hasSize(1);
        assertThat(doc.selectFirst(".recent li a").text()).isEqualTo(SCRIPT + ATTRIBUTE_BREAK);
        assertNoEventHandlersOrScriptLinks(doc);
    }

    @Test
    void anErrorPageCarriesTheOriginalUrlAndAWayHome() {
        Document doc = Jsoup.parse(pages.error(SampleViews.unreachable()));

        assertThat(doc.selectFirst("body").hasClass("error-unreachable")).isTrue();
        assertThat(doc.selectFirst(".status").text()).isEqualTo("Error 502");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("The original page could not be reached");
        assertThat(doc.selectFirst(".detail").text()).startsWith("news.example.org did not answer");
        Element original = doc.selectFirst(".original a");
        assertThat(original.attr("href")).isEqualTo(SampleViews.OTHER_STORY);
        assertThat(original.text()).isEqualTo(SampleViews.OTHER_STORY);
        assertThat(doc.select("a[href=/]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(doc.selectFirst("form").attr("action")).isEqualTo("/read");
        // The heading is what to read first (and a phone should not open its keyboard).
        assertThat(doc.selectFirst("input[name=url]").hasAttr("autofocus")).isFalse();
        assertThat(doc.title()).isEqualTo("The original page could not be reached · NewsBite");
    }

    @Test
    void anErrorWithoutAnAddressOrDetailStillReads() {
        Document doc = Jsoup.parse(pages.error(new ErrorView(404, "Not Found <b>", "Nothing here", null, null)));

        assertThat(doc.select(".original, .detail")).isEmpty();
        assertThat(doc.selectFirst("body").className()).isEqualTo("error error-not-found-b-");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Nothing here");
    }

    private static void assertNoEventHandlersOrScriptLinks(Document doc) {
        for (Element el : doc.getAllElements()) {
            assertThat(el.tagName()).isNotIn("script", "iframe", "object", "embed", "svg", "math");
            for (Attribute attr : el.attributes()) {
                assertThat(attr.getKey()).as("attribute on <%s>", el.tagName()).doesNotStartWith("on");
                String value = attr.getValue().strip().toLowerCase(Locale.ROOT);
                if (attr.getKey().equals("href") || attr.getKey().equals("src") || attr.getKey().equals("action")) {
                    assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:text")
                            .doesNotStartWith("vbscript:");
                }
            }
        }
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
