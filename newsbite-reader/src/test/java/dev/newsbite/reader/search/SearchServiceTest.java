package dev.newsbite.reader.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.store.StoredPage;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.search.SearchQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index kept in step with the page store: rebuilt when missing, caught up when behind. */
class SearchServiceTest {
    @TempDir
    Path data;

    private static StoredPage page(String url, String title, String word) {
        Article a = new Article(url, url, PageType.ARTICLE, title, null, List.of(), "2026-01-01", null, "Site", null,
                "en", null, List.of(new Paragraph("A story about " + word + " and other things.")), List.of());
        return new StoredPage(url, url, Instant.parse("2026-01-02T00:00:00Z"), "text/html", null, null,
                "<p>x</p>".getBytes(StandardCharsets.UTF_8), new JsonRenderer().renderCompact(a), title, "Site");
    }

    @Test
    void rebuildsAMissingIndexAndCatchesUpWithPagesStoredSince() throws Exception {
        try (SqlitePageStore store = SqlitePageStore.open(data)) {
            store.put(page("https://a.example/1", "One", "lighthouses"));
            store.put(new StoredPage("https://a.example/bad", "https://a.example/bad", Instant.now(), null, null,
                    null, new byte[0], "{not json", null, null));
            try (SearchService search = SearchService.open(data, store)) {
                search.awaitReady();
                assertThat(search.index().count()).isEqualTo(1);
                assertThat(search.search(SearchQuery.of("lighthouse")).totalHits()).isEqualTo(1);
            }
            // Stored while no index listened (a reader killed before its commit, say).
            store.put(page("https://a.example/2", "Two", "windmills"));
            try (SearchService search = SearchService.open(data, store)) {
                search.awaitReady();
                assertThat(search.index().needsRebuild()).isFalse();
                assertThat(search.index().count()).isEqualTo(2);
                assertThat(search.search(SearchQuery.of("windmill")).hits()).extracting(h -> h.url())
                        .containsExactly("https://a.example/2");
                assertThat(search.catchUp()).isZero();
                assertThat(search.rebuild()).isEqualTo(2);
            }
        }
    }
}
