package dev.newsbite.reader.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Teaser;
import dev.newsbite.reader.library.Reading;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.similar.Outlet;
import dev.newsbite.similar.StoryGroups;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Which copies the reader lists, and how the JSON carries them. */
class SameStoryTest {
    private static final String URL = "https://www.times.example/news/story";
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private static Reading reading(PageType type, List<Teaser> teasers) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            body.add(new Paragraph("Paragraph " + i + " of a story long enough to print, with words that carry on "
                    + "for a while so the shingles are many and the print is not empty at all."));
        }
        Article a = new Article(URL, "https://times.example/news/story?canonical=1", type, "Story", null, List.of(), null,
                null, "The Times", null, "en", null, body, teasers);
        return new Reading(URI.create(URL), a, NOW, NOW, null);
    }

    @Test
    void ownAddressesAndOwnSiteAreLeftOutAndOneCopyPerSiteIsKept() {
        AtomicReference<String> askedFor = new AtomicReference<>();
        StoryGroups groups = (url, print, limit) -> {
            askedFor.set(url);
            return List.of(
                    new Outlet("https://times.example/news/story?canonical=1", "The Times", null, null),
                    new Outlet("https://amp.times.example.org/story", "Times AMP", null, null),
                    new Outlet("https://times.example/amp/news/story", "The Times", null, null),
                    new Outlet("https://wire.example.net/a", "Wire", "Copy A", null),
                    new Outlet("https://WWW.wire.example.net/b", "Wire", "Copy B", null),
                    new Outlet("http://wire.example.net:8080/c", "Wire on another port", null, null),
                    new Outlet("not a url at all", "Nobody", null, null));
        };
        List<Outlet> shown = new SameStory(groups).of(reading(PageType.ARTICLE, List.of()));
        assertThat(askedFor.get()).isEqualTo(URL);
        assertThat(shown).extracting(Outlet::url).containsExactly("https://amp.times.example.org/story",
                "https://wire.example.net/a", "http://wire.example.net:8080/c");
    }

    @Test
    void listingsAreNotAskedAndAFailingIndexCostsOnlyTheList() {
        StoryGroups failing = (url, print, limit) -> {
            throw new IllegalStateException("index closed");
        };
        assertThat(new SameStory(failing).of(reading(PageType.ARTICLE, List.of()))).isEmpty();
        StoryGroups never = (url, print, limit) -> {
            throw new AssertionError("a listing has no story to match");
        };
        assertThat(new SameStory(never).of(reading(PageType.LISTING, List.of()))).isEmpty();
    }

    @Test
    void theJsonFieldIsAddedLastAndStaysHtmlSafe() throws Exception {
        Article a = reading(PageType.ARTICLE, List.of()).article();
        String json = SameStory.withOutlets(new JsonRenderer().render(a), List.of(
                new Outlet("https://wire.example.net/a?x=<b>", "<script>Wire</script>", "A & B", NOW),
                new Outlet("https://other.example/b", null, null, null)));
        assertThat(json).doesNotContain("<", ">", "&");
        JsonNode node = new ObjectMapper().readTree(json);
        assertThat(node.path("title").asText()).isEqualTo("Story");
        JsonNode list = node.path(SameStory.JSON_FIELD);
        assertThat(list.get(0).path("url").asText()).isEqualTo("https://wire.example.net/a?x=<b>");
        assertThat(list.get(0).path("site").asText()).isEqualTo("<script>Wire</script>");
        assertThat(list.get(0).path("published").asText()).isEqualTo("2026-11-29T12:00:00Z");
        assertThat(list.get(1).path("site").isNull()).isTrue();
        assertThat(list.get(1).path("reader").asText()).isEqualTo("/other.example/b");
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields.get(fields.size() - 1)).isEqualTo(SameStory.JSON_FIELD);
        assertThat(SameStory.withOutlets(new JsonRenderer().render(a), List.of())).contains("\"alsoPublishedBy\" : []");
    }
}
