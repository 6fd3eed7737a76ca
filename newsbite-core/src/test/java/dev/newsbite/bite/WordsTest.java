package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void wordsAreRunsOfLettersAndDigitsJoinedByInnerApostrophesAndPoints() {
        assertThat(Words.count("Don't panic: 3,500 troops reached the U.S. base, Kim Jong-un said.").words())
                .isEqualTo(12);
        assertThat(Words.count("   — … !").words()).isZero();
    }

    @Test
    void thePlainScanAgreesWithIcuWordBreaksOnSpacedText() {
        String text = "The Kremlin's envoy, Sergei Shoigu, visited Pyongyang on 26 July; \"it's 1.5 times more\", "
                + "he said. Über 3.000 Menschen – darunter Ärztinnen – kamen am Montag. Le président a dit « non ».";
        int icu = 0;
        com.ibm.icu.text.BreakIterator breaks = com.ibm.icu.text.BreakIterator.getWordInstance();
        breaks.setText(text);
        for (int end = breaks.next(); end != com.ibm.icu.text.BreakIterator.DONE; end = breaks.next()) {
            if (breaks.getRuleStatus() != com.ibm.icu.text.BreakIterator.WORD_NONE) {
                icu++;
            }
        }
        assertThat(Words.scanWords(text)).isEqualTo(icu);
    }

    @Test
    void dashesAndCurlyQuotesKeepTextSpacedWhileThaiGoesToIcu() {
        String spaced = "“It’s over” — she said… ‘maybe’ – Москва, 2024";
        assertThat(Words.count(spaced).words()).isEqualTo(Words.scanWords(spaced)).isEqualTo(7);
        assertThat(Words.count(spaced).cjkChars()).isZero();
        String thai = "ภาษาไทยเขียนติดกันไม่มีช่องว่าง";
        assertThat(Words.count(thai).words()).isGreaterThan(Words.scanWords(thai)); // dictionary words, not one run
    }

    @Test
    void readingTimeIs230WordsAMinuteRoundedUpAndAtLeastOne() {
        assertThat(Words.count("word ".repeat(230)).minutes()).isEqualTo(1);
        assertThat(Words.count("word ".repeat(231)).minutes()).isEqualTo(2);
        assertThat(Words.count("Short.").minutes()).isEqualTo(1);
        assertThat(Words.count("").minutes()).isZero();
    }

    @Test
    void chineseAndJapaneseReadAt500CharactersAMinuteAndCountDictionaryWords() {
        Words.Count count = Words.count("北京今天发布了新规定。".repeat(100)); // 1,000 Han characters
        assertThat(count.cjkChars()).isEqualTo(1000);
        assertThat(count.minutes()).isEqualTo(2);
        assertThat(count.words()).isBetween(300, 900); // words, not characters, and not one run
    }

    @Test
    void theBranchFreeCountAgreesWithTheJoinerStateMachineOnRandomText() {
        char[] alphabet = {'a', 'Z', '7', ' ', ' ', '\'', '’', '.', ',', '·', ':', '-', '\u0301', '\u0903', 'é', 'Ж',
            '—', '“', '\n', '\u00a0', '!', '\uD835', '\uDC00'};
        Random random = new Random(6);
        for (int t = 0; t < 100_000; t++) {
            char[] cs = new char[random.nextInt(24)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(cs);
            assertThat(Words.scanWords(text)).as(text).isEqualTo(stateMachineCount(text));
        }
    }

    /** The count as the scan used to make it: a state machine over the characters. */
    private static int stateMachineCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (wordChar(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && "'’.,·:".indexOf(c) >= 0 && i + 1 < text.length() && wordChar(text.charAt(i + 1))) {
                continue;
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    @Test
    void anUnspacedScriptAnywhereSendsTheTextToIcu() {
        assertThat(Words.count("Hello 東京").cjkChars()).isEqualTo(2);
        assertThat(Words.count("Hello \uD840\uDC00 world").cjkChars()).isEqualTo(1); // Han beyond the BMP
        assertThat(Words.count("Hello \uD840 world").words()).isEqualTo(2); // a lone surrogate is no script
        assertThat(Words.count("Hello — “world”").cjkChars()).isZero();
    }

    @Test
    void oneCounterForManyTextsCountsEachAsAlone() {
        String[] texts = {"A long first paragraph, with don't and U.S. and 3,500 words in it.", "Short.", "",
            "東京タワー is tall", "x", "Москва и Straße, ǅemal — “quoted”", "ไทย ภาษา", null, "end's."};
        Words.Counter counter = new Words.Counter();
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                assertThat(counter.count(text)).as(text).isEqualTo(Words.count(text));
            }
        }
    }
}
