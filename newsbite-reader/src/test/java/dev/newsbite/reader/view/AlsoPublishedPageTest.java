package dev.newsbite.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.similar.Outlet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Other outlets' copies of the story, under the article: reader links with the outlet's name. */
class AlsoPublishedPageTest {
    private final Pages pages = new Pages();

    private static ArticleView withOutlets(List<Outlet> outlets) {
        ArticleView story = SampleViews.storyView();
        return new ArticleView(story.article(), story.original(), story.fetchedAt(), story.notice(), outlets);
    }

    @Test
    void copiesAreListedAsReaderLinksWithSiteTitleAndDate() {
        Document doc = Jsoup.parse(pages.article(withOutlets(List.of(
                new Outlet("https://wire.example.net/world/floods-copy", "Example Wire", "River town floods",
                        Instant.parse("2026-11-28T06:00:00Z")),
                new Outlet("http://www.valley.example/news/x?id=4", null, null, null)))));
        Element section = doc.selectFirst("section.also-published");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("Also published by");
        assertThat(section.select("li a").eachAttr("href"))
                .containsExactly("/wire.example.net/world/floods-copy", "/http:www.valley.example/news/x?id=4");
        assertThat(section.select("li a").eachText()).containsExactly("Example Wire", "valley.example");
        assertThat(section.selectFirst("li").text()).isEqualTo("Example Wire River town floods 28 November 2026");
        assertThat(section.selectFirst("time").attr("datetime")).isEqualTo("2026-11-28T06:00:00Z");
        assertThat(section.parents()).as("outside the article's own markup").noneMatch(e -> e.normalName().equals("article"));
    }

    @Test
    void noCopiesNoSectionAndListingsNeverHaveOne() {
        assertThat(Jsoup.parse(pages.article(SampleViews.storyView())).select(".also-published")).isEmpty();
        assertThat(Jsoup.parse(pages.article(withOutlets(List.of()))).select(".also-published")).isEmpty();
        ArticleView listingWithOutlets = new ArticleView(SampleViews.listing(null),
                java.net.URI.create("https://news.example.org/world"), SampleViews.FETCHED, null,
                List.of(new Outlet("https://wire.example.net/a", "Wire", "A", null)));
        assertThat(Jsoup.parse(pages.article(listingWithOutlets)).select(".also-published")).isEmpty();
    }

    @Test
    void onlyWebAddressesAreLinkedAndTheListIsBounded() {
        List<Outlet> outlets = new ArrayList<>();
        outlets.add(new Outlet("javascript:alert(1)", "Bad", null, null));
        outlets.add(new Outlet("data:text/html,<script>alert(1)</script>", "Bad", null, null));
        outlets.add(new Outlet("ftp://files.example/a", "Bad", null, null));
        outlets.add(new Outlet("https://wire.example.net/report.pdf", "Bad", null, null));
        for (int i = 0; i < 20; i++) {
            outlets.add(new Outlet("https://site" + i + ".example/story", "Site " + i, "x".repeat(5_000), null));
        }
        Element section = Jsoup.parse(pages.article(withOutlets(outlets))).selectFirst("section.also-published");
        assertThat(section.select("li")).hasSize(OutletLinks.MAX_SHOWN);
        assertThat(section.select("a").eachText()).doesNotContain("Bad");
        assertThat(section.selectFirst(".also-title").text()).hasSizeLessThanOrEqualTo(OutletLinks.MAX_TITLE_CHARS);
    }
}
