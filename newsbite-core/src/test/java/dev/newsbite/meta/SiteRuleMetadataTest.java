package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.rules.SiteRule;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteRuleMetadataTest {
    private static final String PAGE = "<html><head><title>Wrong title from the head | AP News</title></head><body>"
            + "<h1 class=\"Page-headline\">Dam inspectors order repairs before the spring melt</h1>"
            + "<bsp-timestamp data-timestamp=\"1773300000000\"><span>March 12</span></bsp-timestamp>"
            + "<div class=\"RichTextStoryBody\"><p>" + "Inspectors said the spillway needs new gates before the thaw. ".repeat(6)
            + "</p></div></body></html>";

    @Test
    void aMatchingRuleSetsTitleAndDateFromItsSelectors() throws Exception {
        Article article = Extractor.create().extract(PAGE, "https://apnews.com/article/dam-repairs-123").article();
        assertThat(article.title()).isEqualTo("Dam inspectors order repairs before the spring melt");
        assertThat(article.published()).startsWith("2026-03-12");
    }

    @Test
    void aRuleWhoseSelectorsMatchNothingLeavesThePageMetadata() {
        Document doc = Jsoup.parse("<html><body><h1>Plain</h1></body></html>", "https://example.com/a");
        Metadata meta = new Metadata("Plain", null, List.of(), "2026-01-02", null, null, null, null, null, null, null, null);
        SiteRule rule = new SiteRule("example.com", null, List.of(), "h1.no-such", "time.no-such");
        assertThat(SiteRuleMetadata.apply(rule, doc, meta)).isSameAs(meta);
    }
}
