package dev.newsbite.feed;

import dev.newsbite.model.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * An article a feed holds, with when the feed first had it (an entry's "updated" when the page
 * gives no date, so it does not move on every refresh).
 */
public record FeedArticle(Article article, Instant firstSeen) {
    public FeedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
