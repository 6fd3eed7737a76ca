package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static final String CURLY = "“Don’t panic,” the U.S. co-pilot said — ÉTÉ 2024.";
    private static final String SCRIPTS = "Москва и 東京タワー, x𝐀y ǅemal Straße";

    @Test
    void termsAreLowerCaseRunsOfTwoOrMoreAndSingleIdeographs() {
        assertThat(Terms.list(CURLY)).containsExactly("don", "panic", "the", "co", "pilot", "said", "été", "2024");
        assertThat(Terms.list(SCRIPTS)).containsExactly("москва", "東", "京", "タ", "ワ", "x𝐀y", "ǆemal", "straße"); // "ー" is in no script; 𝐀 is a letter
        assertThat(Terms.list("")).isEmpty();
        assertThat(Terms.list(null)).isEmpty();
    }

    @Test
    void idsReadInPlaceNameTheSameTermsAsTheList() {
        for (String text : List.of(CURLY, SCRIPTS, "A b. Cd EF gh", "ABC abc Abc aBC", "")) {
            TermTable table = new TermTable();
            Terms.Ids ids = new Terms.Ids(table);
            String padded = "«" + text + "»"; // a sentence inside a longer paragraph
            ids.read(padded.toCharArray(), 1, 1 + text.length());
            List<String> expected = Terms.list(text);
            assertThat(ids.size()).as(text).isEqualTo(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(table.get(expected.get(k))).as(text + " term " + k).isEqualTo(ids.get(k));
            }
        }
    }

    @Test
    void aSurrogatePairIsNeverReadAcrossTheSentenceEnd() {
        String text = "ab𝐀cd";
        TermTable table = new TermTable();
        Terms.Ids ids = new Terms.Ids(table);
        ids.read(text.toCharArray(), 0, 3); // ends between the two halves of 𝐀
        assertThat(ids.size()).isEqualTo(1);
        assertThat(table.get("ab")).isEqualTo(ids.get(0));
    }

    @Test
    void oneTermOneIdWhateverItsCase() {
        TermTable table = new TermTable();
        Terms.Ids ids = new Terms.Ids(table).read("Storm storm STORM Été été");
        assertThat(ids.toArray()).containsExactly(0, 0, 0, 1, 1);
        assertThat(table.get("storm")).isZero();
        assertThat(table.get("été")).isEqualTo(1);
    }

    @Test
    void theLettersCountedWithTheTermsAreTheLetterCountsOfTheSameCharacters() {
        String[] pieces = {"a", "Z", "É", "é", "ß", "Σ", "ǅ", "1", " ", ".", "’", "東", "タ", "𝐀", "\uD835", "\uDC00",
            "Москва", "ABC", "x", "ٱ", "ऄ", "\u0301", "Ⅻ"};
        Random random = new Random(6);
        TermTable table = new TermTable();
        Terms.Ids ids = new Terms.Ids(table);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(12);
            for (int k = 0; k < parts; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            char[] text = sb.toString().toCharArray();
            int from = random.nextInt(text.length + 1);
            int to = from + random.nextInt(text.length - from + 1);
            ids.read(text, from, to);
            assertThat(ids.letterCounts()).as(sb.toString()).isEqualTo(Letters.countLettersAndUpperCase(text, from, to));
        }
    }

    @Test
    void theTermsMarkedAsTheHeadlinesOrStandfirstsAreCountedAsTheyAreRead() {
        TermTable table = new TermTable();
        table.mark("storm", TermTable.TITLE);
        table.mark("coast", TermTable.TITLE);
        table.mark("coast", TermTable.STANDFIRST);
        table.mark("été", TermTable.STANDFIRST);
        Terms.Ids ids = new Terms.Ids(table).read("Storm hits the COAST, storm again. Été");
        assertThat(ids.marked(TermTable.TITLE)).isEqualTo(3);
        assertThat(ids.marked(TermTable.STANDFIRST)).isEqualTo(2);
        ids.read("Nothing marked here");
        assertThat(ids.marked(TermTable.TITLE)).isZero();
        assertThat(ids.marked(TermTable.STANDFIRST)).isZero();
    }

    @Test
    void theTableFindsATermByAnyOfItsWaysInAndGivesItBack() {
        TermTable table = new TermTable();
        Random random = new Random(6);
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        String[] pieces = {"a", "b", "Q", "z", "é", "東", "𝐀", "1"};
        for (int t = 0; t < 20_000; t++) { // enough terms to grow the pool, the arrays and the slots
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int k = 0; k < length; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            char[] padded = ("«" + text + "»").toCharArray();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean ascii = text.chars().allMatch(c -> c < 128);
            int id = ascii ? table.internAscii(padded, 1, 1 + text.length(), lower.hashCode())
                    : random.nextBoolean() ? table.intern(lower) : table.internAsIs(lower.toCharArray(), 0, lower.length());
            Integer before = seen.putIfAbsent(lower, id);
            assertThat(id).as(text).isEqualTo(before == null ? seen.size() - 1 : before);
            assertThat(table.term(id)).isEqualTo(lower);
            assertThat(table.get(lower)).isEqualTo(id);
            assertThat(table.hashes()[id]).isEqualTo(lower.hashCode());
        }
        assertThat(table.size()).isEqualTo(seen.size()).isGreaterThan(1024);
        assertThat(table.get("never")).isEqualTo(-1);
    }

    /** The terms as their definition reads, one code point at a time: the scan's runs are pinned against it. */
    private static List<String> plainTerms(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            int width = i < text.length() ? Character.charCount(cp) : 1;
            boolean ideograph = Terms.isIdeographic(cp);
            if (!ideograph && Character.isLetterOrDigit(cp)) {
                start = start < 0 ? i : start;
            } else {
                if (start >= 0 && i - start >= 2) {
                    out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                }
                start = -1;
                if (ideograph) {
                    out.add(text.substring(i, i + width));
                }
            }
            i += width;
        }
        return out;
    }

    @Test
    void theScansRunsAreTheDefinitionsOnRandomText() {
        String[] pieces = {"a", "Ab", "ZZ", "q7", "9", " ", "  ", ".", ",", "’", "“", "—", "é", "Été", "ß", "東", "タ",
            "𝐀", "x", "-", "Москва", "\u0301", "İ"};
        Random random = new Random(6);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(14);
            for (int k = 0; k < parts; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(Terms.list(text)).as(text).isEqualTo(plainTerms(text));
        }
    }
}
