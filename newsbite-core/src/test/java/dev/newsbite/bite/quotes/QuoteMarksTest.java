package dev.newsbite.bite.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    @Test
    void findsSpansAcrossParagraphsAndMixedMarks() {
        List<QuoteMarks.Span> spans = QuoteMarks.find(List.of(
                "He said: “This is the first part of it.",
                "“And this is the second,” he added. ‘Rock ‘n’ roll’s fine’s tale’ and «le mot» and „so“.",
                "No marks here at all."));
        assertThat(spans).extracting(QuoteMarks.Span::text).containsExactly(
                "This is the first part of it. And this is the second,", "Rock ‘n", "le mot", "so");
        assertThat(spans.get(0)).isEqualTo(new QuoteMarks.Span(0, 9, 1, 24, spans.get(0).text()));
    }

    @Test
    void aStrayMarkGivesUpAtTheLengthLimit() {
        // Without the limit, the curly closing mark would close the stray straight one.
        String stray = "\"" + "word ".repeat(1_000) + "and “a short one here” end";
        assertThat(QuoteMarks.find(List.of(stray))).extracting(QuoteMarks.Span::text)
                .containsExactly("a short one here");
    }

    @Test
    void givesTheSameSpansAsReadingEveryCharacterAroundTheLengthLimit() {
        String[][] pairs = {{"\"", "\""}, {"\"", "”"}, {"“", "”"}, {"“", "\""}, {"„", "“"}, {"«", "»"}, {"‘", "’"}};
        for (String[] pair : pairs) {
            for (int k = 3_996; k <= 4_004; k++) {
                for (String filler : new String[] {"x", "’s", "«"}) {
                    String body = filler.repeat(k / filler.length());
                    List<List<String>> cases = List.of(
                            List.of(pair[0] + body + pair[1] + " tail " + pair[0] + "next one" + pair[1]),
                            List.of(pair[0] + body.substring(0, 2_000), pair[0] + body.substring(2_000) + pair[1] + " tail"),
                            List.of(pair[0] + body + "’" + pair[1] + " “again”"));
                    for (List<String> paragraphs : cases) {
                        assertThat(QuoteMarks.find(paragraphs)).isEqualTo(QuoteMarksReference.find(paragraphs));
                    }
                }
            }
        }
    }

    /**
     * The mark-to-mark reading must give exactly the spans the character-by-character one gave,
     * on text thick with every kind of mark, apostrophes, paragraph breaks and over-long quotations.
     */
    @Test
    void givesTheSameSpansAsReadingEveryCharacter() {
        Random random = new Random(20261130);
        String[] pieces = {"a", "b", "Z", "1", " ", " ", " ", ".", ",", "\"", "“", "”", "«", "»", "„", "‘", "’", "'",
            "’s", "é", "\u00a0", "—"};
        for (int round = 0; round < 1_500; round++) {
            List<String> paragraphs = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int p = 0; p < count; p++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(10) == 0 ? 3_000 + random.nextInt(3_000) : random.nextInt(60);
                boolean plain = random.nextInt(4) == 0; // some paragraphs with no curly marks (Latin-1 strings)
                while (sb.length() < length) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    if (plain && piece.charAt(0) > 0xff) {
                        piece = "x";
                    }
                    sb.append(random.nextInt(3) == 0 ? piece : "w");
                }
                paragraphs.add(sb.toString());
            }
            assertThat(QuoteMarks.find(paragraphs)).as("%s", paragraphs).isEqualTo(QuoteMarksReference.find(paragraphs));
        }
    }
}
