package dev.newsbite.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.content.Content;
import dev.newsbite.content.ContentExtractor;
import dev.newsbite.internal.Deadline;
import dev.newsbite.meta.Metadata;
import dev.newsbite.model.Paragraph;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SiteRulesTest {

    @Test
    void builtInRulesLoadAndMatchTheHostAndItsSubdomains() {
        assertThat(SiteRules.builtIn().size()).isPositive();
        assertThat(SiteRules.forUrl("https://apnews.com/article/x")).isPresent();
        assertThat(SiteRules.forUrl("https://www.apnews.com/article/x")).get()
                .extracting(SiteRule::host).isEqualTo("apnews.com");
        assertThat(SiteRules.forUrl("https://notapnews.com/article/x")).isEmpty();
        assertThat(SiteRules.forUrl("https://example.org/")).isEmpty();
        assertThat(SiteRules.forUrl(null)).isEmpty();
        assertThat(SiteRules.forUrl("not a url at all")).isEmpty();
    }

    @Test
    void aLookupMatchesWholeLabelsOnly() {
        SiteRules rules = new SiteRules(List.of(new SiteRule("example.com", "div.x", null, null, null)));
        assertThat(rules.lookup("http://news.example.com/a")).isPresent();
        assertThat(rules.lookup("http://badexample.com/a")).isEmpty();
        assertThat(rules.lookup("http://example.com.evil.net/a")).isEmpty();
    }

    @Test
    void theExtractorAppliesTheBodyAndStripSelectorsOfAMatchingRule() {
        String para = "A sentence of the story that is long enough to count as a real paragraph of text. ";
        String html = "<html><body><div class='Article'><div class='RichTextStoryBody'><p>" + para + "</p>"
                + "<div class='Advertisement'>Buy now, a great offer just for you and your family today.</div>"
                + "<p>" + para + "two</p></div></div><div class='comments-list'><p>" + para.repeat(20)
                + "</p></div></body></html>";
        Content c = new ContentExtractor().extract(Jsoup.parse(html, "https://apnews.com/article/a-story"),
                Metadata.empty(), Deadline.none());
        assertThat(c.body()).hasSize(2).allMatch(b -> b instanceof Paragraph);
        assertThat(c.body().get(0).text()).startsWith("A sentence");
    }
}
