package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.meta.Metadata;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageClassifierTest {
    private final PageClassifier classifier = new PageClassifier();
    private static final String SENTENCE = "The council voted on Tuesday to approve the new bridge after a long debate about its cost. ";

    private static Metadata declared(String type) {
        return new Metadata("Title", null, List.of(), null, null, null, null, null, null, null, null, type);
    }

    private static List<Teaser> teasers(int n) {
        List<Teaser> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Teaser("Headline number " + i + " about something that happened",
                    "https://example.com/news/story-about-something-" + i,
                    "A standfirst for story " + i + " that says a little more about what happened and why.", null, null));
        }
        return list;
    }

    private static String prose(int paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            out.add(SENTENCE.repeat(3).strip());
        }
        return String.join("\n\n", out);
    }

    @Test
    void aStoryWithARelatedRailStaysAnArticle() {
        assertThat(classifier.classify(declared("article"), prose(4), teasers(8))).isEqualTo(PageType.ARTICLE);
        assertThat(classifier.classify(declared(null), prose(12), teasers(10))).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aShortUndeclaredStoryWithAFewTeasersIsStillAnArticle() {
        assertThat(classifier.classify(declared(null), prose(3), teasers(6))).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aFrontPageWithAFewSentenceIntroIsAListing() {
        assertThat(classifier.classify(declared(null), SENTENCE.repeat(3).strip(), teasers(12)))
                .isEqualTo(PageType.LISTING);
        assertThat(classifier.classify(declared("website"), "", teasers(6))).isEqualTo(PageType.LISTING);
    }

    @Test
    void aBodyThatOnlyRepeatsTheTeasersIsNotProse() {
        List<Teaser> teasers = teasers(10);
        List<String> echo = new ArrayList<>();
        for (Teaser t : teasers) {
            echo.add(t.headline());
            echo.add(t.standfirst());
        }
        String body = String.join("\n\n", echo);
        assertThat(PageClassifier.proseChars(body, teasers)).isZero();
        assertThat(classifier.classify(declared(null), body, teasers)).isEqualTo(PageType.LISTING);
    }

    @Test
    void aSectionPageThatCallsItselfAnArticleIsStillAListingWhenItListsMany() {
        assertThat(classifier.classify(declared("article"), prose(1), teasers(25))).isEqualTo(PageType.LISTING);
    }

    @Test
    void aDeclaredStoryWithAStorysProseStaysAnArticleBesideBigNewsBlocks() {
        assertThat(classifier.classify(declared("article"), prose(2), teasers(50))).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aDeclaredCollectionNeedsOnlyAFewTeasers() {
        assertThat(classifier.classify(declared("listing"), prose(10), teasers(3))).isEqualTo(PageType.LISTING);
        assertThat(classifier.classify(declared("listing"), prose(10), teasers(2))).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aShortDeclaredStoryIsAnArticleAndAnEmptyPageIsOther() {
        assertThat(classifier.classify(declared("article"), "A brief: the road is closed.", List.of()))
                .isEqualTo(PageType.ARTICLE);
        assertThat(classifier.classify(declared(null), "Please sign in to continue.", teasers(1)))
                .isEqualTo(PageType.OTHER);
        assertThat(classifier.classify(declared(null), "", List.of())).isEqualTo(PageType.OTHER);
    }

    @Test
    void shortChineseLinesCountAsProse() {
        String line = "低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣";
        assertThat(PageClassifier.weight(line)).isGreaterThanOrEqualTo(PageClassifier.MIN_PROSE_PARAGRAPH_CHARS);
        String body = String.join("\n\n", java.util.Collections.nCopies(12, line));
        assertThat(classifier.classify(declared(null), body, teasers(13))).isEqualTo(PageType.ARTICLE);
    }

    @Test
    void aFewTeasersWithoutProseMakeASmallListing() {
        assertThat(classifier.classify(declared(null), "Latest", teasers(4))).isEqualTo(PageType.LISTING);
    }
}
