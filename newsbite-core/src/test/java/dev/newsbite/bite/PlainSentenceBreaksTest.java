package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path's breaks are ICU's, wherever it gives any; and it does give them for plain prose. */
class PlainSentenceBreaksTest {
    private static final int ROUNDS = Integer.getInteger("plainSentenceBreaks.rounds", 4000);
    private static final List<String> LANGUAGES = List.of("", "en", "de", "fr", "es", "it", "nl", "pt");

    /** Pieces of news prose that touch each sentence rule: terminators, closing marks, abbreviations. */
    private static final String[] PIECES = {
        "the", "said", "a", "data", "Smith", "It", "THE", "Berlin", "über", "été", "niño", "Straße", "ÉTAT", "x", "I",
        "3", "1990", "3.5", "4,000", "U.S.", "U.K.", "a.m.", "p.m.", "Mr.", "Mrs.", "Dr.", "Gov.", "Ph.D.", "e.g.",
        "i.e.", "etc.", "Inc.", "Jan.", "No.", "vs.", "St.", "z. B.", "d. h.", "u.a.", "M.", "Sr.", "Sig.", "J.", "K.",
        "doch.", "Joe.", "all.", "Is.", "In", ".", ".", ".", "?", "!", "?!", "...", "…", ",", ";", ":", "-", "–", "—",
        "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "«", "»", "’s", "3.", "12.", "%", "$", "&", "/", "*",
        " ", " ", " ", "  ", "\u00a0", "\t", "\u2009",
    };

    private static final String[] PROSE = {
        "The minister said on Monday that the plan would go ahead. Critics were not convinced!",
        "\"We will win,\" she said. \"It is only a matter of time.\" He laughed (briefly). Then he left.",
        "Prices rose 3.5 percent in March. Was it enough? Nobody knows... The bank will decide in June.",
        "He told reporters: \"No comment.\" The company's shares fell 12% to $4.20. Trading resumed later.",
        "Der Minister sagte, der Plan werde umgesetzt. Kritiker blieben skeptisch. Warum? Das ist unklar.",
        "Le ministre a annoncé la réforme. « C'est une étape », a-t-il dit. Les syndicats protestent.",
        "El gobierno aprobó la ley el martes. ¿Qué pasará ahora? Nadie lo sabe. La oposición votó en contra.",
    };

    @Test
    void randomTextBreaksAsIcuDoesWhereverTheFastPathAnswers() {
        Random random = new Random(20261129);
        for (String language : LANGUAGES) {
            Sentences.Splitter splitter = Sentences.splitter(language);
            int answered = 0;
            for (int round = 0; round < ROUNDS; round++) {
                String text = randomText(random);
                int[] fast = splitter.plainBreaks(text);
                if (fast != null) {
                    answered++;
                    assertThat(fast).as("[%s] %s", language, text).containsExactly(splitter.icuBreaks(text));
                }
            }
            assertThat(answered).as("texts the fast path answered for [%s]", language).isGreaterThan(400);
        }
    }

    @Test
    void plainProseBreaksAsIcuDoesAndEnglishProseIsAnsweredByTheFastPath() {
        for (String language : LANGUAGES) {
            Sentences.Splitter splitter = Sentences.splitter(language);
            for (String text : PROSE) {
                int[] fast = splitter.plainBreaks(text);
                if (fast != null || language.equals("en")) {
                    assertThat(fast).as("[%s] %s", language, text).isNotNull()
                            .containsExactly(splitter.icuBreaks(text));
                }
            }
        }
    }

    @Test
    void textItIsNotSureOfIsLeftToIcu() {
        Sentences.Splitter english = Sentences.splitter("en");
        assertThat(english.plainBreaks("He met Mr. Smith. They talked.")).isNull(); // a suppression
        assertThat(english.plainBreaks("She moved to Russia. It was cold.")).isNull(); // "a." of "a.m."
        assertThat(english.plainBreaks("One line.\nAnother line.")).isNull(); // a line break
        assertThat(english.plainBreaks("Soft\u00adhyphen. Next.")).isNull(); // a format character
        assertThat(english.plainBreaks("Greek ωμέγα. Next.")).isNull(); // outside Latin
        assertThat(Sentences.splitter("el").plainBreaks("Plain text. Next.")).isNull(); // tailored rules
        assertThat(english.plainBreaks("Plain text. Next one.")).containsExactly(12, 21);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(24);
        for (int i = 0; i < pieces; i++) {
            int pick = random.nextInt(20);
            if (pick == 0) {
                // any character the fast path reads as its own, to reach classes the pieces miss
                text.append((char) (random.nextBoolean() ? random.nextInt(0x250) : 0x2000 + random.nextInt(0x70)));
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
        }
        return text.toString();
    }
}
