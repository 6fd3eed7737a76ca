package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityKind;
import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.model.Article;
import dev.newsbite.model.Named;
import dev.newsbite.model.PageType;
import dev.newsbite.render.JsonRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bite through the extractor: on article pages by default, never on listings, off on request. */
class ExtractorBiteTest {
    static final String PAGE = """
            <html lang="en"><head><title>Council approves budget</title></head><body>
            <article><h1>Council approves the city budget</h1>
            <p>The city council approved the new budget on Tuesday after a debate that lasted nine hours.</p>
            <figure><img src="/a.jpg"><figcaption>Councillors vote on the budget in the main chamber on Tuesday.</figcaption></figure>
            <p>Spending on schools will rise by four percent next year, the largest increase in a decade.</p>
            <p>Mayor Jane Ortiz said the budget protected services while keeping taxes flat for most households.</p>
            <p>Opposition councillors said the plan relied on optimistic forecasts of sales tax revenue.</p>
            <p>The budget takes effect on the first of July and will be reviewed again in the autumn.</p>
            </article></body></html>""";

    @Test
    void anArticlePageGetsItsBiteWithSentencesFromTheBody() throws Exception {
        Article a = Extractor.create().extract(PAGE, "https://example.com/news/budget").article();
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(a.bite()).isNotNull();
        assertThat(a.bite().summary()).hasSizeBetween(2, 3).allSatisfy(s -> assertThat(a.bodyText()).contains(s));
        assertThat(a.bite().summary()).noneMatch(s -> s.contains("Councillors vote"));
        assertThat(a.bite().words()).isGreaterThan(60);
        assertThat(a.bite().readingMinutes()).isEqualTo(1);
        assertThat(new JsonRenderer().render(a)).contains("\"bite\": {", "\"readingMinutes\": 1", "\"quotes\": []");
    }

    @Test
    void theFinderGivenToTheExtractorFillsPeopleAndQuotes() throws Exception {
        PeopleAndQuotes finder = (paragraphs, language) -> new PeopleAndQuotes.Found(
                List.of(new Entity("Jane Ortiz", EntityKind.PERSON, 1, List.of())),
                List.of(new Quote("Jane Ortiz", "protected services")));
        Article a = Extractor.create(ExtractOptions.defaults(), finder).extract(PAGE, null).article();
        assertThat(a.bite().people()).containsExactly(new Named("Jane Ortiz", 1));
        assertThat(a.quotes()).containsExactly(new Quote("Jane Ortiz", "protected services"));
    }

    @Test
    void theBiteCanBeTurnedOff() throws Exception {
        Article a = Extractor.create(ExtractOptions.defaults().withBite(false)).extract(PAGE, null).article();
        assertThat(a.bite()).isNull();
        assertThat(a.quotes()).isEmpty();
        assertThat(ExtractOptions.defaults().bite()).isTrue();
        assertThat(new ExtractOptions(1000, 100).bite()).isTrue();
    }

    @Test
    void aListingPageGetsNoBite() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>World news</title></head><body><main>");
        for (int i = 0; i < 12; i++) {
            html.append("<article><h2><a href=\"/world/2024/03/story-number-").append(i).append("\">Story number ")
                    .append(i).append(" about the world today</a></h2><p>A short teaser.</p></article>");
        }
        html.append("</main></body></html>");
        Article a = Extractor.create().extract(html.toString(), "https://example.com/world").article();
        assertThat(a.pageType()).isNotEqualTo(PageType.ARTICLE);
        assertThat(a.bite()).isNull();
    }
}
