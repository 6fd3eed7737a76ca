package dev.newsbite.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Heading;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryPrintTest {

    static final List<String> STORY = List.of(
            "Halvorsen Foods has agreed to buy Brightwater Dairies for 1.2 billion pounds, creating the largest milk"
                    + " processor in Britain and setting up a likely review by competition regulators.",
            "Halvorsen said on Thursday that the deal would give it eleven processing sites across England and Wales"
                    + " and a fleet of more than 600 collection tankers.",
            "Brightwater's board has recommended the offer to shareholders, who will vote on it in February.",
            "Brightwater, founded as a family creamery in Somerset in 1952, has struggled with rising feed and energy"
                    + " costs and reported a pre-tax loss of 18 million pounds last year.",
            "But the deal is likely to face scrutiny from the Competition and Markets Authority, which blocked a"
                    + " smaller merger in the sector two years ago.",
            "The National Farmers' Union said it would seek written assurances on supply contracts before taking a"
                    + " view on the takeover.",
            "Shares in Halvorsen rose 4 percent in Oslo on Thursday, and the deal is expected to close next year.");

    static final List<String> SAME_TOPIC = List.of(
            "Brightwater Dairies reported a wider loss on Tuesday as feed and energy bills climbed, and said talks"
                    + " with possible buyers including Halvorsen Foods were continuing.",
            "The Somerset company, which collects milk from farms across the south-west, lost 18 million pounds in"
                    + " the year to March, against 9 million a year earlier.",
            "Chairman Geoffrey Pike told investors that every option remained open, from a sale to a new share"
                    + " issue, and that farmers would be kept informed.",
            "Analysts expect any deal to draw the attention of the Competition and Markets Authority given the"
                    + " size of the two businesses in Britain.");

    private static Article article(String title, List<Block> body) {
        return new Article("https://example.com/a", null, PageType.ARTICLE, title, null, List.of(), null, null,
                null, null, "en", null, body, List.of());
    }

    private static List<Block> paragraphs(List<String> texts) {
        return texts.stream().<Block>map(Paragraph::new).toList();
    }

    @Test
    void theSameTextIsTheSameStoryAndTheHeadlineDoesNotCount() {
        StoryPrint a = StoryPrint.of(article("Dairy merger agreed", paragraphs(STORY)));
        StoryPrint b = StoryPrint.of(article("A completely different headline here", paragraphs(STORY)));
        assertThat(a).isEqualTo(b);
        assertThat(a.similarity(b)).isEqualTo(1.0);
        assertThat(a.sameStory(b)).isTrue();
    }

    @Test
    void reorderedParagraphsAndADroppedHalfStillMatch() {
        List<String> reordered = new ArrayList<>(STORY);
        java.util.Collections.reverse(reordered);
        StoryPrint original = StoryPrint.of(article("t", paragraphs(STORY)));
        assertThat(original.sameStory(StoryPrint.of(article("t", paragraphs(reordered))))).isTrue();
        StoryPrint half = StoryPrint.of(article("t", paragraphs(STORY.subList(0, 4))));
        assertThat(original.sameStory(half)).isTrue();
        assertThat(original.similarity(half)).isGreaterThan(0.7);
    }

    @Test
    void aDifferentStoryAboutTheSamePeopleDoesNotMatch() {
        StoryPrint a = StoryPrint.of(article("t", paragraphs(STORY)));
        StoryPrint b = StoryPrint.of(article("t", paragraphs(SAME_TOPIC)));
        assertThat(a.sameStory(b)).isFalse();
        assertThat(a.similarity(b)).isLessThan(0.2);
    }

    @Test
    void sameWordsInADifferentCaseAndPunctuationAreTheSameShingles() {
        String text = String.join("\n", STORY);
        String shouted = text.toUpperCase().replace(",", " ;").replace("'", "\u2019");
        assertThat(StoryPrint.ofText(text)).isEqualTo(StoryPrint.ofText(shouted));
    }

    @Test
    void tooLittleTextIsEmptyAndNeverMatches() {
        StoryPrint empty = StoryPrint.ofText("Short note. Nothing more to see.");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.bandKeys()).isEmpty();
        assertThat(empty.sameStory(empty)).isFalse();
        assertThat(StoryPrint.of(null).isEmpty()).isTrue();
        assertThat(StoryPrint.ofText(null).isEmpty()).isTrue();
        assertThat(StoryPrint.of(article("t", List.of())).isEmpty()).isTrue();
    }

    @Test
    void bytesRoundTripAndBadBytesAreRefused() {
        StoryPrint print = StoryPrint.ofText(String.join("\n", STORY));
        assertThat(StoryPrint.fromBytes(print.toBytes())).isEqualTo(print);
        StoryPrint empty = StoryPrint.ofText("too short");
        assertThat(StoryPrint.fromBytes(empty.toBytes()).isEmpty()).isTrue();
        assertThatThrownBy(() -> StoryPrint.fromBytes(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryPrint.fromBytes(null)).isInstanceOf(IllegalArgumentException.class);
        byte[] cut = Arrays.copyOf(print.toBytes(), 100);
        assertThatThrownBy(() -> StoryPrint.fromBytes(cut)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandKeysAreShortAsciiAndShareAKeyForCopies() {
        StoryPrint a = StoryPrint.ofText(String.join("\n", STORY));
        StoryPrint b = StoryPrint.ofText(String.join("\n", STORY.subList(1, 6)));
        assertThat(a.bandKeys()).hasSize(StoryPrint.BANDS).allMatch(k -> k.matches("[0-9a-f]{14}"));
        assertThat(a.bandKeys()).doesNotHaveDuplicates();
        assertThat(a.bandKeys()).containsAnyElementsOf(b.bandKeys());
    }

    @Test
    void bandValuesCarryTheirBandAndAgreeWhereTheKeysAgree() {
        StoryPrint a = StoryPrint.ofText(String.join("\n", STORY));
        StoryPrint b = StoryPrint.ofText(String.join("\n", STORY.subList(1, 6)));
        long[] va = a.bandValues();
        long[] vb = b.bandValues();
        assertThat(va).hasSize(StoryPrint.BANDS);
        for (int band = 0; band < StoryPrint.BANDS; band++) {
            assertThat(va[band] >>> 56).isEqualTo(band);
            assertThat(va[band] == vb[band]).isEqualTo(a.bandKeys().get(band).equals(b.bandKeys().get(band)));
        }
        assertThat(Arrays.stream(va).anyMatch(v -> Arrays.stream(vb).anyMatch(w -> w == v))).isTrue();
        assertThat(StoryPrint.ofText("too short").bandValues()).isEmpty();
    }

    @Test
    void subHeadingsCountButCaptionsDoNot() {
        List<Block> body = new ArrayList<>(paragraphs(STORY));
        body.add(2, new Heading(2, "What the regulators will ask"));
        assertThat(StoryPrint.of(article("t", body)).shingles())
                .isGreaterThan(StoryPrint.of(article("t", paragraphs(STORY))).shingles());
    }

    @Test
    void textWithoutSpacesStillHasWords() {
        String cjk = "东京电力公司周四表示将在今年夏天开始向海洋排放经过处理的核电站废水此举遭到邻国和渔民的强烈反对";
        assertThat(StoryPrint.ofText(cjk).isEmpty()).isFalse();
    }

    @Test
    void aHugeBodyIsReadOnlyUpToTheCap() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; huge.length() < 5_000_000; i++) {
            huge.append("word").append(i).append(i % 7 == 0 ? "\n" : " ");
        }
        long start = System.nanoTime();
        StoryPrint print = StoryPrint.ofText(huge.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(print.shingles()).isLessThanOrEqualTo(PrintBuilder.MAX_SHINGLES);
        assertThat(millis).isLessThan(2_000);
    }
}
