package dev.newsbite.feed;

import dev.newsbite.Extractor;
import dev.newsbite.ExtractionException;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.fetch.FetchResult;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.model.Article;
import java.net.URI;
import java.util.Objects;

/** Articles fetched with a {@link Fetcher} (its address rules and caps) and read by an {@link Extractor}. */
public final class FetchingArticleSource implements ArticleSource {
    private final Fetcher fetcher;
    private final Extractor extractor;

    public FetchingArticleSource(Fetcher fetcher, Extractor extractor) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Article read(URI url) throws Unavailable {
        FetchResult page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchException e) {
            throw new Unavailable(e.getMessage(), lasting(e));
        }
        Article article;
        try {
            article = extractor.extract(page.body(), page.url().toString(), page.contentType()).article();
        } catch (ExtractionException e) {
            throw new Unavailable(e.getMessage() + ": " + url, true);
        }
        return FeedArticles.requireStory(article, url);
    }

    /** Timeouts, broken connections and server errors pass; the rest would be the same next time. */
    static boolean lasting(FetchException e) {
        return switch (e.kind()) {
            case TIMEOUT, UNREACHABLE -> false;
            case HTTP_STATUS -> e.status() < 500 && e.status() != 429;
            default -> true;
        };
    }
}
