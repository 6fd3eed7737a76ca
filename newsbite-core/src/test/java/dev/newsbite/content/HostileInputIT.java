package dev.newsbite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.internal.Deadline;
import dev.newsbite.model.Figure;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Large hostile pages (megabytes of input) finish fast and stay linear. Run under -Pslow. */
class HostileInputIT {
    private final ContentExtractor extractor = new ContentExtractor();

    @Test
    @Timeout(5)
    void deepNestingWithManyCandidatesAndNestedTables() {
        String para = "<p>" + ContentExtractorTest.PARA + "</p>";
        String html = "<html><body>" + ("<div>" + para).repeat(20_000) + "</div>".repeat(20_000)
                + "<table><tr><td>".repeat(5_000) + para + "</td></tr></table>".repeat(5_000) + "</body></html>";
        Content c = extractor.extract(Jsoup.parse(html, ContentExtractorTest.URL), ContentExtractorTest.meta("t", null),
                Deadline.in(3000));
        assertThat(c.body()).isNotEmpty();
    }

    @Test
    @Timeout(5)
    void aFiveMegabyteAttribute() {
        String big = "x".repeat(5_000_000);
        Content c = ContentExtractorTest.extract(ContentExtractorTest.story(
                "<div class='" + big + "' id='" + big + "' style='" + big + "'><p>" + ContentExtractorTest.PARA
                        + "</p><img srcset='" + big + "'></div>"));
        assertThat(ContentExtractorTest.text(c)).contains("The minister said");
    }

    @Test
    @Timeout(10)
    void thousandsOfFigures() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("<figure><img data-src='/i/").append(i).append(".jpg'><figcaption>Caption ").append(i)
                    .append(". Photo: AP</figcaption></figure><p>").append(ContentExtractorTest.PARA).append("</p>");
        }
        Content c = ContentExtractorTest.extract(ContentExtractorTest.story(sb.toString()));
        assertThat(c.body().stream().filter(b -> b instanceof Figure)).hasSize(5000);
    }

    @Test
    @Timeout(20)
    void aTwentyMegabytePageFinishesAndRespectsTheDeadline() {
        String page = "<html><body><article>" + ("<div><p>" + ContentExtractorTest.PARA + "</p><span>a, b</span></div>")
                .repeat(20_000_000 / 250) + "</article></body></html>";
        Document doc = Jsoup.parse(page, ContentExtractorTest.URL);
        long start = System.nanoTime();
        Content c = extractor.extract(doc, ContentExtractorTest.meta("t", null), Deadline.in(300));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(Duration.ofMillis(ms)).isLessThan(Duration.ofSeconds(2));
        assertThat(c.truncated() || !c.body().isEmpty()).isTrue();
    }

}
