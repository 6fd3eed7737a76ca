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

    @Test
    void splittingFromAReusedArrayReadsNoFurtherThanTheText() {
        // The summary hands the splitter its paragraph buffer, which still holds longer paragraphs' ends.
        String[] texts = {"He met Mr. Smith. They talked.", "Plain text. Next one.", "Ends. A", "It rose 3.5 per cent.",
            "She said so. “Then go.” He went! Did he? Yes… fine.", "Am 3. Oktober. Dann", "Short.", "U.S. talks. Fine."};
        String junk = ". Zzz abc. X. 1. ";
        for (String lang : List.of("en", "de", "fr", "el", "")) {
            Sentences.Splitter splitter = Sentences.splitter(lang);
            for (String text : texts) {
                char[] buffer = (text + junk.repeat(4)).toCharArray();
                for (int cut = 1; cut <= text.length(); cut++) {
                    String part = text.substring(0, cut);
                    String reused = part + junk.repeat(4);
                    part.getChars(0, part.length(), buffer, 0);
                    System.arraycopy(reused.toCharArray(), part.length(), buffer, part.length(), junk.length());
                    assertThat(splitter.split(part, buffer)).as(lang + ": " + part).isEqualTo(splitter.split(part));
                }
            }
        }
    }
}
