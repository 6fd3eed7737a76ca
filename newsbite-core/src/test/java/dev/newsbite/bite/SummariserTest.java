package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummariserTest {
    private final Summariser summariser = new Summariser();

    static final List<Block> STORY = List.of(
            new Paragraph("The US says Vladimir Putin and Kim Jong-un have exchanged letters in recent weeks as Russia "
                    + "seeks weapons from North Korea for its war in Ukraine."),
            new Figure(List.of("https://example.com/a.jpg"), null,
                    "Russian President Vladimir Putin and North Korean leader Kim Jong-un meet in 2019 in Vladivostok.",
                    "Picture: AFP"),
            new Paragraph("Picture: AFP. Putin and Kim shake hands before their talks in Vladivostok in April."),
            new Paragraph("As John Kirby, the White House national security spokesman, briefed reporters on the talks, "
                    + "Pyongyang launched two ballistic missiles toward its eastern waters."),
            new Heading(2, "Arms negotiations between Russia and North Korea are actively advancing now"),
            new Paragraph("Kirby said no deal had yet been struck between Moscow and Pyongyang. The letters between "
                    + "the two leaders followed a series of visits to North Korea by leading Russian officials."),
            new Quote("We urge North Korea to cease its arms negotiations with Russia and abide by its commitments."),
            new Paragraph("Do you think North Korea will sell weapons to Russia this year?"),
            new Paragraph("Sign up to our newsletter for the latest news from Asia and the world every single day."),
            new Paragraph("Japan's defence ministry also confirmed North Korea's missile launch on Thursday morning."));

    @Test
    void pickTwoOrThreeSentencesOfTheBodyWordForWordInReadingOrder() {
        List<String> summary = summariser.summarise(STORY, "Putin and Kim letters show Moscow seeking arms", null, "en");
        assertThat(summary).hasSizeBetween(2, 3);
        String body = Article.bodyText(STORY);
        int at = -1;
        for (String sentence : summary) {
            assertThat(body).contains(sentence);
            assertThat(body.indexOf(sentence)).isGreaterThan(at);
            at = body.indexOf(sentence);
        }
    }

    @Test
    void theSameBodyAlwaysGivesTheSameSummary() {
        List<String> first = summariser.summarise(STORY, "Putin and Kim", "A standfirst.", "en");
        for (int i = 0; i < 20; i++) {
            assertThat(new Summariser().summarise(List.copyOf(STORY), "Putin and Kim", "A standfirst.", "en"))
                    .isEqualTo(first);
        }
    }

    @Test
    void captionsCreditsHeadingsQuotesQuestionsAndCallsToActionAreNeverPicked() {
        List<Block> oneEach = List.of(STORY.get(1), STORY.get(2), STORY.get(4), STORY.get(6), STORY.get(7),
                STORY.get(8));
        assertThat(summariser.summarise(oneEach, null, null, "en")).isEmpty();
        assertThat(String.join(" ", summariser.summarise(STORY, null, null, "en")))
                .doesNotContain("Picture", "Vladivostok", "newsletter", "?", "actively advancing", "We urge");
    }

    @Test
    void aSentenceRepeatingTheStandfirstIsLeftOutItIsShownAlready() {
        String standfirst = "The US says Vladimir Putin and Kim Jong-un have exchanged letters as Russia seeks "
                + "weapons from North Korea for its war in Ukraine.";
        assertThat(summariser.summarise(STORY, null, standfirst, "en")).noneMatch(s -> s.startsWith("The US says"));
    }

    @Test
    void anArticleOfOneParagraphGivesItsSentences() {
        Paragraph only = new Paragraph("The council approved the new budget on Tuesday after a long debate. "
                + "Spending on schools will rise by four percent next year.");
        assertThat(summariser.summarise(List.of(only), "Budget approved", null, "en")).containsExactly(
                "The council approved the new budget on Tuesday after a long debate.",
                "Spending on schools will rise by four percent next year.");
    }

    @Test
    void anEmptyBodyGivesNoSummary() {
        assertThat(summariser.summarise(List.of(), "Title", null, "en")).isEmpty();
        assertThat(summariser.summarise(List.of(new Paragraph("  ")), null, null, null)).isEmpty();
    }

    @Test
    void aLongArticleStillGivesAtMostThreeSentences() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Officials in district number ").append(i).append(" reported progress on the new bridge project. ");
        }
        List<String> summary = summariser.summarise(List.of(new Paragraph(text.toString())), "Bridge", null, "en");
        assertThat(summary).hasSizeBetween(1, 3);
    }

    @Test
    void aHugeParagraphIsReadOnlyAsFarAsTheBudgetReaches() {
        String sentence = "Officials reported steady progress on the new bridge across the river. ";
        Paragraph huge = new Paragraph(sentence.repeat(40_000)); // about 2.9 million characters
        long start = System.nanoTime();
        List<String> summary = summariser.summarise(List.of(huge), "Bridge progress", null, "en");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(summary).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo(sentence.strip()));
    }

    @Test
    void chineseSentencesAreSplitAndPickedWhole() {
        List<Block> body = List.of(new Paragraph("北京市政府今天发布了关于城市交通的新规定，将于下个月起正式实施。"
                + "新规定要求所有新建住宅小区配备电动汽车充电设施。市民普遍表示欢迎，认为这将方便日常出行。"));
        List<String> summary = summariser.summarise(body, "北京发布交通新规", null, "zh");
        assertThat(summary).isNotEmpty().allSatisfy(s -> {
            assertThat(Article.bodyText(body)).contains(s);
            assertThat(s).endsWith("。");
        });
    }
}
