package dev.newsbite.search;

import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Block;
import dev.newsbite.model.Named;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Small articles written for the tests. */
final class Articles {
    static final Instant SEEN = Instant.parse("2026-01-10T12:00:00Z");

    private Articles() {
    }

    static IndexedArticle entry(String url, String title, String published, String site, String... paragraphs) {
        return new IndexedArticle(url, article(url, title, published, site, paragraphs), SEEN);
    }

    static Article article(String url, String title, String published, String site, String... paragraphs) {
        List<Block> body = Arrays.stream(paragraphs).<Block>map(Paragraph::new).toList();
        return new Article(url, url, PageType.ARTICLE, title, null, List.of("Ann Writer"), published, null, site,
                null, "en", null, body, List.of());
    }

    static IndexedArticle withPeople(IndexedArticle e, List<String> people, List<String> places) {
        Bite bite = new Bite(List.of(), 1, 100, people.stream().map(p -> new Named(p, 2)).toList(), List.of(),
                places.stream().map(p -> new Named(p, 1)).toList());
        return new IndexedArticle(e.url(), e.article().withBite(bite, List.of()), e.seenAt());
    }
}
