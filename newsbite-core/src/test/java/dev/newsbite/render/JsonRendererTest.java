package dev.newsbite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    private final JsonRenderer renderer = new JsonRenderer();
    private final ObjectMapper plain = new ObjectMapper();

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theArticleFieldsAreExactlyTheRecordsInItsOrderWithNullsPresent() throws Exception {
        JsonNode json = plain.readTree(renderer.render(SampleArticles.story()));
        assertThat(names(json)).containsExactly("url", "canonicalUrl", "pageType", "title", "standfirst", "authors",
                "published", "modified", "siteName", "source", "language", "leadImage", "body", "teasers", "bite",
                "quotes");
        assertThat(json.get("modified").isNull()).isTrue();
        assertThat(json.get("bite").isNull()).isTrue();
        assertThat(json.get("quotes").isArray()).isTrue();
        assertThat(json.get("leadImage").isNull()).isTrue();
        assertThat(json.get("pageType").asText()).isEqualTo("article");
    }

    @Test
    void blocksCarryTheirTypeAndExactlyTheirComponents() throws Exception {
        JsonNode body = plain.readTree(renderer.render(SampleArticles.story())).get("body");
        List<String> shapes = new ArrayList<>();
        body.forEach(block -> shapes.add(String.join(",", names(block))));
        assertThat(shapes).containsExactly(
                "type,text,links",
                "type,images,alt,caption,credit",
                "type,text,links",
                "type,level,text",
                "type,ordered,items",
                "type,ordered,items",
                "type,text,cite",
                "type,caption,headerRows,rows",
                "type,url,kind,title",
                "type,text,links");
        assertThat(names(body.get(2).get("links").get(0))).containsExactly("start", "end", "href");
    }

    @Test
    void teasersHaveTheirFieldsAndNullsStayInPlace() throws Exception {
        JsonNode teasers = plain.readTree(renderer.render(SampleArticles.listing())).get("teasers");
        assertThat(names(teasers.get(0))).containsExactly("headline", "url", "standfirst", "byline", "image");
        assertThat(teasers.get(1).get("standfirst").isNull()).isTrue();
        assertThat(teasers.get(1).has("image")).isTrue();
    }

    @Test
    void prettyWithStableIndentsAndOneLineWhenCompact() {
        String pretty = renderer.render(SampleArticles.listing());
        assertThat(pretty).startsWith("{\n  \"url\": \"https://news.example.org/world\",\n").endsWith("}\n")
                .contains("\"body\": [],").doesNotContain("\r");
        String compact = renderer.renderCompact(SampleArticles.listing());
        assertThat(compact).doesNotContain("\n").startsWith("{\"url\":\"https://news.example.org/world\",");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEscaped() {
        assertThat(renderer.render(SampleArticles.story())).contains("‘show Moscow seeking arms’");
    }

    @Test
    void readsBackWhatItWrote() {
        Article story = SampleArticles.story();
        assertThat(JsonRenderer.read(renderer.render(story))).isEqualTo(story);
        Article listing = SampleArticles.listing();
        assertThat(JsonRenderer.read(renderer.renderCompact(listing))).isEqualTo(listing);
        Article empty = new Article(null, null, PageType.OTHER, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(JsonRenderer.read(renderer.render(empty))).isEqualTo(empty);
        assertThatThrownBy(() -> JsonRenderer.read("{\"pageType\":\"nope\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
