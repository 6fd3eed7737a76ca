package dev.newsbite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkResolverTest {
    private static final List<String> HREFS = List.of(
            "/news/story", "story?id=1", "?page=2", "#comments", "", "  /padded  ", "//cdn.example.net/a.js",
            "https://other.example.org/x", "HTTP://UPPER.example.org/Y", "mailto:desk@example.com", "tel:+441234",
            "javascript:void(0)", "../up/one", "./here", "http://", "https://exa mple.com/", "http://[::1]/v6",
            "\u0001https://control.example.com/", "/tab\tbed", "ftp://files.example.com/f", "data:text/plain,hi",
            "https://bücher.example/ü", "%zz/bad-escape", "urn:isbn:123");

    @Test
    void givesWhatJsoupsAbsUrlGivesForEveryKindOfLink() {
        for (String base : List.of("https://example.com/section/page.html", "http://example.com",
                "", "not a url", "https://exa\u0002mple.com/x", "file:///tmp/page.html")) {
            Document doc = Jsoup.parse("<p></p>", base);
            LinkResolver links = LinkResolver.against(doc.baseUri());
            for (String href : HREFS) {
                Element a = doc.body().appendElement("a").attr("href", href);
                assertThat(links.href(a)).as(base + " + " + href).isEqualTo(a.absUrl("href"));
            }
            Element bare = doc.body().appendElement("a");
            assertThat(links.href(bare)).isEqualTo(bare.absUrl("href")).isEmpty();
        }
    }

    @Test
    void followsTheBaseElement() {
        Document doc = Jsoup.parse("<base href='https://base.example.com/dir/'><a href='x'>x</a>", "https://example.com/");
        Element a = doc.selectFirst("a");
        assertThat(LinkResolver.against(a.baseUri()).href(a)).isEqualTo("https://base.example.com/dir/x");
    }
}
