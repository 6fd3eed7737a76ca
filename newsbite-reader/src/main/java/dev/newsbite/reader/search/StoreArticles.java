package dev.newsbite.reader.search;

import dev.newsbite.model.Article;
import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.RecentRead;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.reader.store.StoredPage;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.search.IndexedArticle;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every article in a page store, read one at a time, for rebuilding the search index. A page that
 * cannot be read back (damaged, deleted meanwhile, an article JSON of another version) is skipped
 * and logged; a store that cannot be listed at all fails the rebuild.
 */
final class StoreArticles implements Iterator<IndexedArticle> {
    private static final Logger LOG = LoggerFactory.getLogger(StoreArticles.class);

    private final PageStore store;
    private final Iterator<RecentRead> urls;
    private IndexedArticle next;
    private int skipped;

    private StoreArticles(PageStore store, List<RecentRead> urls) {
        this.store = store;
        this.urls = urls.iterator();
    }

    /** The store's articles, newest first. */
    static StoreArticles of(PageStore store) throws StoreException {
        // The store's list of pages is small rows (address, title, time); articles are read one by one.
        return new StoreArticles(store, store.recent(Integer.MAX_VALUE));
    }

    /** The store's articles whose address {@code wanted} accepts, newest first. */
    static StoreArticles of(PageStore store, java.util.function.Predicate<String> wanted) throws StoreException {
        return new StoreArticles(store, store.recent(Integer.MAX_VALUE).stream().filter(r -> wanted.test(r.url()))
                .toList());
    }

    /** Pages skipped so far because they could not be read back. */
    int skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        while (next == null && urls.hasNext()) {
            next = read(urls.next().url()).orElse(null);
        }
        return next != null;
    }

    @Override
    public IndexedArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IndexedArticle out = next;
        next = null;
        return out;
    }

    private Optional<IndexedArticle> read(String url) {
        try {
            Optional<StoredPage> page = store.get(url);
            if (page.isEmpty()) {
                return Optional.empty(); // deleted since the list was read
            }
            Article article = JsonRenderer.read(page.get().articleJson());
            return Optional.of(new IndexedArticle(url, article, page.get().fetchedAt()));
        } catch (StoreException | RuntimeException e) {
            skipped++;
            LOG.warn("not indexing the stored copy of {}: {}", url, e.getMessage());
            return Optional.empty();
        }
    }
}
