package dev.newsbite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Link;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.model.Table;
import dev.newsbite.model.Teaser;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk";
    private static final Set<String> BODY_TAGS = Set.of("body", "article", "header", "footer", "section", "p", "h1",
            "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "caption", "thead", "tbody", "tr",
            "th", "td", "figure", "figcaption", "img", "a", "span", "time", "br");

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void aStandalonePageThatForbidsScriptsAndReferrers() {
        String html = renderer.render(SampleArticles.story());
        assertThat(html).startsWith("<!doctype html>\n<html lang=\"en\">");
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'");
        assertThat(doc.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
        assertThat(doc.selectFirst("meta[name=viewport]")).isNotNull();
        assertThat(doc.select("style").html()).contains("prefers-color-scheme:dark").contains("max-width");
        assertThat(doc.title()).isEqualTo("Putin and Kim letters ‘show Moscow seeking arms’");
        assertThat(doc.select("script, iframe, object, embed, form")).isEmpty();
    }

    @Test
    void headerFiguresLinksAndFooterHaveTheirShape() {
        Document doc = Jsoup.parse(renderer.render(SampleArticles.story()));
        Element article = doc.selectFirst("body > article.newsbite");
        assertThat(article.selectFirst("header .site").text()).isEqualTo("The Australian");
        assertThat(article.selectFirst("header h1").text()).isEqualTo("Putin and Kim letters ‘show Moscow seeking arms’");
        assertThat(article.selectFirst("header .standfirst").text()).isEqualTo("The US says Putin and Kim have exchanged letters.");
        assertThat(article.selectFirst("header .byline").text()).isEqualTo("By Jane Doe · 21 March 2023");
        assertThat(article.selectFirst("header time").attr("datetime")).isEqualTo("2023-03-21T09:30:00+11:00");

        Element img = article.selectFirst("figure > img");
        assertThat(img.attr("src")).isEqualTo("https://img.example.com/putin-kim.jpg");
        assertThat(img.attr("alt")).isEqualTo("Putin and Kim shake hands");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("referrerpolicy")).isEqualTo("no-referrer");
        Element caption = article.selectFirst("figure > figcaption");
        assertThat(caption.text()).isEqualTo("Putin and Kim in 2019. Picture: AFP");
        assertThat(caption.selectFirst("span.credit").text()).isEqualTo("Picture: AFP");

        Element link = article.selectFirst("p > a[href*=russian-visits]");
        assertThat(link.text()).isEqualTo("Russian officials");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(link.parent().text()).isEqualTo("Kirby said the letters followed visits by Russian officials to Pyongyang.");

        assertThat(article.select("h2").text()).isEqualTo("What happens next");
        assertThat(article.select("ul > li").eachText()).containsExactly("Sanctions", "Talks");
        assertThat(article.select("ol > li").eachText()).containsExactly("First step", "Second step");
        assertThat(article.selectFirst("blockquote").text()).isEqualTo("We urge North Korea to cease its arms negotiations. — John Kirby");
        assertThat(article.select("table thead th").eachText()).containsExactly("Year", "Launches");
        assertThat(article.select("table tbody tr")).hasSize(2);
        assertThat(article.selectFirst("table caption").text()).isEqualTo("Launches by year");
        assertThat(article.selectFirst(".embed a").attr("href")).isEqualTo("https://video.example.com/v/42");
        assertThat(article.selectFirst(".embed").text()).isEqualTo("Video Missile launch footage");
        assertThat(article.selectFirst(".embed .kind").text()).isEqualTo("Video");
        assertThat(article.selectFirst("footer .source").text()).isEqualTo("The Times");
        Element original = article.selectFirst("footer .original a");
        assertThat(original.text()).isEqualTo("Original URL");
        assertThat(original.attr("href")).isEqualTo(SampleArticles.URL);
    }

    @Test
    void pageTextIsEscapedByConstruction() {
        Article a = new Article(SampleArticles.URL, null, PageType.ARTICLE, "<script>alert(1)</script>",
                "<img src=x onerror=alert(2)>", List.of("\"><svg onload=alert(3)>"), "2023-01-01", null,
                "</title><script>alert(4)</script>", null, "en\" onload=\"x", null,
                List.of(new Paragraph("<b>not bold</b> & <iframe src=//evil>"),
                        new Heading(2, "<style>*{display:none}</style>"),
                        new Quote("<a href=javascript:alert(5)>x</a>", "<i>y</i>"),
                        new Table("<u>t</u>", 1, List.of(List.of("<th onclick=z>")))),
                null);
        String html = renderer.render(a);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, iframe, svg, b, i, u")).isEmpty();
        assertThat(doc.select("[onerror], [onload], [onclick]")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.selectFirst("html").hasAttr("lang")).isFalse();
        assertThat(doc.select("article p").first().text()).isEqualTo("</title><script>alert(4)</script>");
        assertOnlyAllowedMarkup(doc);
    }

    @Test
    void onlyWebAddressesBecomeLinksAndOnlyThoseOrInlineImagesBecomeSources() {
        String text = "one two three four five";
        Article a = SampleArticles.withBody(
                new Paragraph(text, List.of(new Link(0, 3, "javascript:alert(1)"), new Link(4, 7, "vbscript:msgbox"),
                        new Link(8, 13, "data:text/html,<script>alert(1)</script>"), new Link(14, 18, "file:///etc/passwd"),
                        new Link(19, 23, "https://ok.example/five"))),
                new Figure(List.of("javascript:alert(1)"), null, "bad src", null),
                new Figure(List.of("data:text/html;base64,PHNjcmlwdD4="), null, "data html", null),
                new Figure(List.of(PNG), "dot", null, null),
                new Embed("javascript:alert(1)", "video", "evil"));
        Document doc = Jsoup.parse(renderer.render(a));
        assertThat(doc.select("a[href]").eachAttr("href"))
                .containsExactly("https://ok.example/five", SampleArticles.URL);
        assertThat(doc.select("img").eachAttr("src")).containsExactly(PNG);
        assertThat(doc.select("figcaption").eachText()).containsExactly("bad src", "data html");
        assertThat(doc.html()).doesNotContain("javascript").doesNotContain("vbscript").doesNotContain("file:")
                .doesNotContain("data:text");
        assertThat(doc.select("article > p").first().text()).isEqualTo(text);
    }

    @Test
    void linkRewritingIsPluggableButCannotIntroduceScripts() {
        String text = "Read the other story here.";
        Article a = SampleArticles.withBody(new Paragraph(text, List.of(
                new Link(9, 20, "https://www.example.com/other-story"), new Link(21, 25, "https://www.example.com/here"))));
        HtmlRenderer local = new HtmlRenderer(href -> href.endsWith("/here")
                ? "javascript:alert(1)" : "/read?url=" + java.net.URLEncoder.encode(href, java.nio.charset.StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(local.render(a));
        assertThat(doc.select("article > p a").eachAttr("href"))
                .containsExactly("/read?url=https%3A%2F%2Fwww.example.com%2Fother-story");
        assertThat(doc.selectFirst("footer .original a").attr("href")).isEqualTo(SampleArticles.URL);
        assertThat(doc.html()).doesNotContain("javascript");
    }

    @Test
    void theFragmentIsTheArticleElementAlone() {
        String fragment = renderer.renderFragment(SampleArticles.story());
        assertThat(fragment).startsWith("<article class=\"newsbite\" lang=\"en\">").endsWith("</article>")
                .doesNotContain("<html").doesNotContain("<head>").doesNotContain("<style");
        Document doc = Jsoup.parseBodyFragment(fragment);
        assertThat(doc.select("figure figcaption .credit").text()).isEqualTo("Picture: AFP");
        assertOnlyAllowedMarkup(doc);
    }

    @Test
    void aFragmentForAPageThatLinksTheOriginalItselfKeepsOnlyTheSourceLine() {
        String fragment = new HtmlRenderer().withoutOriginalLink().renderFragment(SampleArticles.story());
        Document doc = Jsoup.parseBodyFragment(fragment);
        assertThat(doc.select("footer .original")).isEmpty();
        assertThat(doc.selectFirst("footer .source").text()).isEqualTo("The Times");
        assertThat(doc.select("a[href=" + SampleArticles.URL + "]")).isEmpty();
    }

    @Test
    void aCaptionThatAlreadyHoldsTheCreditIsShownOnce() {
        Article a = SampleArticles.withBody(new Figure(List.of("https://x.example/a.jpg"), null,
                "Kim in 2019. Picture: AFP", "Picture: AFP"));
        Element caption = Jsoup.parse(renderer.render(a)).selectFirst("figcaption");
        assertThat(caption.text()).isEqualTo("Kim in 2019. Picture: AFP");
        assertThat(caption.select(".credit")).isEmpty();
    }

    @Test
    void listingsShowTeasersWithLinksImagesAndBylines() {
        Document doc = Jsoup.parse(renderer.render(SampleArticles.listing()));
        List<Element> teasers = doc.select("section.teasers > article.teaser");
        assertThat(teasers).hasSize(2);
        Element first = teasers.get(0);
        assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("https://news.example.org/world/2024/05/floods-north");
        assertThat(first.selectFirst("img").attr("src")).isEqualTo("https://img.example.org/floods.jpg");
        assertThat(first.select("p").eachText()).containsExactly("Rivers burst their banks overnight.", "By Ana Ruiz");
        assertThat(teasers.get(1).select("img, p")).isEmpty();
    }

    @Test
    void leadImageIsShownWhenTheBodyHasNoFigure() {
        Article a = new Article(SampleArticles.URL, null, PageType.ARTICLE, "T", null, null, null, null, null, null,
                null, "https://x.example/lead.jpg", List.of(new Paragraph("p")), List.<Teaser>of());
        Document doc = Jsoup.parse(renderer.render(a));
        assertThat(doc.select("figure img").eachAttr("src")).containsExactly("https://x.example/lead.jpg");
    }

    @Test
    void lineBreaksInsideAParagraphBecomeBrElements() {
        Document doc = Jsoup.parse(renderer.render(SampleArticles.withBody(new Paragraph("line one\nline two"))));
        assertThat(doc.select("article > p").first().select("br")).hasSize(1);
    }

    /** The second line of defence holds: nothing outside the renderer's own vocabulary. */
    private static void assertOnlyAllowedMarkup(Document doc) {
        for (Element el : doc.body().getAllElements()) {
            assertThat(BODY_TAGS).as("tag <%s>", el.tagName()).contains(el.tagName());
            for (Attribute attr : el.attributes()) {
                assertThat(attr.getKey()).as("attribute on <%s>", el.tagName())
                        .isIn("class", "lang", "href", "rel", "src", "alt", "loading", "decoding", "referrerpolicy",
                                "datetime");
            }
        }
    }
}
