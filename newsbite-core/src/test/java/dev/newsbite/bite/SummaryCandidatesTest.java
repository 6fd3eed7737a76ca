package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummaryCandidatesTest {
    @Test
    void callsToActionAreFoundInAnyCaseAnywhereInAShortParagraph() {
        assertThat(SummaryCandidates.isCreditOrCall("To get stories like this, SUBSCRIBE to our daily email.")).isTrue();
        assertThat(SummaryCandidates.isCreditOrCall("À LIRE AUSSI : la réforme des retraites")).isTrue();
        assertThat(SummaryCandidates.isCreditOrCall("The unsubscribed readers were counted twice.")).isTrue();
        assertThat(SummaryCandidates.isCreditOrCall("The council approved the budget on Tuesday.")).isFalse();
        assertThat(SummaryCandidates.isCreditOrCall("Photo: Reuters")).isTrue();
    }

    @Test
    void everyCharacterButTwoLowersAloneAsInTheWholeString() {
        // CallsToAction lowers character by character; String.toLowerCase agrees for every character
        // but U+0130 (two characters: such text takes the copy) and sigma (context, never in a call).
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (c == '\u0130' || c == 'Σ') {
                continue;
            }
            assertThat(String.valueOf(c).toLowerCase(Locale.ROOT)).as("%04x", i)
                    .isEqualTo(String.valueOf(Character.toLowerCase(c)));
        }
        for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
            assertThat(Character.isSupplementaryCodePoint(Character.toLowerCase(cp))).as("%x", cp).isTrue();
        }
        assertThat("ΟΔΟΣ Σ".toLowerCase(Locale.ROOT)).isEqualTo("οδος σ");
    }

    @Test
    void theUncopiedSearchAgreesWithTheLowerCaseCopyOnRandomText() {
        String[] pieces = {"Subscribe", "SIGN UP", "news", "letter", "Read More", "read ", "also", "À LIRE", "à",
            "lire aussi", "Lesen Sie", "auch", "İ", "Σ", "\u212A", "K", "ſ", " ", "’", "“", "\uD801\uDC00", "\uD800",
            "Related:", "This story was", "x", "ß", "Ä", "Click", " here", "a", "ll rights reserved", "."};
        Random random = new Random(6);
        for (int t = 0; t < 200_000; t++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int k = 0; k < parts; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(CallsToAction.in(text)).as(text).isEqualTo(CallsToAction.inLowerCaseCopy(text));
        }
    }

    @Test
    void anAddressIsFoundInPlaceAsInTheCutSentence() {
        String[] pieces = {"w", "ww", "www", ".", ":", "/", "//", "@", "a", " ", "http", "é"};
        Random random = new Random(6);
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(10);
            for (int k = 0; k < parts; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = "x" + sb + "y";
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            String sentence = text.substring(from, to);
            assertThat(SummaryCandidates.holdsAddress(text.toCharArray(), from, to)).as(sentence)
                    .isEqualTo(SummaryCandidates.holdsAddress(sentence));
        }
    }
}
