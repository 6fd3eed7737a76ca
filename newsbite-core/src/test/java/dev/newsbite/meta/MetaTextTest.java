package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaTextTest {
    @Test
    void similarityCountsRepeatedWordsOnlyAsOftenAsBothHaveThem() {
        assertThat(MetaText.similarity("the cat the dog", "the cat sat")).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3),
                within(1e-9));
        assertThat(MetaText.similarity("Same words here", "same WORDS here")).isEqualTo(1.0);
        assertThat(MetaText.similarity("", "anything")).isZero();
    }

    @Test
    void shortAndLongTokenListsBothCountTheMultisetOverlap() {
        // up to 64 tokens a side pairs are compared one by one; past that a map counts them
        for (int n : new int[] {20, 60, 100}) {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                a.add("w" + (i % 7));
                b.add("w" + (i % 11));
            }
            int overlap = 0;
            for (int k = 0; k < 11; k++) {
                overlap += Math.min(count(a, "w" + k), count(b, "w" + k));
            }
            assertThat(MetaText.similarity(a, b)).as("n=%d", n).isCloseTo((double) overlap / n, within(1e-9));
        }
    }

    private static int count(List<String> tokens, String t) {
        int c = 0;
        for (String s : tokens) {
            c += s.equals(t) ? 1 : 0;
        }
        return c;
    }
}
