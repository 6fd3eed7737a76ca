package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StoryUrlsTest {
    private final StoryUrls urls = StoryUrls.forPage("https://www.example.co.uk/news/world?page=1#top");

    @ParameterizedTest
    @ValueSource(strings = {
        "/world/putin-and-kim-exchange-letters",
        "/world/the-times/putin/news-story/7339ede251e400e19c339528371fab73",
        "/2024/05/12/floods",
        "/news/a/1234567",
        "/article-123456.html",
        "/view.php?id=12345",
        "https://edition.example.co.uk/world/floods-force-thousands-out",
        "//www.example.co.uk/world/floods-force-thousands-out",
        "story/floods-force-thousands-out",
    })
    void storyAddresses(String href) {
        assertThat(urls.storyOrNull(href)).as(href).isNotNull().startsWith("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/", "/world", "/world/asia", "/tag/floods-and-extreme-weather", "/author/jane-doe-smith",
        "/category/world-news-today", "/account/login", "/share/world/floods-force-thousands-out",
        "/world/floods-force-thousands-out.pdf", "/images/2024/05/photo-of-the-flood.jpg",
        "https://other.example.com/world/floods-force-thousands-out", "mailto:news@example.co.uk",
        "javascript:void(0)", "#comments", "/news/world?page=2", "/page/2", "",
        "https://www.example.co.uk/news/world",
    })
    void notStoryAddresses(String href) {
        assertThat(urls.storyOrNull(href)).as(href).isNull();
    }

    @Test
    void fragmentsAreDroppedSoDuplicatesMeet() {
        assertThat(urls.storyOrNull("/world/floods-force-thousands-out#comments"))
                .isEqualTo("https://www.example.co.uk/world/floods-force-thousands-out");
    }

    @Test
    void siteDomainsKeepCountryCodeSecondLevels() {
        assertThat(StoryUrls.siteDomain("edition.cnn.com")).isEqualTo("cnn.com");
        assertThat(StoryUrls.siteDomain("www.bbc.co.uk")).isEqualTo("bbc.co.uk");
        assertThat(StoryUrls.siteDomain("theaustralian.com.au")).isEqualTo("theaustralian.com.au");
        assertThat(StoryUrls.siteDomain("localhost")).isEqualTo("localhost");
    }

    @Test
    void withoutAPageOnlyAbsoluteLinksCount() {
        StoryUrls unknown = StoryUrls.forPage(null);
        assertThat(unknown.storyOrNull("/world/floods-force-thousands-out")).isNull();
        assertThat(unknown.storyOrNull("https://x.example/world/floods-force-thousands-out")).isNotNull();
    }
}
