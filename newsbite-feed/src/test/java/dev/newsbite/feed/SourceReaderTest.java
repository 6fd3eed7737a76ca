package dev.newsbite.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.fetch.FetchResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private static final SourceReader READER =
            new SourceReader(Extractor.create(ExtractOptions.defaults().withBite(false)), 50);
    private static final URI AT = URI.create("https://news.example/feeds/all.xml");

    private static FetchResult page(String body, String type) {
        return new FetchResult(AT, 200, type, body.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @Test
    void feedsAreToldFromPagesByTheirRootElement() {
        assertThat(SourceReader.looksLikeFeed("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".getBytes())).isTrue();
        assertThat(SourceReader.looksLikeFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes())).isTrue();
        assertThat(SourceReader.looksLikeFeed("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">".getBytes())).isTrue();
        assertThat(SourceReader.looksLikeFeed("<!DOCTYPE html><html><body><feed>".getBytes())).isFalse();
        assertThat(SourceReader.looksLikeFeed("<?xml version=\"1.0\"?><html xmlns=\"x\">".getBytes())).isFalse();
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><link>https://news.example/a-b-c</link>"
                + "</item></channel></rss>";
        assertThatThrownBy(() -> READER.read(page(xxe, "application/rss+xml")))
                .isInstanceOfSatisfying(FeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FeedException.Kind.BROKEN_FEED))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aFeedSentWithoutAContentTypeIsStillRead() throws Exception {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Caf\u00e9 news</title><entry><title>One</title>"
                + "<link href=\"https://news.example/news/one-story-here\"/></entry></feed>";
        SourcePage source = READER.read(page(atom, null));
        assertThat(source.kind()).isEqualTo(SourcePage.Kind.ATOM);
        assertThat(source.title()).isEqualTo("Caf\u00e9 news");
        assertThat(source.items()).extracting(SourceItem::url).containsExactly("https://news.example/news/one-story-here");
    }

    @Test
    void brokenXmlIsATypedError() {
        assertThatThrownBy(() -> READER.read(page("<rss version=\"2.0\"><channel><item>", "text/xml")))
                .isInstanceOfSatisfying(FeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FeedException.Kind.BROKEN_FEED));
    }

    @Test
    void itemsWithoutAnHttpLinkAndRepeatsAreLeftOut() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>One</title><link>javascript:alert(1)</link></item>"
                + "<item><title>Two</title><link>/news/two-stories-later#comments</link></item>"
                + "<item><title>Two again</title><link>https://news.example/news/two-stories-later</link></item>"
                + "<item><title>No link</title></item>"
                + "</channel></rss>";
        SourcePage source = READER.read(page(rss, "application/rss+xml"));
        assertThat(source.items()).extracting(SourceItem::url)
                .containsExactly("https://news.example/news/two-stories-later");
        assertThat(source.items().get(0).title()).isEqualTo("Two");
    }

    @Test
    void aPageWithNoListOfStoriesIsNotASource() {
        assertThatThrownBy(() -> READER.read(page("<html><body><form><input name=q></form></body></html>",
                "text/html"))).isInstanceOfSatisfying(FeedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FeedException.Kind.NOT_A_FEED_SOURCE));
    }
}
