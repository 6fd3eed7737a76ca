package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.newsbite.feed.testing.LoopbackNewsSite;
import dev.newsbite.feed.testing.LoopbackNewsSite.Story;
import java.io.StringReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeedCommandTest {
    private static LoopbackNewsSite site;

    @BeforeAll
    static void start() {
        site = LoopbackNewsSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Feed atom(String xml) throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    @Test
    void printsAFullTextAtomFeedOfASectionPage() throws Exception {
        Cli.Result r = Cli.run("feed", site.url(LoopbackNewsSite.SECTION).toString(), "--allow-private");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        Feed feed = atom(r.out());
        assertThat(feed.getEntries()).hasSize(Story.ALL.size());
        for (int i = 0; i < Story.ALL.size(); i++) {
            String text = Jsoup.parse(feed.getEntries().get(i).getContents().get(0).getValue()).text();
            assertThat(text).contains(Story.ALL.get(i).paragraphs().get(0)).contains(Story.ALL.get(i).paragraphs().get(3));
        }
        assertThat(r.err()).isEmpty();
    }

    @Test
    void fetchesNoMoreStoriesThanAskedAndSaysHowManyWereLeft() throws Exception {
        int before = site.storyHits();
        Cli.Result r = Cli.run("feed", site.url(LoopbackNewsSite.ATOM).toString(), "--allow-private",
                "--max-articles", "1", "--reader", "http://localhost:8080/");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(site.storyHits() - before).isEqualTo(1);
        Feed feed = atom(r.out());
        assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactly(Story.ALL.get(3).title());
        assertThat(feed.getEntries().get(0).getOtherLinks()).extracting(Link::getHref)
                .containsExactly("http://localhost:8080/http:127.0.0.1:" + site.url("/").getPort() + Story.ALL.get(3).path());
        assertThat(r.err()).contains("1 more story listed").contains("--max-articles");
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivate() {
        Cli.Result r = Cli.run("feed", site.url(LoopbackNewsSite.SECTION).toString());

        assertThat(r.code()).isEqualTo(ExitCodes.FETCH);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("newsbite: refused: 127.0.0.1, a loopback address").contains("--allow-private");
    }

    @Test
    void anArticlePageIsAnInputError() {
        Cli.Result r = Cli.run("feed", site.url(LoopbackNewsSite.A_STORY).toString(), "--allow-private");

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("neither a section page nor a feed");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Cli.run("feed", "ftp://example.com/world/").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("feed", "https://example.com/world/", "--max-articles", "0").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("feed", "https://example.com/world/", "--reader", "javascript:x").code())
                .isEqualTo(ExitCodes.USAGE);
    }
}
