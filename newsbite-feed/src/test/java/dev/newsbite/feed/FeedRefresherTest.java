package dev.newsbite.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.feed.testing.LoopbackNewsSite;
import dev.newsbite.feed.testing.LoopbackNewsSite.Story;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.model.Article;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds made end to end from a news site on the loopback interface. */
class FeedRefresherTest {
    private static final Extractor EXTRACTOR = Extractor.create(ExtractOptions.defaults().withBite(false));
    private static Fetcher fetcher;

    private LoopbackNewsSite site;

    @BeforeAll
    static void fetcher() {
        fetcher = new Fetcher(FetchPolicy.defaults().withAllowPrivate(true));
    }

    @BeforeEach
    void startSite() {
        site = LoopbackNewsSite.start();
    }

    @org.junit.jupiter.api.AfterEach
    void stopSite() {
        site.close();
    }

    @AfterAll
    static void done() {
        fetcher = null;
    }

    private static FeedRefresher refresher(int maxArticles) {
        return FeedRefresher.fetching(fetcher, EXTRACTOR, FeedOptions.defaults().withMaxArticlesPerRefresh(maxArticles));
    }

    @Test
    void aSectionPageBecomesAnAtomFeedWithOneFullTextEntryPerStory() throws Exception {
        FeedRefresh refresh = refresher(20).refresh(site.url(LoopbackNewsSite.SECTION));
        String xml = new AtomWriter(url -> "https://reader.example/" + URI.create(url).getHost() + URI.create(url).getRawPath())
                .write(refresh.state(), "https://reader.example/feed/section");

        Feed feed = parse(xml);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).contains("World");
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
        assertThat(feed.getEntries()).hasSize(Story.ALL.size());
        assertThat(refresh.fetched()).isEqualTo(Story.ALL.size());
        assertThat(refresh.pending()).isZero();
        for (int i = 0; i < Story.ALL.size(); i++) {
            Story story = Story.ALL.get(i);
            Entry entry = feed.getEntries().get(i);
            assertThat(entry.getTitle()).isEqualTo(story.title());
            assertThat(entry.getId()).isEqualTo(site.url(story.path()).toString());
            assertThat(entry.getAlternateLinks().get(0).getHref()).isEqualTo(site.url(story.path()).toString());
            assertThat(entry.getOtherLinks()).extracting(Link::getHref)
                    .containsExactly("https://reader.example/127.0.0.1" + story.path());
            assertThat(entry.getAuthors()).extracting(p -> p.getName()).containsExactly(story.author());
            assertThat(entry.getPublished()).isNotNull();
            assertThat(entry.getSummary().getValue()).isEqualTo(story.standfirst());
            Content content = entry.getContents().get(0);
            assertThat(content.getType()).isEqualTo("html");
            assertThat(Jsoup.parse(content.getValue()).text()).contains(extractedBody(story));
            for (String paragraph : story.paragraphs()) {
                assertThat(content.getValue()).contains(paragraph);
            }
        }
    }

    @Test
    void aPartialRssFeedGetsItsStoriesInFull() throws Exception {
        FeedRefresh refresh = refresher(20).refresh(site.url(LoopbackNewsSite.RSS));
        Feed feed = parse(new AtomWriter(null).write(refresh.state(), null));

        assertThat(refresh.state().page().kind()).isEqualTo(SourcePage.Kind.RSS);
        assertThat(feed.getTitle()).isEqualTo("The Harbour Gazette: World");
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(site.url("/world/").toString());
        assertThat(feed.getOtherLinks()).filteredOn(l -> "via".equals(l.getRel())).extracting(Link::getHref)
                .containsExactly(site.url(LoopbackNewsSite.RSS).toString());
        assertThat(feed.getEntries()).extracting(Entry::getTitle)
                .containsExactly(Story.ALL.get(0).title(), Story.ALL.get(1).title(), Story.ALL.get(2).title());
        for (int i = 0; i < 3; i++) {
            assertThat(Jsoup.parse(feed.getEntries().get(i).getContents().get(0).getValue()).text())
                    .contains(extractedBody(Story.ALL.get(i)));
        }
        // The relative link of the third item is read against the feed's address.
        assertThat(feed.getEntries().get(2).getId()).isEqualTo(site.url(Story.ALL.get(2).path()).toString());
    }

    @Test
    void aPartialAtomFeedGetsItsStoriesInFull() throws Exception {
        FeedRefresh refresh = refresher(20).refresh(site.url(LoopbackNewsSite.ATOM));
        Feed feed = parse(new AtomWriter(null).write(refresh.state(), null));

        assertThat(refresh.state().page().kind()).isEqualTo(SourcePage.Kind.ATOM);
        assertThat(feed.getEntries()).hasSize(2);
        assertThat(feed.getEntries()).extracting(Entry::getTitle)
                .containsExactly(Story.ALL.get(3).title(), Story.ALL.get(4).title());
        assertThat(feed.getEntries().get(1).getContents().get(0).getValue())
                .contains(Story.ALL.get(4).paragraphs().get(3));
    }

    @Test
    void aRefreshAsksConditionallyAndA304ReusesEverythingWithoutFetchingArticles() throws Exception {
        FeedRefresher refresher = refresher(20);
        FeedRefresh first = refresher.refresh(site.url(LoopbackNewsSite.SECTION));
        int storiesFetched = site.storyHits();
        assertThat(storiesFetched).isEqualTo(Story.ALL.size());
        assertThat(site.lastIfNoneMatch(LoopbackNewsSite.SECTION)).isNull();

        FeedRefresh second = refresher.refresh(site.url(LoopbackNewsSite.SECTION), first.state());

        assertThat(site.lastIfNoneMatch(LoopbackNewsSite.SECTION)).isEqualTo("\"section-1\"");
        assertThat(second.notModified()).isTrue();
        assertThat(second.fetched()).isZero();
        assertThat(second.reused()).isEqualTo(Story.ALL.size());
        assertThat(site.storyHits()).isEqualTo(storiesFetched);
        assertThat(new AtomWriter(null).write(second.state(), null))
                .isEqualTo(new AtomWriter(null).write(first.state(), null));
    }

    @Test
    void aDatedFeedIsAskedIfModifiedSinceAndA304ReusesIt() throws Exception {
        FeedRefresher refresher = refresher(20);
        FeedRefresh first = refresher.refresh(site.url(LoopbackNewsSite.RSS));
        assertThat(site.lastIfModifiedSince(LoopbackNewsSite.RSS)).isNull();

        FeedRefresh second = refresher.refresh(site.url(LoopbackNewsSite.RSS), first.state());

        assertThat(site.lastIfModifiedSince(LoopbackNewsSite.RSS)).isEqualTo("Fri, 27 Nov 2026 18:00:00 GMT");
        assertThat(second.notModified()).isTrue();
        assertThat(second.fetched()).isZero();
        assertThat(second.reused()).isEqualTo(3);
        assertThat(site.storyHits()).isEqualTo(3);
    }

    @Test
    void aChangedSourceIsReadAgainButArticlesFetchedBeforeAreKept() throws Exception {
        FeedRefresher refresher = refresher(20);
        FeedRefresh first = refresher.refresh(site.url(LoopbackNewsSite.SECTION));
        site.changeSection();

        FeedRefresh second = refresher.refresh(site.url(LoopbackNewsSite.SECTION), first.state());

        assertThat(second.notModified()).isFalse();
        assertThat(second.fetched()).isZero();
        assertThat(second.reused()).isEqualTo(Story.ALL.size());
        assertThat(site.storyHits()).isEqualTo(Story.ALL.size());
    }

    @Test
    void eachRefreshFetchesAtMostItsBoundAndCarriesTheRestOver() throws Exception {
        FeedRefresher refresher = refresher(2);
        URI section = site.url(LoopbackNewsSite.SECTION);

        FeedRefresh first = refresher.refresh(section);
        assertThat(site.storyHits()).isEqualTo(2);
        assertThat(first.fetched()).isEqualTo(2);
        assertThat(first.pending()).isEqualTo(3);
        assertThat(parse(new AtomWriter(null).write(first.state(), null)).getEntries()).extracting(Entry::getTitle)
                .containsExactly(Story.ALL.get(0).title(), Story.ALL.get(1).title());

        FeedRefresh second = refresher.refresh(section, first.state());
        assertThat(site.storyHits()).isEqualTo(4);
        assertThat(second.notModified()).isTrue();
        assertThat(second.fetched()).isEqualTo(2);
        assertThat(second.pending()).isEqualTo(1);

        FeedRefresh third = refresher.refresh(section, second.state());
        assertThat(site.storyHits()).isEqualTo(5);
        assertThat(third.pending()).isZero();
        assertThat(parse(new AtomWriter(null).write(third.state(), null)).getEntries()).hasSize(5);
        for (Story story : Story.ALL) {
            assertThat(site.hits(story.path())).as(story.path()).isEqualTo(1);
        }
    }

    @Test
    void noArticleFetchStartsOnceTheRefreshIsOutOfTime() throws Exception {
        FeedRefresher noTime = FeedRefresher.fetching(fetcher, EXTRACTOR, FeedOptions.defaults()
                .withRefreshBudget(java.time.Duration.ZERO));

        FeedRefresh refresh = noTime.refresh(site.url(LoopbackNewsSite.SECTION));

        assertThat(site.storyHits()).isZero();
        assertThat(refresh.fetched()).isZero();
        assertThat(refresh.pending()).isEqualTo(Story.ALL.size());
        assertThat(refresh.state().pending()).isEqualTo(Story.ALL.size());
        assertThat(parse(new AtomWriter(null).write(refresh.state(), null)).getEntries()).isEmpty();
    }

    @Test
    void aStoryThatIsGoneIsSkippedAndCountedNotFakedAndNotAskedForAgain() throws Exception {
        site.breakPage(Story.ALL.get(1).path(), 404);
        FeedRefresher refresher = refresher(20);

        FeedRefresh first = refresher.refresh(site.url(LoopbackNewsSite.SECTION));

        assertThat(first.skipped()).isEqualTo(1);
        assertThat(first.skips()).singleElement().asString().contains("404");
        Feed feed = parse(new AtomWriter(null).write(first.state(), null));
        assertThat(feed.getEntries()).hasSize(Story.ALL.size() - 1)
                .extracting(Entry::getTitle).doesNotContain(Story.ALL.get(1).title());

        FeedRefresh second = refresher.refresh(site.url(LoopbackNewsSite.SECTION), first.state());
        assertThat(second.skipped()).isEqualTo(1);
        assertThat(site.hits(Story.ALL.get(1).path())).isEqualTo(1);
    }

    @Test
    void aStoryThatFailedInPassingIsTriedAgainAtTheNextRefresh() throws Exception {
        site.breakPage(Story.ALL.get(2).path(), 503);
        FeedRefresher refresher = refresher(20);
        FeedRefresh first = refresher.refresh(site.url(LoopbackNewsSite.SECTION));
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(parse(new AtomWriter(null).write(first.state(), null)).getEntries()).hasSize(Story.ALL.size() - 1);

        site.mendPage(Story.ALL.get(2).path());
        FeedRefresh second = refresher.refresh(site.url(LoopbackNewsSite.SECTION), first.state());

        assertThat(second.fetched()).isEqualTo(1);
        assertThat(second.skipped()).isZero();
        assertThat(parse(new AtomWriter(null).write(second.state(), null)).getEntries()).hasSize(Story.ALL.size());
    }

    @Test
    void anArticlePageIsNotASourceOfAFeed() {
        assertThatThrownBy(() -> refresher(20).refresh(site.url(LoopbackNewsSite.A_STORY)))
                .isInstanceOfSatisfying(FeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FeedException.Kind.NOT_A_FEED_SOURCE))
                .hasMessageContaining("neither a section page nor a feed");
    }

    @Test
    void aMissingSourceIsATypedFetchFailure() {
        assertThatThrownBy(() -> refresher(20).refresh(site.url("/no/such/section/")))
                .isInstanceOfSatisfying(FeedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FeedException.Kind.FETCH);
                    assertThat(e.fetchKind()).isEqualTo(FetchException.Kind.HTTP_STATUS);
                });
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        FeedRefresher publicOnly = FeedRefresher.fetching(new Fetcher(FetchPolicy.defaults()), EXTRACTOR,
                FeedOptions.defaults());
        assertThatThrownBy(() -> publicOnly.refresh(site.url(LoopbackNewsSite.SECTION)))
                .isInstanceOfSatisfying(FeedException.class,
                        e -> assertThat(e.fetchKind()).isEqualTo(FetchException.Kind.REFUSED_ADDRESS));
        assertThat(site.hits(LoopbackNewsSite.SECTION)).isZero();
    }

    /** What core's extractor reads as the story's body, on the page as the site serves it. */
    private String extractedBody(Story story) throws Exception {
        Article article = EXTRACTOR.extract(story.html(), site.url(story.path()).toString()).article();
        assertThat(article.bodyText()).isNotBlank();
        return Jsoup.parse("<p>" + String.join("</p><p>", article.bodyText().split("\n\n")) + "</p>").text();
    }

    static Feed parse(String xml) throws Exception {
        WireFeedInput input = new WireFeedInput();
        return (Feed) input.build(new StringReader(xml));
    }

    static List<String> titles(Feed feed) {
        return feed.getEntries().stream().map(Entry::getTitle).toList();
    }
}
