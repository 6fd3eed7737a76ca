package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import org.junit.jupiter.api.Test;

class ListingMetadataTest {

    private static String sectionPage(String description) {
        StringBuilder html = new StringBuilder("<html><head><title>City | The Courier</title>"
                + "<meta property='og:site_name' content='The Courier'>"
                + (description == null ? "" : "<meta name='description' content='" + description + "'>")
                + "</head><body><main><h1>City</h1>");
        for (int i = 1; i <= 8; i++) {
            html.append("<article class='teaser'><h2><a href='/news/2026/11/2").append(i).append("/story-number-").append(i)
                    .append("'>Story number ").append(i).append(" about the council and the harbour</a></h2>")
                    .append("<p class='standfirst'>The standfirst of story ").append(i).append(" says what happened.</p>")
                    .append("<p class='byline'>By Writer ").append(i).append("</p></article>");
        }
        return html.append("</main></body></html>").toString();
    }

    @Test
    void aSectionPageHasNoAuthorAndItsOwnDescription() throws Exception {
        Article a = Extractor.create().extract(sectionPage("The latest news from the city."),
                "https://www.example.com/section/city").article();
        assertThat(a.pageType()).isEqualTo(PageType.LISTING);
        assertThat(a.authors()).isEmpty();
        assertThat(a.standfirst()).isEqualTo("The latest news from the city.");
        assertThat(a.teasers()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void withoutADescriptionNoTeaserDekIsBorrowed() throws Exception {
        Article a = Extractor.create().extract(sectionPage(null), "https://www.example.com/section/city").article();
        assertThat(a.pageType()).isEqualTo(PageType.LISTING);
        assertThat(a.standfirst()).satisfiesAnyOf(
                s -> assertThat(s).isNull(),
                s -> assertThat(s).doesNotContain("The standfirst of story"));
    }
}
