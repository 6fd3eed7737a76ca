package dev.newsbite.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintBuilderTest {

    @Test
    void theExpectedLengthOnlySizesTheShingleSetAndNeverChangesThePrint() {
        Random random = new Random(5);
        for (int run = 0; run < 50; run++) {
            String text = words(random, 20 + random.nextInt(3_000));
            StoryPrint guessedShort = build(new PrintBuilder(10), text);
            StoryPrint guessedLong = build(new PrintBuilder(1_000_000), text);
            StoryPrint unguessed = build(new PrintBuilder(), text);
            assertThat(guessedShort).isEqualTo(unguessed).isEqualTo(guessedLong);
        }
    }

    @Test
    void caseAndAsciiPunctuationDoNotChangeWordsButLineBreaksEndBlocks() {
        String text = "Ministers met on Tuesday to agree the plan for the new harbour bridge and its tolls";
        StoryPrint plain = StoryPrint.ofText(text);
        assertThat(StoryPrint.ofText(text.toUpperCase())).isEqualTo(plain);
        assertThat(StoryPrint.ofText(text.replace(" ", ", "))).isEqualTo(plain);
        assertThat(StoryPrint.ofText(text.replace(" the ", "\nthe "))).isNotEqualTo(plain);
    }

    private static StoryPrint build(PrintBuilder builder, String text) {
        builder.addBlock(text);
        return builder.build();
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int length = 2 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
            out.append(random.nextInt(40) == 0 ? "\n" : random.nextInt(10) == 0 ? "é " : " ");
        }
        return out.toString();
    }
}
