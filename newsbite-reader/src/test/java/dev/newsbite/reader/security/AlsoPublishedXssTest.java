package dev.newsbite.reader.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.reader.security.XssPayloads.Payload;
import dev.newsbite.reader.view.ArticleView;
import dev.newsbite.reader.view.Pages;
import dev.newsbite.similar.Outlet;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * "Also published by" shows what other pages said about themselves (site name, headline, address):
 * every payload of the corpus in each of them comes out as text, and every link is a reader path.
 */
class AlsoPublishedXssTest {
    private static final String ORIGIN = "http://127.0.0.1:9";
    private static final List<Payload> PAYLOADS = XssPayloads.load(ORIGIN);
    private static final String URL = "https://news.example.org/world/story";

    private final Pages pages = new Pages();

    @Test
    void outletNamesTitlesAndAddressesAreInert() {
        Article article = new Article(URL, null, PageType.ARTICLE, "A story", null, List.of(), null, null, "News",
                null, "en", null, List.of(new Paragraph("The story itself, long enough to be a story.")), List.of());
        List<String> bad = new ArrayList<>();
        int linked = 0;
        for (Payload p : PAYLOADS) {
            String v = p.text();
            // Stored addresses are valid URIs: the payload reaches them percent-encoded (and raw where it is one).
            String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8);
            List<Outlet> outlets = List.of(
                    new Outlet("https://copy.example.net/a?q=" + encoded + "#" + encoded, v, v, Instant.EPOCH),
                    new Outlet(v, "Site " + p.number(), v, null),
                    new Outlet("https://copy" + p.number() + ".example.net/" + encoded, v, null, null));
            String html = pages.article(new ArticleView(article, URI.create(URL), Instant.EPOCH, null, outlets));
            bad.addAll(XssChecks.readerHtml("also published by, payload " + p.number(), html));
            Element section = Jsoup.parse(html).selectFirst("section.also-published");
            if (section != null) {
                for (Element a : section.select("a")) {
                    linked++;
                    if (!a.attr("href").startsWith("/") || a.attr("href").startsWith("//")) {
                        bad.add("payload " + p.number() + ": link " + a.attr("href"));
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
        assertThat(linked).as("outlets linked, so the payloads were tried").isGreaterThan(PAYLOADS.size());
    }
}
