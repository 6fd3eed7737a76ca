package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> split(String text, String language) {
        return Sentences.split(text, language).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void englishTitlesAndInitialismsDoNotEndASentence() {
        assertThat(split("Mr. Smith flew to the U.S. on Monday. Dr. Jones met him there. Gov. Newsom did not.", "en"))
                .containsExactly("Mr. Smith flew to the U.S. on Monday.", "Dr. Jones met him there.",
                        "Gov. Newsom did not.");
    }

    @Test
    void aSentenceEndingWithAnInitialismStillEnds() {
        assertThat(split("He moved to the U.S. It was 1990.", "en-GB")).hasSize(2);
    }

    @Test
    void germanOrdinalsAndAbbreviationsStayInsideTheSentence() {
        assertThat(split("Am 3. Oktober kam Dr. Müller z. B. nach Berlin. Er blieb bis 1990. Danach ging er.", "de"))
                .containsExactly("Am 3. Oktober kam Dr. Müller z. B. nach Berlin.", "Er blieb bis 1990.",
                        "Danach ging er.");
    }

    @Test
    void chineseAndJapaneseSplitOnTheirOwnFullStops() {
        assertThat(split("東京都は本日、新しい計画を発表した。市民は驚いた！これは大きな変化だ。", "ja"))
                .containsExactly("東京都は本日、新しい計画を発表した。", "市民は驚いた！", "これは大きな変化だ。");
        assertThat(split("北京今天发布了新规定。市民表示欢迎。", "zh-CN")).hasSize(2);
    }

    @Test
    void spansAreTheTextItselfWithoutSurroundingSpaces() {
        String text = "  One sentence here.   Another one there.  ";
        assertThat(split(text, null)).containsExactly("One sentence here.", "Another one there.");
        assertThat(split("   ", "en")).isEmpty();
        assertThat(split(null, "en")).isEmpty();
    }

    @Test
    void languageTagsAreReducedToTheirPrimaryLanguage() {
        assertThat(Sentences.primary("de-AT")).isEqualTo("de");
        assertThat(Sentences.primary("EN_us")).isEqualTo("en");
        assertThat(Sentences.primary(" ")).isEmpty();
        assertThat(Sentences.primary(null)).isEmpty();
    }
}
