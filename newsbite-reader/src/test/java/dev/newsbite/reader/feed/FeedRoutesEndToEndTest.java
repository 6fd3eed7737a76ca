package dev.newsbite.reader.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.newsbite.feed.testing.LoopbackNewsSite;
import dev.newsbite.feed.testing.LoopbackNewsSite.Story;
import dev.newsbite.reader.ReaderServer;
import dev.newsbite.reader.ReaderStartException;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /feed/...} end to end: a reader and a news site, both on loopback. */
class FeedRoutesEndToEndTest {
    @TempDir
    static Path data;
    static LoopbackNewsSite site;
    static ReaderServer reader;
    static ReaderClient client;

    @BeforeAll
    static void start() throws ReaderStartException {
        site = LoopbackNewsSite.start();
        reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10)));
        client = new ReaderClient(reader.port());
    }

    @AfterAll
    static void stop() {
        if (reader != null) {
            reader.close();
        }
        site.close();
    }

    /** The feed path of a path on the news site (plain http, so {@code /feed/http:host:port}). */
    static String feedPath(String sitePath) {
        return "/feed/http:127.0.0.1:" + site.url("/").getPort() + sitePath;
    }

    static Feed atom(HttpResponse<String> r) throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    @Test
    void aSectionPageIsServedAsAFullTextAtomFeedWhoseArticlesLandInTheReadersCache() throws Exception {
        HttpResponse<String> r = client.get(feedPath(LoopbackNewsSite.SECTION));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
        assertThat(r.headers().firstValue("ETag")).isPresent();
        Feed feed = atom(r);
        assertThat(feed.getEntries()).hasSize(Story.ALL.size());
        assertThat(feed.getOtherLinks()).filteredOn(l -> "self".equals(l.getRel())).extracting(Link::getHref)
                .containsExactly(client.base() + feedPath(LoopbackNewsSite.SECTION));
        for (int i = 0; i < Story.ALL.size(); i++) {
            Story story = Story.ALL.get(i);
            Entry entry = feed.getEntries().get(i);
            String readerPage = "/http:127.0.0.1:" + site.url("/").getPort() + story.path();
            assertThat(entry.getOtherLinks()).extracting(Link::getHref).containsExactly(client.base() + readerPage);
            String text = Jsoup.parse(entry.getContents().get(0).getValue()).text();
            for (String paragraph : story.paragraphs()) {
                assertThat(text).contains(paragraph);
            }
        }
        int storyFetches = site.storyHits();

        // The stories were read through the page library: their reader pages need no fetch.
        HttpResponse<String> page = client.get("/http:127.0.0.1:" + site.url("/").getPort() + Story.ALL.get(0).path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(site.storyHits()).isEqualTo(storyFetches);

        // Within the freshness window the feed is sent as held, and a matching ETag gets a 304.
        HttpResponse<String> again = client.get(feedPath(LoopbackNewsSite.SECTION));
        assertThat(again.body()).isEqualTo(r.body());
        assertThat(site.storyHits()).isEqualTo(storyFetches);
        HttpResponse<String> revalidated = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(client.base() + feedPath(LoopbackNewsSite.SECTION)))
                        .header("If-None-Match", r.headers().firstValue("ETag").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void aPartialRssFeedIsServedInFull() throws Exception {
        HttpResponse<String> r = client.get(feedPath(LoopbackNewsSite.RSS));

        assertThat(r.statusCode()).isEqualTo(200);
        Feed feed = atom(r);
        assertThat(feed.getTitle()).isEqualTo("The Harbour Gazette: World");
        assertThat(feed.getEntries()).hasSize(3);
        assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
                .contains(Story.ALL.get(0).paragraphs().get(2));
    }

    @Test
    void anArticleIsNoSourceOfAFeed() {
        HttpResponse<String> r = client.get(feedPath(LoopbackNewsSite.A_STORY));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Jsoup.parse(r.body()).text()).contains("neither a section page nor a feed");
    }

    @Test
    void theReaderPageOfASectionLinksItsFeed() {
        HttpResponse<String> r = client.get("/http:127.0.0.1:" + site.url("/").getPort() + LoopbackNewsSite.SECTION);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(r.body()).select("link[rel=alternate][type=application/atom+xml]"))
                .singleElement().extracting(l -> l.attr("href")).isEqualTo(feedPath(LoopbackNewsSite.SECTION));
    }

    @Test
    void aStoryPageLinksNoFeed() {
        HttpResponse<String> r = client.get("/http:127.0.0.1:" + site.url("/").getPort() + Story.ALL.get(4).path());
        assertThat(Jsoup.parse(r.body()).select("link[type=application/atom+xml]")).isEmpty();
    }

    @Test
    void aReaderForThePublicWebRefusesALoopbackSource(@TempDir Path otherData) throws Exception {
        try (ReaderServer publicOnly = ReaderServer.start(TestReaders.config(otherData, false, Duration.ofMinutes(10)))) {
            int before = site.hits(LoopbackNewsSite.SECTION);
            HttpResponse<String> r = new ReaderClient(publicOnly.port()).get(feedPath(LoopbackNewsSite.SECTION));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(site.hits(LoopbackNewsSite.SECTION)).isEqualTo(before);
        }
    }

    @Test
    void feedPathsKeepTheOriginalPathWhole() {
        URI json = URI.create("https://news.example/world/index.json?page=2");
        assertThat(FeedPaths.pathFor(json)).isEqualTo("/feed/news.example/world/index.json?page=2");
        String path = FeedPaths.pathFor(json);
        int q = path.indexOf('?');
        assertThat(FeedPaths.source(path.substring(0, q), path.substring(q + 1))).hasValue(json);
        assertThat(FeedPaths.source("/feed/http:news.example/rss", null)).hasValue(URI.create("http://news.example/rss"));
        assertThat(FeedPaths.source("/feed/not-a-host/rss", null)).isEmpty();
    }
}
