package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityKind;
import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.model.Article;
import dev.newsbite.model.Named;
import dev.newsbite.model.PageType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiteMakerTest {
    static Article story() {
        return new Article("https://example.com/news/1", null, PageType.ARTICLE, "Putin and Kim letters", null,
                List.of(), null, null, null, null, "en", null, SummariserTest.STORY, List.of());
    }

    @Test
    void theBiteCarriesSummaryReadingTimeWordsAndTheFindersNamesByKind() {
        List<List<String>> asked = new ArrayList<>();
        PeopleAndQuotes finder = (paragraphs, language) -> {
            asked.add(paragraphs);
            return new PeopleAndQuotes.Found(List.of(
                    new Entity("Vladimir Putin", EntityKind.PERSON, 3, List.of("Putin")),
                    new Entity("Pyongyang", EntityKind.PLACE, 2, List.of()),
                    new Entity("White House", EntityKind.ORGANISATION, 1, List.of()),
                    new Entity("John Kirby", EntityKind.PERSON, 2, List.of("Kirby"))),
                    List.of(new Quote("John Kirby", "arms negotiations are actively advancing"), new Quote(null, "no")));
        };
        Article a = new BiteMaker(finder).addTo(story());
        assertThat(a.bite().summary()).isNotEmpty();
        assertThat(a.bite().words()).isEqualTo(Words.count(a.bodyText()).words());
        assertThat(a.bite().readingMinutes()).isEqualTo(1);
        assertThat(a.bite().people()).containsExactly(new Named("Vladimir Putin", 3), new Named("John Kirby", 2));
        assertThat(a.bite().organisations()).containsExactly(new Named("White House", 1));
        assertThat(a.bite().places()).containsExactly(new Named("Pyongyang", 2));
        assertThat(a.quotes()).extracting(Quote::speaker).containsExactly("John Kirby", null);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).hasSize(7).allSatisfy(p -> assertThat(a.bodyText()).contains(p));
    }

    @Test
    void anEmptyBodyGetsAnEmptyBiteAndTheFinderIsNotAsked() {
        Article empty = new Article(null, null, PageType.ARTICLE, "T", null, null, null, null, null, null, null, null,
                List.of(), List.of());
        Article a = new BiteMaker((p, l) -> {
            throw new AssertionError("asked with no paragraphs");
        }).addTo(empty);
        assertThat(a.bite().summary()).isEmpty();
        assertThat(a.bite().words()).isZero();
        assertThat(a.bite().readingMinutes()).isZero();
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void warmingUpLeavesResultsAsTheyWere() {
        Article before = BiteMaker.standard().addTo(story());
        BiteMaker.warmUp();
        assertThat(BiteMaker.standard().addTo(story())).isEqualTo(before);
    }

    @Test
    void theArticleIsOtherwiseUnchanged() {
        Article before = story();
        Article after = BiteMaker.standard().addTo(before);
        assertThat(after.withBite(null, List.of())).isEqualTo(before);
    }
}
