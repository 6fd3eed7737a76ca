package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import org.junit.jupiter.api.Test;

/** The listing stage as the pipeline runs it: teasers reach the article only on listing pages. */
class ListingThroughExtractorTest {
    private final Extractor extractor = Extractor.create();

    @Test
    void aSectionPageIsAListingWithItsTeasers() throws Exception {
        Article a = extractor.extract(ListingPages.SECTION, ListingPages.SECTION_URL).article();
        assertThat(a.pageType()).isEqualTo(PageType.LISTING);
        assertThat(a.teasers()).hasSize(6);
        assertThat(a.teasers()).extracting(Teaser::url).allMatch(u -> u.startsWith("https://"));
    }

    @Test
    void aStoryPageWithRailsIsAnArticleWithoutTeasers() throws Exception {
        Article a = extractor.extract(ListingPages.STORY, ListingPages.STORY_URL).article();
        assertThat(a.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(a.teasers()).isEmpty();
    }

    @Test
    void aFrontPageWithAWelcomeTextIsAListing() throws Exception {
        Article a = extractor.extract(ListingPages.front(), ListingPages.FRONT_URL).article();
        assertThat(a.pageType()).isEqualTo(PageType.LISTING);
        assertThat(a.teasers()).hasSize(8);
    }
}
