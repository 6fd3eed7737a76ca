package dev.newsbite.feed;

import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import java.net.URI;

/** What counts as an article worth an entry, whoever fetched it. */
public final class FeedArticles {
    private FeedArticles() {
    }

    /**
     * {@code article} when it is a story with a body; else {@link ArticleSource.Unavailable}
     * (a section page or an empty page gives no entry, never a hollow one).
     */
    public static Article requireStory(Article article, URI url) throws ArticleSource.Unavailable {
        if (article.pageType() == PageType.LISTING) {
            throw new ArticleSource.Unavailable("a list of stories, not an article: " + url, true);
        }
        if (article.bodyText().isBlank()) {
            throw new ArticleSource.Unavailable("no article text found: " + url, true);
        }
        return article;
    }
}
