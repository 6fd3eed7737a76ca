package dev.newsbite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.internal.Deadline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile pages never overflow the stack and honour the deadline (the large ones: HostileInputIT). */
class HostileInputTest {
    private final ContentExtractor extractor = new ContentExtractor();

    @Test
    @Timeout(5)
    void hundredThousandNestedDivs() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + ContentExtractorTest.PARA + "</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        Document doc = Jsoup.parse(html, ContentExtractorTest.URL);
        Content c = extractor.extract(doc, ContentExtractorTest.meta("t", null), Deadline.in(2000));
        assertThat(ContentExtractorTest.text(c)).contains("The minister said");
    }

    @Test
    void anExpiredDeadlineReturnsWhatItHasMarkedTruncated() {
        Document doc = Jsoup.parse(ContentExtractorTest.story(("<p>" + ContentExtractorTest.PARA + "</p>").repeat(3000)),
                ContentExtractorTest.URL);
        Content c = extractor.extract(doc, ContentExtractorTest.meta("t", null), Deadline.in(0));
        assertThat(c.truncated()).isTrue();
    }
}
