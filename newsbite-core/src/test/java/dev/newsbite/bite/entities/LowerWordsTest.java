package dev.newsbite.bite.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LowerWordsTest {
    private static final List<String> TEXT = List.of(
            "Storm Warnings: the storm didn't ease at 3pm; a well-known Café owner said “über” things.",
            "Ясно, что шторм идёт. 𝐀lpha and x𝐀beta, 東京 news.",
            "");

    /** Each query with whether the text writes it as a lower-case word of its own. */
    private static final Map<String, Boolean> EXPECTED = Map.ofEntries(
            Map.entry("storm", true),
            Map.entry("warnings", false), // only written capitalised
            Map.entry("didn", true),
            Map.entry("t", true), // after the apostrophe: a run of letters of its own
            Map.entry("pm", false), // after a digit
            Map.entry("known", true), // after the hyphen
            Map.entry("well", true),
            Map.entry("café", false), // capitalised
            Map.entry("über", true), // inside curly quotes
            Map.entry("шторм", true),
            Map.entry("ясно", false),
            Map.entry("lpha", true), // after a surrogate pair, which is no letter char by char
            Map.entry("beta", true),
            Map.entry("sto", false), // part of a word
            Map.entry("news", true),
            Map.entry("it's", false), // not letters only
            Map.entry("", false));

    @Test
    void searchedWordsAnswerAsTheGatheredTableDoes() {
        LowerWords searched = new LowerWords(TEXT);
        LowerWords table = new LowerWords(TEXT);
        for (int k = 0; k < LowerWords.SEARCHES; k++) {
            table.contains("nothing" + (char) ('a' + k)); // uses up the searches: the table answers from here
        }
        EXPECTED.forEach((word, expected) -> {
            assertThat(searched.contains(word)).as("searched %s", word).isEqualTo(expected);
            assertThat(table.contains(word)).as("table %s", word).isEqualTo(expected);
        });
    }

    @Test
    void noTextHasNoWords() {
        assertThat(new LowerWords(List.of()).contains("storm")).isFalse();
        assertThat(new LowerWords(List.of("")).contains("storm")).isFalse();
    }
}
