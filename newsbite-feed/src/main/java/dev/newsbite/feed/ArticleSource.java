package dev.newsbite.feed;

import dev.newsbite.model.Article;
import java.net.URI;

/**
 * Where a feed's articles come from: fetched and extracted on the spot, or through a reader's page
 * library so that they land in its cache. Must be thread-safe when the refresher is shared.
 */
@FunctionalInterface
public interface ArticleSource {
    /**
     * The article at {@code url}.
     *
     * @throws Unavailable when it cannot be fetched or holds no article; the feed skips it
     */
    Article read(URI url) throws Unavailable;

    /**
     * One article could not be had; the message is one line for a person. A lasting failure (no
     * article on the page, a 404, a refused address) is not asked for again while the source lists
     * the story; a passing one (a timeout, a 503, a busy reader) is tried again at a later refresh.
     */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean lasting;

        public Unavailable(String message, boolean lasting) {
            super(message, null, false, false);
            this.lasting = lasting;
        }

        /** True when asking again would give the same answer. */
        public boolean lasting() {
            return lasting;
        }
    }
}
