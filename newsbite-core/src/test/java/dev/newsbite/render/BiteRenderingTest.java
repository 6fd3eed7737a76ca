package dev.newsbite.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Named;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bite in every rendering: JSON fields at the end, "In brief" above the body, quotes listed. */
class BiteRenderingTest {
    static Article withBite() {
        Bite bite = new Bite(List.of("First sentence of the story.", "Second *sentence* <b>here</b>."), 4, 812,
                List.of(new Named("Vladimir Putin", 5), new Named("Kim Jong-un", 3)),
                List.of(new Named("White House", 1)), List.of(new Named("Pyongyang", 4)));
        return SampleArticles.story().withBite(bite,
                List.of(new Quote("John Kirby", "Russia has been actively seeking munitions"), new Quote(null, "No.")));
    }

    @Test
    void jsonCarriesTheBiteAndQuotesLastInTheirDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(withBite()));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(names.size() - 2, names.size())).containsExactly("bite", "quotes");
        List<String> biteFields = new ArrayList<>();
        json.get("bite").fieldNames().forEachRemaining(biteFields::add);
        assertThat(biteFields).containsExactly("summary", "readingMinutes", "words", "people", "organisations",
                "places");
        assertThat(json.get("bite").get("summary").get(0).asText()).isEqualTo("First sentence of the story.");
        assertThat(json.get("bite").get("people").get(0).toString()).isEqualTo("{\"name\":\"Vladimir Putin\",\"mentions\":5}");
        assertThat(json.get("quotes").get(0).toString())
                .isEqualTo("{\"speaker\":\"John Kirby\",\"text\":\"Russia has been actively seeking munitions\"}");
        assertThat(json.get("quotes").get(1).get("speaker").isNull()).isTrue();
    }

    @Test
    void jsonReadsBackWithItsBite() {
        Article a = withBite();
        assertThat(JsonRenderer.read(new JsonRenderer().render(a))).isEqualTo(a);
        Article plain = SampleArticles.story();
        assertThat(JsonRenderer.read(new JsonRenderer().render(plain))).isEqualTo(plain);
    }

    @Test
    void textShowsInBriefAfterTheBylineAndTheQuotesAfterTheBody() {
        String text = new TextRenderer().render(withBite());
        String byline = ArticleParts.bylineLine(withBite());
        assertThat(text).contains(byline + "\n\nIn brief\n• First sentence of the story.\n"
                + "• Second *sentence* <b>here</b>.\n4 min read · 812 words\nPeople: Vladimir Putin, Kim Jong-un\n"
                + "Organisations: White House\nPlaces: Pyongyang\n\n");
        assertThat(text).contains("Quotes\n“Russia has been actively seeking munitions” — John Kirby\n“No.”\n\n");
        assertThat(text.indexOf("In brief")).isLessThan(text.indexOf("Quotes"));
    }

    @Test
    void hostileTextInTheBiteMakesNoMarkupOrControlCharactersInAnyFormat() {
        String hostile = "<script>alert(1)</script>\u001b[31m [x](javascript:alert(1)) <img src=x onerror=alert(1)>";
        Bite bite = new Bite(List.of(hostile, "# heading?\n- item"), 1, 3, List.of(new Named(hostile, 1)),
                List.of(new Named("*bold* _x_ `code`", 1)), List.of(new Named("\u0000\u009b", 1)));
        RenderChecks.allFormats(SampleArticles.story().withBite(bite, List.of(new Quote(hostile, hostile))));
    }

    @Test
    void textWithoutABiteIsAsBefore() {
        assertThat(new TextRenderer().render(SampleArticles.story())).doesNotContain("In brief", "Quotes\n");
    }

    @Test
    void markdownShowsInBriefEscapedAndTheQuotesAsAList() {
        String md = new MarkdownRenderer().render(withBite());
        assertThat(md).contains("**In brief**\n\n- First sentence of the story.\n- Second \\*sentence\\* &lt;b\\>here&lt;/b\\>.\n\n"
                + "*4 min read · 812 words* · **People:** Vladimir Putin, Kim Jong-un · **Organisations:** White House"
                + " · **Places:** Pyongyang");
        assertThat(md).contains("**Quotes**\n\n- “Russia has been actively seeking munitions” — John Kirby\n- “No.”");
        assertThat(new MarkdownRenderer().render(SampleArticles.story())).doesNotContain("In brief");
    }
}
