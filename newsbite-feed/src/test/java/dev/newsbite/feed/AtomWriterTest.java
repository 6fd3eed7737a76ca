package dev.newsbite.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import dev.newsbite.fetch.Validators;
import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Link;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AtomWriterTest {
    private static final URI SECTION = URI.create("https://news.example/world/");
    private static final String STORY = "https://news.example/world/2026/11/27/a-story-with-hostile-text";
    private static final Instant SEEN = Instant.parse("2026-11-28T10:00:00Z");

    private static FeedState state(Article article, SourceItem item) {
        SourcePage page = new SourcePage(SECTION, SECTION.toString(), SourcePage.Kind.LISTING, "World", "All the world's news",
                "News Example", null, List.of(item));
        return new FeedState(SECTION, Validators.none(), page, Map.of(item.url(), new FeedArticle(article, SEEN)),
                Set.of(), SEEN);
    }

    private static Article article(String title, List<Block> body, List<String> authors, String published) {
        return new Article(STORY, null, PageType.ARTICLE, title, "A standfirst", authors, published, null,
                "News Example", null, "en", null, body, List.of());
    }

    @Test
    void pageTextThatLooksLikeMarkupStaysTextAndUnsafeLinksAreDropped() throws Exception {
        String text = "Click <script>alert(1)</script> here for more";
        int start = text.indexOf("here");
        Article article = article("<img src=x onerror=alert(1)> Headline", List.of(
                new Paragraph(text, List.of(new Link(start, start + 4, "javascript:alert(1)"))),
                new Figure(List.of("javascript:alert(2)"), "alt", "A caption", null)), List.of("Jo Bloggs"),
                "2026-11-27T08:00:00+01:00");
        String xml = new AtomWriter(null).write(state(article, new SourceItem(STORY, "t", null, null, null, null)), null);

        Entry entry = FeedRefresherTest.parse(xml).getEntries().get(0);
        String html = entry.getContents().get(0).getValue();
        Document content = Jsoup.parseBodyFragment(html);
        assertThat(content.select("script, [onerror], [onclick], iframe")).isEmpty();
        assertThat(content.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
        assertThat(content.select("img[src]")).allSatisfy(i -> assertThat(i.attr("src")).doesNotStartWith("javascript"));
        assertThat(content.text()).contains("Click <script>alert(1)</script> here for more");
        assertThat(entry.getTitle()).isEqualTo("<img src=x onerror=alert(1)> Headline");
        assertThat(entry.getPublished().toInstant()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
    }

    @Test
    void theEntryLinksItsReaderPageWhileLinksInTheArticlePointWhereThePagePoints() throws Exception {
        String text = "See the earlier report for the background.";
        int start = text.indexOf("earlier report");
        Article article = article("Headline", List.of(new Paragraph(text,
                List.of(new Link(start, start + 14, "https://news.example/world/earlier-report-on-this")))),
                List.of(), null);
        AtomWriter writer = new AtomWriter(url -> "https://reader.example/" + url.substring("https://".length()));

        Entry entry = FeedRefresherTest.parse(writer.write(state(article, new SourceItem(STORY, null, null, null, null,
                null)), null)).getEntries().get(0);

        assertThat(entry.getOtherLinks()).singleElement().satisfies(l -> {
            assertThat(l.getRel()).isEqualTo("related");
            assertThat(l.getHref()).isEqualTo("https://reader.example/news.example/world/2026/11/27/a-story-with-hostile-text");
        });
        assertThat(Jsoup.parseBodyFragment(entry.getContents().get(0).getValue()).select("p a[href]"))
                .extracting(a -> a.attr("href")).contains("https://news.example/world/earlier-report-on-this");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutRatherThanBreakingTheFeed() throws Exception {
        Article article = article("Bell\u0007 and \uD800lone surrogate", List.of(new Paragraph("Nul\u0000 byte and \uFFFE")),
                List.of("Ann\u0001 Author"), null);
        String xml = new AtomWriter(null).write(state(article, new SourceItem(STORY, null, null, null, null, null)), null);

        Entry entry = FeedRefresherTest.parse(xml).getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Bell and lone surrogate");
        assertThat(entry.getAuthors().get(0).getName()).isEqualTo("Ann Author");
        assertThat(Jsoup.parse(entry.getContents().get(0).getValue()).text()).contains("Nul byte and");
        // No date on the page: the time the feed first had the story, which stays put across refreshes.
        assertThat(entry.getUpdated().toInstant()).isEqualTo(SEEN);
    }

    @Test
    void theSourceItemStandsInWhereTheArticleSaysNothing() throws Exception {
        Article bare = new Article(STORY, null, PageType.ARTICLE, null, null, List.of(), null, null, null, null, null,
                null, List.of(new Paragraph("Only a body.")), List.of());
        Instant listed = Instant.parse("2026-11-26T09:00:00Z");
        SourceItem item = new SourceItem(STORY, "Title from the feed", "Summary from the feed", List.of("Feed Author"),
                listed, null);

        Feed feed = FeedRefresherTest.parse(new AtomWriter(null).write(state(bare, item), "https://reader.example/feed/x"));

        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Title from the feed");
        assertThat(entry.getSummary().getValue()).isEqualTo("Summary from the feed");
        assertThat(entry.getAuthors().get(0).getName()).isEqualTo("Feed Author");
        assertThat(entry.getPublished().toInstant()).isEqualTo(listed);
        assertThat(entry.getUpdated().toInstant()).isEqualTo(listed);
        assertThat(feed.getUpdated().toInstant()).isEqualTo(listed);
        assertThat(feed.getSubtitle().getValue()).isEqualTo("All the world's news");
        assertThat(feed.getAuthors().get(0).getName()).isEqualTo("News Example");
    }
}
