package dev.newsbite.cli.batch;

import dev.newsbite.model.Article;

/** Where a batch keeps each article it extracted, besides its row (the reader's data directory). */
public interface PageKeeper {
    /**
     * Keeps one extracted page. Called on the batch's worker threads, at once.
     *
     * @param url the page's address as its row gives it, or null when it has none
     * @param html the page as read
     * @param contentType its content type when known (WARC records), else null
     * @return null when kept (or rightly passed over), else why it could not be kept, in one line
     */
    String keep(String url, byte[] html, String contentType, Article article);
}
