package dev.newsbite.bite.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityFinder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static final EntityFinder ENTITIES = EntityFinder.create();
    private static final QuoteFinder QUOTES = QuoteFinder.create();

    private static List<Quote> find(String... paragraphs) {
        List<String> ps = List.of(paragraphs);
        List<Entity> people = ENTITIES.find(ps, "en");
        return QUOTES.find(ps, people, "en");
    }

    @Test
    void reportedSpeechReadsThatInAnyCaseButOnlyWithinReachOfTheVerb() {
        List<Quote> found = find("Dr Aisha Rahman said on Monday THAT the plan that failed was sound.",
                "Dr Aisha Rahman said the new rules, which came in after the summer, meant that fees rose.");
        assertThat(found).containsExactly(new Quote("Aisha Rahman", "the plan that failed was sound"));
    }

    @Test
    void heSaidResolvesToTheManWhoIsTheParagraphsSubject() {
        List<Quote> found = find("Jamal Okoro scored after a cross from Lewis Marsh beat Sam Whitlock. "
                + "\"I just closed my eyes and hit it,\" he said afterwards.");
        assertThat(found).containsExactly(new Quote("Jamal Okoro", "I just closed my eyes and hit it,"));
    }

    @Test
    void sheSaidSkipsMenAndLooksAtThePreviousParagraph() {
        List<Quote> found = find(
                "According to Rachel Osei, an analyst at Kingsbridge Securities, the company would be the largest.",
                "\"The regulator will want to know about prices,\" she said.");
        assertThat(found).extracting(Quote::speaker).containsExactly("Rachel Osei", "Rachel Osei");
        assertThat(found.get(0).text()).isEqualTo("the company would be the largest");
    }

    @Test
    void aPronounWithNoOneFittingOrTheyGivesNoSpeaker() {
        assertThat(find("Helena Brandt spoke. \"We are not there yet at all,\" he said."))
                .extracting(Quote::speaker).containsOnlyNulls();
        assertThat(find("Mr Hale and Ms Vance met. \"We will keep talking about it,\" they said."))
                .extracting(Quote::speaker).containsOnlyNulls();
        assertThat(find("\"Closed until further notice due to an incident,\" the sign read."))
                .containsExactly(new Quote(null, "Closed until further notice due to an incident,"));
    }

    @Test
    void saidThenTheNameAndADescription() {
        List<Quote> found = find("\"The North has run out of easy options,\" said Choi Min-ho, a professor at "
                + "Kyungnam University. \"Beijing is the only partner that can move quickly.\"");
        assertThat(found).extracting(Quote::speaker).containsExactly("Choi Min-ho", "Choi Min-ho");
    }

    @Test
    void commaOutsideTheMarksAndAnAppositionBeforeTheVerb() {
        List<Quote> found = find("\"We looked at every part of the plan\", Laura Jimenez, the mission's "
                + "programme director, said.");
        assertThat(found).containsExactly(new Quote("Laura Jimenez", "We looked at every part of the plan"));
    }

    @Test
    void nameSaidColonBeforeTheQuotation() {
        List<Quote> found = find("Its chairman, Geoffrey Pike, said: \"The board looked hard at every alternative.\"");
        assertThat(found).containsExactly(new Quote("Geoffrey Pike", "The board looked hard at every alternative."));
    }

    @Test
    void nameSaidThatIsAQuotationOfTheClauseButOnlyWithANamedSpeaker() {
        List<Quote> found = find("Dr Aisha Rahman, who led the study, said that pupils with phones slept least.",
                "Analysts said that the effect was small. The board said the plan was sound.");
        assertThat(found).containsExactly(new Quote("Aisha Rahman", "pupils with phones slept least"));
    }

    @Test
    void aQuotationRunningOverParagraphsIsOne() {
        List<Quote> found = find(
                "\"We did not come here to make up the numbers,\" Carla Mendes said. \"We came to win a trophy.",
                "\"They listened, and they deserve every minute of this.\"");
        assertThat(found).containsExactly(
                new Quote("Carla Mendes", "We did not come here to make up the numbers,"),
                new Quote("Carla Mendes", "We came to win a trophy. They listened, and they deserve every minute of this."));
    }

    @Test
    void scareQuotesAreNotQuotations() {
        assertThat(find("Phil Duggan called the decision \"scandalous\" and spoke of \"social jet lag\".")).isEmpty();
    }

    @Test
    void anUnnamedSpeakerIsKeptWithoutAName() {
        List<Quote> found = find("President Thomas Reed will sign it. A White House spokesman said the president "
                + "\"looks forward to signing it and moving on\".");
        assertThat(found).containsExactly(new Quote(null, "looks forward to signing it and moving on"));
    }

    @Test
    void curlyQuotesGuillemetsAndLowNinetyNineQuotes() {
        assertThat(find("“Not a penny was paid to them,” Maria Lopez said."))
                .containsExactly(new Quote("Maria Lopez", "Not a penny was paid to them,"));
        assertThat(find("« Nous ne céderons pas cette fois », a déclaré Sophie Garnier."))
                .extracting(Quote::text).containsExactly("Nous ne céderons pas cette fois");
        assertThat(find("„Wir geben nicht nach, sagte sie heute“, sagte Helga Schmidt."))
                .extracting(Quote::text).containsExactly("Wir geben nicht nach, sagte sie heute");
    }

    @Test
    void anArticleWithoutQuotationsGivesNone() {
        assertThat(find("Storm Elin closed ferry ports in Scotland.", "ESB Networks said crews would work on.")).isEmpty();
        assertThat(QUOTES.find(null, null, null)).isEmpty();
    }

    @Test
    void hostileTextIsReadInBoundedTime() {
        String marks = "\"a b c d ".repeat(40_000);
        String sayings = "Mr Kim said that he said that they said that ".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            QUOTES.find(List.of(marks, sayings), ENTITIES.find(List.of(sayings), "en"), "en");
            QUOTES.find(java.util.Collections.nCopies(3_000, "\"One two three four,\" he said. \"Five six"), List.of(), "en");
        });
    }
}
