package dev.newsbite.reader.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.feed.FeedOptions;
import dev.newsbite.feed.testing.LoopbackNewsSite;
import dev.newsbite.feed.testing.LoopbackNewsSite.Story;
import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.reader.library.FetchGate;
import dev.newsbite.reader.library.PageLibrary;
import dev.newsbite.reader.library.ReadFailure;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's feeds over time: held within the window, refreshed politely after it. */
class FeedServiceTest {
    private static final Duration FRESH = Duration.ofMinutes(10);
    private static final String BASE = "http://reader.test";

    @TempDir
    Path data;
    private LoopbackNewsSite site;
    private PageLibrary library;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T09:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        site = LoopbackNewsSite.start();
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().withAllowPrivate(true));
        library = new PageLibrary(fetcher, Extractor.create(ExtractOptions.defaults().withBite(false)),
                SqlitePageStore.open(data), FRESH, 100, 8, clock);
    }

    @AfterEach
    void stop() {
        library.close();
        site.close();
    }

    private FeedService service(int maxArticles) {
        return new FeedService(new Fetcher(FetchPolicy.defaults().withAllowPrivate(true)),
                Extractor.create(ExtractOptions.defaults().withBite(false)), library,
                FeedOptions.defaults().withMaxArticlesPerRefresh(maxArticles), FRESH, clock);
    }

    @Test
    void withinTheWindowTheFeedIsHeldAfterItTheSourceIsAskedConditionally() throws Exception {
        FeedService feeds = service(20);
        RenderedFeed first = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);
        assertThat(site.hits(LoopbackNewsSite.SECTION)).isEqualTo(1);
        assertThat(site.storyHits()).isEqualTo(Story.ALL.size());

        clock.advance(Duration.ofMinutes(5));
        assertThat(feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN)).isSameAs(first);
        assertThat(site.hits(LoopbackNewsSite.SECTION)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        RenderedFeed later = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);
        assertThat(site.hits(LoopbackNewsSite.SECTION)).isEqualTo(2);
        assertThat(site.lastIfNoneMatch(LoopbackNewsSite.SECTION)).isEqualTo("\"section-1\"");
        assertThat(site.storyHits()).isEqualTo(Story.ALL.size());
        // Nothing changed: the same bytes, so a feed reader's copy stays valid.
        assertThat(later.etag()).isEqualTo(first.etag());
    }

    @Test
    void storiesLeftOverByTheBoundComeInLaterRefreshes() throws Exception {
        FeedService feeds = service(3);
        RenderedFeed first = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);
        assertThat(first.state().itemsWithArticles()).hasSize(3);
        assertThat(site.storyHits()).isEqualTo(3);

        clock.advance(FRESH.plusSeconds(1));
        RenderedFeed second = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);
        assertThat(second.state().itemsWithArticles()).hasSize(Story.ALL.size());
        assertThat(site.storyHits()).isEqualTo(Story.ALL.size());
        assertThat(second.etag()).isNotEqualTo(first.etag());
    }

    @Test
    void whenTheSourceFailsTheFeedHeldIsServedWithANote() throws Exception {
        FeedService feeds = service(20);
        RenderedFeed first = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);
        site.breakPage(LoopbackNewsSite.SECTION, 503);
        clock.advance(FRESH.plusSeconds(1));

        RenderedFeed held = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);

        assertThat(held.staleBecause()).contains("503");
        assertThat(held.state().itemsWithArticles()).hasSameSizeAs(first.state().itemsWithArticles());
    }

    @Test
    void aClientOverItsRateGetsNoFirstFeedButKeepsAFeedHeld() throws Exception {
        FeedService feeds = service(20);
        FetchGate closed = () -> 5_000_000_000L;
        assertThatThrownBy(() -> feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, closed))
                .isInstanceOfSatisfying(ReadFailure.class,
                        e -> assertThat(e.kind()).isEqualTo(ReadFailure.Kind.RATE_LIMITED));
        assertThat(site.hits(LoopbackNewsSite.SECTION)).isZero();

        RenderedFeed first = feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, FetchGate.OPEN);
        clock.advance(FRESH.plusSeconds(1));
        assertThat(feeds.feed(site.url(LoopbackNewsSite.SECTION), BASE, closed).body()).isEqualTo(first.body());
        assertThat(site.hits(LoopbackNewsSite.SECTION)).isEqualTo(1);
    }
}
