package dev.newsbite.reader.feed;

import dev.newsbite.feed.ArticleSource;
import dev.newsbite.feed.FeedArticles;
import dev.newsbite.model.Article;
import dev.newsbite.reader.library.FetchGate;
import dev.newsbite.reader.library.PageLibrary;
import dev.newsbite.reader.library.ReadFailure;
import java.net.URI;
import java.util.Objects;

/**
 * A feed's articles read through the reader's page library: from memory or the store when read
 * before and current, else fetched, and kept there for the reader pages of the same stories.
 */
final class LibraryArticleSource implements ArticleSource {
    private final PageLibrary library;

    LibraryArticleSource(PageLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    @Override
    public Article read(URI url) throws Unavailable {
        try {
            // Open gate: the feed's own bound limits these fetches, and the person asked for one feed.
            return FeedArticles.requireStory(library.read(url, FetchGate.OPEN).article(), url);
        } catch (ReadFailure e) {
            throw new Unavailable(e.getMessage(), lasting(e.kind()));
        }
    }

    /** Failures that asking again later could mend are passing; the rest last. */
    static boolean lasting(ReadFailure.Kind kind) {
        return switch (kind) {
            case UNREACHABLE, ORIGIN_ERROR, TIMEOUT, BUSY, RATE_LIMITED, INTERNAL -> false;
            default -> true;
        };
    }
}
