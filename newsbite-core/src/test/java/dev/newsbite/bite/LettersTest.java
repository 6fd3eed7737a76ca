package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void everyCharacterGetsCharactersOwnAnswer() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Letters.isLetterOrDigit(c)).as("letter or digit %04x", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(Letters.isLetterOrDigit((int) c)).as("letter or digit %04x", i)
                    .isEqualTo(Character.isLetterOrDigit((int) c));
            assertThat(Letters.isLetter(c)).as("letter %04x", i).isEqualTo(Character.isLetter(c));
            assertThat(Letters.isDigit(c)).as("digit %04x", i).isEqualTo(Character.isDigit(c));
            assertThat(Letters.isUpperCase(c)).as("upper %04x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Letters.isLowerCase(c)).as("lower %04x", i).isEqualTo(Character.isLowerCase(c));
            assertThat(Letters.isLowerCase((int) c)).as("lower %04x", i).isEqualTo(Character.isLowerCase((int) c));
            assertThat(Letters.isWhitespace(c)).as("space %04x", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Letters.isMark(c)).as("mark %04x", i).isEqualTo(Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK);
        }
    }

    @Test
    void lettersAndUpperCaseLettersAreCountedAsCharacterCountsThem() {
        String text = "Ab1 ÉtÉ Ⓐⓑ ДОМ ǅ \uD835\uDC00 ’x";
        char[] cs = text.toCharArray();
        int letters = 0;
        int upper = 0;
        for (char c : cs) {
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        long counts = Letters.countLettersAndUpperCase(cs, 0, cs.length);
        assertThat((int) counts).isEqualTo(letters).isEqualTo(10);
        assertThat((int) (counts >>> 32)).isEqualTo(upper).isEqualTo(6);
    }
}
