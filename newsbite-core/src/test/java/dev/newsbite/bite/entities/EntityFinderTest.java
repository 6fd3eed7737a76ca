package dev.newsbite.bite.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
    private static final EntityFinder FINDER = EntityFinder.create();

    private static List<Entity> find(String... paragraphs) {
        return FINDER.find(List.of(paragraphs), "en");
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void aFullNameAndItsLaterShortFormsAreOnePersonWithMentionsSummed() {
        List<Entity> found = find(
                "North Korean leader Kim Jong-un met the envoy in Pyongyang on Tuesday.",
                "Mr Kim said little. Analysts said Kim's options were narrowing.");
        Entity kim = named(found, "Kim Jong-un");
        assertThat(kim.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(kim.mentions()).isEqualTo(3);
        assertThat(kim.aliases()).contains("Kim", "Mr Kim");
        assertThat(named(found, "Pyongyang").kind()).isEqualTo(EntityKind.PLACE);
        assertThat(names(found)).doesNotContain("Kim", "North Korean");
    }

    @Test
    void aNameEndingInAHarbourWordIsAPlaceNotAnOrganisationOrAPerson() {
        List<Entity> found = find(
                "Ferries to the islands were cancelled at North Quay on Monday, the operator said.",
                "Ships berthed at Albert Dock and Brighton Pier while Ocean Terminal stayed open.");
        for (String place : List.of("North Quay", "Albert Dock", "Brighton Pier", "Ocean Terminal")) {
            assertThat(named(found, place).kind()).as(place).isEqualTo(EntityKind.PLACE);
        }
        // A company named after its quay is still a company.
        assertThat(named(find("The operator, North Quay Ltd, said services would resume."), "North Quay Ltd").kind())
                .isEqualTo(EntityKind.ORGANISATION);
    }

    @Test
    void theMostMentionedComesFirstThenTheFirstMentioned() {
        List<Entity> found = find("Sofia Marin beat Elena Kovacs in Melbourne. Marin will play again on Saturday.");
        assertThat(names(found)).containsExactly("Sofia Marin", "Elena Kovacs", "Melbourne");
    }

    @Test
    void capitalisedSentenceStartsAreNotNames() {
        List<Entity> found = find(
                "Storm Elin closed the ports. The storm moved north.",
                "But the ferries stayed in port. Still, Monday is expected to be calmer.",
                "Monday's parade was cancelled. Teenagers who sleep less do worse, teenagers say.");
        assertThat(found).isEmpty();
    }

    @Test
    void titlesAndRolesMarkAPersonButAreNotPartOfTheName() {
        List<Entity> found = find(
                "Vice Foreign Minister Zhao Wenjun arrived on Monday.",
                "\"We came to listen,\" ministry spokesperson Park Soo-jin told reporters.");
        assertThat(names(found)).contains("Zhao Wenjun", "Park Soo-jin");
        assertThat(named(found, "Zhao Wenjun").kind()).isEqualTo(EntityKind.PERSON);
    }

    @Test
    void aPersonAndAPlaceCanShareAWord() {
        List<Entity> found = find(
                "WASHINGTON — A charity director was charged on Wednesday.",
                "Marcus Washington, 54, pleaded not guilty in federal court in Washington.",
                "Prosecutors said Washington spent the money on cars.");
        Entity person = found.stream().filter(e -> e.kind() == EntityKind.PERSON).findFirst().orElseThrow();
        assertThat(person.name()).isEqualTo("Marcus Washington");
        assertThat(person.mentions()).isEqualTo(2);
        Entity place = found.stream().filter(e -> e.kind() == EntityKind.PLACE).findFirst().orElseThrow();
        assertThat(place.name()).isEqualTo("Washington");
        assertThat(place.mentions()).isEqualTo(2);
    }

    @Test
    void organisationsByTheirWordsAcronymsAndShortForms() {
        List<Entity> found = find(
                "The European Central Bank (ECB) held rates. ECB President Helena Brandt spoke.",
                "Ashford Town FC beat Kelham Rovers. Rovers had led, but Ashford won.",
                "The Competition and Markets Authority will review the deal with the National Farmers' Union.");
        assertThat(named(found, "European Central Bank").mentions()).isEqualTo(3);
        assertThat(named(found, "European Central Bank").aliases()).contains("ECB");
        assertThat(named(found, "Kelham Rovers").mentions()).isEqualTo(2);
        assertThat(named(found, "Ashford Town FC").mentions()).isEqualTo(2);
        assertThat(named(found, "Competition and Markets Authority").kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(named(found, "National Farmers' Union").kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(named(found, "Helena Brandt").kind()).isEqualTo(EntityKind.PERSON);
    }

    @Test
    void possessivesSplitNamesAndAreDropped() {
        List<Entity> found = find("South Korea's Unification Ministry said Australia's Chloe Bennett would visit.");
        assertThat(names(found)).contains("South Korea", "Unification Ministry", "Chloe Bennett", "Australia");
    }

    @Test
    void placesFromDatelinesPrepositionsListsAndDescriptions() {
        List<Entity> found = find(
                "SEOUL — Trade through Dandong, the Chinese border city, fell.",
                "Sailings from Oban and Ullapool were cancelled near Achnasheen.");
        assertThat(found).allMatch(e -> e.kind() == EntityKind.PLACE);
        assertThat(names(found)).contains("Seoul", "Dandong", "Oban", "Ullapool", "Achnasheen");
    }

    @Test
    void demonymsEventsAndCommonAcronymsAreNotEntities() {
        List<Entity> found = find("British fans watched the County Cup on CCTV and on TV with Chinese officials.");
        assertThat(found).isEmpty();
    }

    @Test
    void emptyAndNullInputGiveNothing() {
        assertThat(FINDER.find(null, null)).isEmpty();
        assertThat(FINDER.find(List.of(), "en")).isEmpty();
        assertThat(FINDER.find(java.util.Arrays.asList("", null, "   "), "de")).isEmpty();
        assertThat(FINDER.find(java.util.Arrays.asList(null, "Flights from Oban and Ullapool stopped."), "en"))
                .extracting(Entity::name).containsExactly("Oban", "Ullapool");
    }

    @Test
    void hostileTextIsReadInBoundedTime() {
        String capitals = "Alpha and Beta of Gamma & Delta ".repeat(20_000);
        String quotes = "\"".repeat(50_000) + "Mr. ".repeat(20_000);
        String commas = ", a ".repeat(50_000) + "Zed, ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            FINDER.find(List.of(capitals, quotes, commas), "en");
            FINDER.find(java.util.Collections.nCopies(5_000, "SEOUL — Kim Jong-un said Kim's Kim."), "en");
        });
    }
}
