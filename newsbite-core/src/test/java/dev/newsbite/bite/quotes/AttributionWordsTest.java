package dev.newsbite.bite.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionWordsTest {

    /** {@code is} answers as cutting and lower-casing the word would, without doing either. */
    @Test
    void isAgreesWithLowerCasing() {
        List<String> words = List.of("that", "That", "THAT", "tHaT", "thatt", "tha", "th4t", "thаt" /* Cyrillic а */,
                "to", "To", "TO", "tO", "according", "According", "ACCORDİNG", "accordİng", "accordıng", "AccorDing",
                "accord-ing", "t’o", "ǅ", "K", "\u212A");
        for (String word : words) {
            Attribution.Words w = new Attribution.Words("(" + word + ")", 0, word.length() + 2);
            for (String target : List.of("that", "to", "according")) {
                boolean expected = w.size() > 0 && w.lower(0).equals(target);
                assertThat(w.size() > 0 && w.is(0, target)).as("%s is %s", word, target).isEqualTo(expected);
            }
        }
        assertThat(new Attribution.Words("He said THAT", 0, 12).is(2, "that")).isTrue();
    }
}
