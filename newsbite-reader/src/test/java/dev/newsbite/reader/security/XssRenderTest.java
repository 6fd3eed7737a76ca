package dev.newsbite.reader.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.ExtractionException;
import dev.newsbite.NewsBite;
import dev.newsbite.model.Article;
import dev.newsbite.reader.security.XssPayloads.Payload;
import dev.newsbite.reader.store.RecentRead;
import dev.newsbite.reader.view.ArticleView;
import dev.newsbite.reader.view.ErrorView;
import dev.newsbite.reader.view.HomeView;
import dev.newsbite.reader.view.Pages;
import dev.newsbite.render.HtmlRenderer;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.render.MarkdownRenderer;
import dev.newsbite.render.TextRenderer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every payload of the corpus, in every field of an article page and of a listing page, through the
 * real extractor, the reader's {@link Pages} and the core renderers: the HTML holds only markup
 * NewsBite writes itself (no script, handler, frame, form, base, meta refresh, style attribute,
 * {@code javascript:} or {@code data:} address), and the text, Markdown and JSON answers make no
 * element at all if a browser ever reads them as HTML. The payloads must reach the output as text,
 * or the test would prove nothing. The error and home pages get the payloads in every value they show.
 */
class XssRenderTest {
    private static final String ORIGIN = "http://127.0.0.1:9";
    /** Small groups, so each payload lands in each header field (title, byline, caption...) once. */
    private static final int GROUP = 5;
    private static final List<Payload> PAYLOADS = XssPayloads.load(ORIGIN);

    private final Pages pages = new Pages();

    @Test
    void theCorpusHasOverAHundredPayloads() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(100);
        assertThat(PAYLOADS).allSatisfy(p -> assertThat(p.text()).as("armed").doesNotContain("{{"));
    }

    @Test
    void articleAndListingPagesRenderNoLiveMarkupInAnyFormat() throws ExtractionException {
        List<String> bad = new ArrayList<>();
        BitSet shown = new BitSet();
        int pagesRead = 0;
        for (int from = 0; from < PAYLOADS.size(); from += GROUP) {
            List<Payload> group = new ArrayList<>();
            for (int i = from; i < from + GROUP; i++) {
                group.add(PAYLOADS.get(i % PAYLOADS.size())); // the last group wraps round: always full
            }
            int index = from / GROUP;
            String articleUrl = ORIGIN + "/news/2026/11/28/xss-story-" + index;
            String listingUrl = ORIGIN + "/section/xss-" + index;
            String notice = "Stored copy " + group.get(0).text();
            pagesRead += check("article " + index, XssPages.article(articleUrl, ORIGIN, group, index), articleUrl,
                    notice, bad, shown);
            pagesRead += check("listing " + index, XssPages.listing(listingUrl, ORIGIN, group, index), listingUrl,
                    notice, bad, shown);
        }
        assertThat(bad).isEmpty();
        assertThat(pagesRead).as("pages the extractor read").isEqualTo(2 * ((PAYLOADS.size() + GROUP - 1) / GROUP));
        System.out.printf("XssRenderTest: %d payloads, %d pages; %d payloads reached a rendered page as text%n",
                PAYLOADS.size(), pagesRead, shown.cardinality());
        assertThat(shown.cardinality()).as("payloads that reached the output as text").isGreaterThan(PAYLOADS.size() / 2);
    }

    private int check(String where, String html, String url, String notice, List<String> bad, BitSet shown)
            throws ExtractionException {
        Article article = NewsBite.extract(html, url);
        String page = pages.article(new ArticleView(article, URI.create(url), Instant.now(), notice));
        bad.addAll(XssChecks.readerHtml(where + " reader page", page));
        bad.addAll(XssChecks.readerHtml(where + " core page", new HtmlRenderer().render(article)));
        bad.addAll(XssChecks.readerHtml(where + " core fragment", new HtmlRenderer().renderFragment(article)));
        String text = TextRenderer.inertAsHtml().render(article);
        bad.addAll(XssChecks.inertAsHtml(where + " .txt", text));
        bad.addAll(XssChecks.inertAsHtml(where + " .md", new MarkdownRenderer().render(article)));
        String json = new JsonRenderer().render(article);
        bad.addAll(XssChecks.inertAsHtml(where + " .json", json));
        assertThat(JsonRenderer.read(json)).as(where + " JSON reads back").isEqualTo(article);
        String visible = org.jsoup.Jsoup.parse(page).text();
        for (Payload p : PAYLOADS) {
            if (visible.contains(XssPayloads.HIT_PATH + p.number() + "`")) {
                shown.set(p.number());
            }
        }
        if (article.body().isEmpty() && article.teasers().isEmpty()) {
            bad.add(where + ": the extractor found nothing to show, so the payloads were not tried ("
                    + article.pageType() + ", " + article.title() + ")");
            return 0;
        }
        return 1;
    }

    @Test
    void textMarkdownAndJsonStayFaithfulWhileInert() {
        String words = "Use <b>bold</b>, 3 < 4, a <!-- note --> and <?php echo 1 ?> & more";
        Article a = new Article(null, null, dev.newsbite.model.PageType.ARTICLE, "Title <script>x</script>", null,
                List.of(), null, null, null, null, null, null, List.of(new dev.newsbite.model.Paragraph(words)),
                List.of());
        String text = TextRenderer.inertAsHtml().render(a);
        assertThat(text.replace("\u2060", "")).as("the same text, but for invisible word joiners")
                .contains(words).contains("Title <script>x</script>");
        assertThat(text).contains("3 < 4").doesNotContain("<b").doesNotContain("<!").doesNotContain("<?");
        String md = new MarkdownRenderer().render(a);
        assertThat(md).doesNotContain("<").contains("Use &lt;b\\>bold&lt;/b\\>, 3 &lt; 4");
        String json = new JsonRenderer().render(a);
        assertThat(json).doesNotContain("<").doesNotContain(">").contains("\\u003Cb\\u003E");
        assertThat(JsonRenderer.read(json)).isEqualTo(a);
        assertThat(JsonRenderer.writeHtmlSafe(java.util.Map.of("message", "x </script><b>&")))
                .isEqualTo("{\"message\":\"x \\u003C/script\\u003E\\u003Cb\\u003E\\u0026\"}");
    }

    @Test
    void errorAndHomePagesShowPayloadsAsText() {
        List<String> bad = new ArrayList<>();
        for (Payload p : PAYLOADS) {
            String v = p.text();
            bad.addAll(XssChecks.readerHtml("error page " + p.number(), pages.error(
                    new ErrorView(502, "origin-" + v, "Heading " + v, "not an HTML page (" + v + "): x", v))));
            bad.addAll(XssChecks.readerHtml("error page with a web address " + p.number(), pages.error(
                    new ErrorView(404, "not-found", "Not found", v, "http://example.com/a?q=" + v + "#" + v))));
            List<RecentRead> recent = List.of(new RecentRead("https://example.com/news/" + v, v, v, Instant.now()),
                    new RecentRead(v, "Title", null, Instant.now()));
            bad.addAll(XssChecks.readerHtml("home page " + p.number(), pages.home(new HomeView(recent, v, v))));
        }
        assertThat(bad).isEmpty();
        String typed = PAYLOADS.get(19).text();
        assertThat(org.jsoup.Jsoup.parse(pages.home(new HomeView(List.of(), typed, "x"))).selectFirst("input[name=url]")
                .attr("value")).as("the address box is refilled with exactly what was typed").isEqualTo(typed);
    }
}
