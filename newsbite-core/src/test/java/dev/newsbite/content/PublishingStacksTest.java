package dev.newsbite.content;

import static dev.newsbite.content.ContentExtractorTest.PARA;
import static dev.newsbite.content.ContentExtractorTest.extract;
import static dev.newsbite.content.ContentExtractorTest.story;
import static dev.newsbite.content.ContentExtractorTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Quote;
import org.junit.jupiter.api.Test;

/** Markup of publishing stacks the benchmark pages rarely show: AMP, newsletter footnotes. */
class PublishingStacksTest {
    @Test
    void ampPicturesPlayersAndAdsReadLikeTheirHtmlKin() {
        Content c = extract(story("<figure><amp-img src='/img/lead.jpg' width='4' height='3' layout='responsive'>"
                + "</amp-img><figcaption>The harbour at dawn.</figcaption></figure>"
                + "<div class='amp-body'><p>" + PARA + "</p>"
                + "<amp-ad type='doubleclick'><div placeholder>Advertisement</div><div fallback>Ad failed to load</div>"
                + "</amp-ad><p>Second. " + PARA + "</p><amp-youtube data-videoid='Lk7pQ2xWm9A'></amp-youtube>"
                + "<p>Third. " + PARA + "</p></div>"));
        assertThat(c.body()).filteredOn(b -> b instanceof Figure)
                .singleElement().satisfies(f -> assertThat(((Figure) f).images())
                        .containsExactly("https://news.example.com/img/lead.jpg"));
        assertThat(c.body()).filteredOn(b -> b instanceof Embed)
                .singleElement().satisfies(e -> assertThat(((Embed) e).url()).contains("Lk7pQ2xWm9A"));
        assertThat(text(c)).doesNotContain("Advertisement").doesNotContain("Ad failed to load");
    }

    @Test
    void footnotesAreTheAuthorsWords() {
        Content c = extract(story("<div class='body markup'><p>" + PARA + "<a class='footnote-anchor' href='#fn-1'>1</a></p>"
                + "<p>Second. " + PARA + "</p>"
                + "<div class='footnote'><a class='footnote-number' href='#fn-a-1'>1</a>"
                + "<div class='footnote-content'><p>The survey covers about 2,900 shops.</p></div></div></div>"));
        assertThat(text(c)).endsWith("The survey covers about 2,900 shops.");
    }

    @Test
    void aQuoteThatRepeatsTheStoryIsAPullQuote() {
        Content c = extract(story("<p>" + PARA + "</p><p>\"The furnace is the boss here,\" she said. \"It doesn't care if "
                + "it's Christmas. It wants to be fed.\" " + PARA + "</p>"
                + "<blockquote><p>\u201cThe furnace is the boss here. It doesn\u2019t care if it\u2019s Christmas.\u201d</p></blockquote>"
                + "<p>Third. " + PARA + "</p>"));
        assertThat(c.body()).noneMatch(b -> b instanceof Quote);
        assertThat(text(c)).containsOnlyOnce("boss here");
    }

    @Test
    void aQuoteWithWordsOfItsOwnStays() {
        Content c = extract(story("<p>" + PARA + "</p><blockquote><p>The furnace is the boss here. We will not sell "
                + "the building to anyone who wants to turn it into flats.</p></blockquote><p>The furnace is the boss "
                + "here, she said. " + PARA + "</p>"));
        assertThat(c.body()).anyMatch(b -> b instanceof Quote);
    }

    @Test
    void aTableOfContentsAndAFeedTailAreNotTheStory() {
        Content c = extract(story("<div class='entry-content'><div id='ez-toc-container' class='ez-toc-v2_0'>"
                + "<p class='ez-toc-title'>Table of Contents</p><a href='#' class='ez-toc-btn'>Toggle</a>"
                + "<nav><ul><li><a href='#a'>The furnace</a></li></ul></nav></div><p>" + PARA + "</p>"
                + "<h2 id='a'>The furnace</h2><p>Second. " + PARA + "</p>"
                + "<p>The post <a href='https://x.example/p'>The last glassblowers</a> appeared first on "
                + "<a href='https://x.example'>Meridian Review</a>.</p></div>"));
        assertThat(text(c)).doesNotContain("Table of Contents").doesNotContain("Toggle")
                .doesNotContain("appeared first on").endsWith("sides. ".strip());
    }

    @Test
    void aBodyCutIntoItemsOfOneKindIsReadWhole() {
        String item = "<div class='field__item'><div class='paragraph paragraph--type--text'><div class='field--name-field-text'>";
        Content c = extract(story("<div class='field__items'>" + item + "<p>First. " + PARA + "</p></div></div></div>"
                + "<div class='field__item'><div class='paragraph--type--related'><a href='/a'>Centre opens in Bridgeton "
                + "after two years of delays</a></div></div>"
                + item + "<p>Second. " + PARA + "</p><p>Third. " + PARA + "</p></div></div></div></div>"));
        assertThat(text(c)).startsWith("First.").contains("Second.").contains("Third.")
                .doesNotContain("Centre opens in Bridgeton");
    }

    @Test
    void aStoryTipPromptIsNotTheStory() {
        Content c = extract(story("<p>" + PARA + "</p><p>Second. " + PARA + "</p>"
                + "<p><em>Have a story tip? Email us at tips@paper.example.</em></p>"));
        assertThat(text(c)).doesNotContain("story tip");
    }

    @Test
    void aBoxNamedForItsCaptionThatHoldsThePictureIsTheFigure() {
        Content c = extract(story("<p>" + PARA + "</p><div class='captioned-image-container'><figure>"
                + "<a href='/img/full.jpg'><img src='/img/shop.jpg' alt=''></a>"
                + "<figcaption class='image-caption'>The shop in 1985.</figcaption></figure></div>"
                + "<p>Second. " + PARA + "</p>"));
        assertThat(c.body()).filteredOn(b -> b instanceof Figure).singleElement()
                .satisfies(f -> assertThat(((Figure) f).caption()).isEqualTo("The shop in 1985."));
    }

    @Test
    void aLinkDressedAsAButtonIsNotProse() {
        Content c = extract(story("<p>" + PARA + "</p><p class='button-wrapper'><a class='button primary' "
                + "href='/subscribe'><span>Get 20% off a group subscription</span></a></p><p>Second. " + PARA + "</p>"));
        assertThat(text(c)).doesNotContain("group subscription");
    }

    @Test
    void aBarePlayerAddressInAFigureIsAnEmbed() {
        Content c = extract(story("<p>" + PARA + "</p><figure class='wp-block-embed is-provider-youtube'>"
                + "<div class='wp-block-embed__wrapper'>\nhttps://www.youtube.com/watch?v=Zq3KpL9mT2w\n</div>"
                + "<figcaption>The council's video.</figcaption></figure><p>Second. " + PARA + "</p>"));
        assertThat(c.body()).filteredOn(b -> b instanceof Embed).singleElement()
                .satisfies(e -> assertThat(((Embed) e).url()).contains("Zq3KpL9mT2w"));
        assertThat(c.body()).noneMatch(b -> b instanceof Figure);
    }

    @Test
    void aWordlessBoxOfPicturesKeepsThem() {
        Content c = extract(story("<p>" + PARA + "</p><amp-carousel type='slides'>"
                + "<amp-img src='https://cdn.example/g/harbour-one.jpg' alt='One'></amp-img>"
                + "<amp-img src='https://cdn.example/g/harbour-two.jpg' alt='Two'></amp-img></amp-carousel>"
                + "<p>Second. " + PARA + "</p>"));
        assertThat(c.body()).filteredOn(b -> b instanceof Figure).singleElement()
                .satisfies(f -> assertThat(((Figure) f).images()).containsExactly(
                        "https://cdn.example/g/harbour-one.jpg", "https://cdn.example/g/harbour-two.jpg"));
    }
}
