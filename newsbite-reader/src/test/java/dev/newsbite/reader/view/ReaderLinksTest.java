package dev.newsbite.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderLinksTest {

    @Test
    void webPagesAreReadThroughTheReader() {
        assertThat(ReaderLinks.hrefFor("https://www.example.com/world/2026/story-slug"))
                .isEqualTo("/www.example.com/world/2026/story-slug");
        assertThat(ReaderLinks.hrefFor("https://Example.COM/news/story.html?id=42"))
                .isEqualTo("/example.com/news/story.html?id=42");
        assertThat(ReaderLinks.hrefFor("http://plain.example.net/a/b.php")).isEqualTo("/http:plain.example.net/a/b.php");
        assertThat(ReaderLinks.hrefFor("https://example.com:8443/x")).isEqualTo("/example.com:8443/x");
        assertThat(ReaderLinks.hrefFor("https://example.com")).isEqualTo("/example.com/");
    }

    @Test
    void aDottedSlugIsStillAPage() {
        assertThat(ReaderLinks.hrefFor("https://example.com/tech/version-2.0-released"))
                .isEqualTo("/example.com/tech/version-2.0-released");
        assertThat(ReaderLinks.hrefFor("https://example.com/people/j.smith"))
                .isEqualTo("/example.com/people/j.smith");
    }

    @Test
    void filesThatAreNotPagesGoToTheOriginal() {
        for (String file : new String[] {"https://example.com/report.PDF", "https://img.example.com/a/photo.jpg",
            "https://example.com/podcast/ep1.mp3", "https://example.com/data.csv?download=1",
            "https://example.com/feed.xml", "https://example.com/notes.txt"}) {
            assertThat(ReaderLinks.hrefFor(file)).isEqualTo(file);
        }
    }

    @Test
    void otherSchemesAndBrokenAddressesAreLeftAlone() {
        assertThat(ReaderLinks.hrefFor("mailto:desk@example.com")).isEqualTo("mailto:desk@example.com");
        assertThat(ReaderLinks.hrefFor("ftp://example.com/story")).isEqualTo("ftp://example.com/story");
        assertThat(ReaderLinks.hrefFor("https://exa mple.com/x")).isEqualTo("https://exa mple.com/x");
        assertThat(ReaderLinks.hrefFor(null)).isNull();
    }
}
