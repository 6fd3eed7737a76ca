package dev.newsbite.reader.search;

import dev.newsbite.model.Article;
import dev.newsbite.reader.library.ArticleListener;
import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.search.ArticleIndex;
import dev.newsbite.search.IndexedArticle;
import dev.newsbite.search.SearchException;
import dev.newsbite.search.SearchQuery;
import dev.newsbite.search.SearchResults;
import dev.newsbite.search.StoryFinder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over everything a reader has read: the {@link ArticleIndex} in the data directory, kept
 * beside the page store. Every article the store keeps is indexed as it is stored (this is the
 * library's {@link ArticleListener}); an index that is missing or was damaged is rebuilt from the
 * store, in the background when the reader starts (searches meanwhile see what is indexed so far).
 * Thread-safe.
 */
public final class SearchService implements ArticleListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final ArticleIndex index;
    private final PageStore store;
    private final CountDownLatch ready = new CountDownLatch(1);

    private SearchService(ArticleIndex index, PageStore store) {
        this.index = index;
        this.store = store;
    }

    /**
     * Opens the index in {@code dataDir}; on a background thread ({@link #awaitReady()} waits for
     * it), refills it from {@code store} when it needs a rebuild, else indexes what the store holds
     * and the index lacks.
     */
    public static SearchService open(Path dataDir, PageStore store) throws SearchException {
        SearchService service = new SearchService(ArticleIndex.openIn(dataDir), Objects.requireNonNull(store));
        if (!service.index.readOnly()) {
            // A missing index is rebuilt; a present one catches up with pages stored after its last commit.
            Thread t = new Thread(service.index.needsRebuild() ? service::rebuildQuietly : service::catchUpQuietly,
                    "newsbite-search-rebuild");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        } else {
            service.ready.countDown();
        }
        return service;
    }

    /**
     * Opens the index in {@code dataDir} and, when it needs a rebuild, refills it from {@code store}
     * before returning: for the command line, which works on the index at once.
     */
    public static SearchService openNow(Path dataDir, PageStore store) throws SearchException, StoreException {
        SearchService service = new SearchService(ArticleIndex.openIn(dataDir), Objects.requireNonNull(store));
        try {
            if (service.index.needsRebuild() && !service.index.readOnly()) {
                service.rebuild();
            }
        } catch (SearchException | StoreException | RuntimeException e) {
            service.close();
            throw e;
        }
        service.ready.countDown();
        return service;
    }

    /** Empties the index and indexes every article in the store again; how many were indexed. */
    public int rebuild() throws SearchException, StoreException {
        StoreArticles articles = StoreArticles.of(store);
        int n = index.rebuild(articles);
        LOG.info("search index rebuilt from the page store: {} article(s){}", n,
                articles.skipped() > 0 ? ", " + articles.skipped() + " unreadable page(s) skipped" : "");
        return n;
    }

    /**
     * Indexes the stored pages the index lacks: those stored after its last commit when a reader
     * stopped without closing, or by a process that could not index them. How many were added.
     */
    public int catchUp() throws SearchException, StoreException {
        StoreArticles missing = StoreArticles.of(store, url -> {
            try {
                return !index.contains(url);
            } catch (SearchException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        int n = 0;
        while (missing.hasNext()) {
            index.add(missing.next());
            n++;
        }
        if (n > 0) {
            index.refresh();
            LOG.info("search index caught up with the page store: {} article(s) added", n);
        }
        return n;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (SearchException | StoreException | RuntimeException e) {
            LOG.warn("cannot bring the search index up to date with the page store: {}", e.getMessage());
        } finally {
            ready.countDown();
        }
    }

    private void rebuildQuietly() {
        try {
            rebuild();
        } catch (SearchException | StoreException | RuntimeException e) {
            LOG.warn("cannot rebuild the search index from the page store: {}", e.getMessage());
        } finally {
            ready.countDown();
        }
    }

    /** Waits until a rebuild started at opening is done (at once when there was none). */
    public void awaitReady() throws InterruptedException {
        ready.await();
    }

    /** Indexes an article the store has just kept. Failures are logged: reading goes on. */
    @Override
    public void stored(String url, Article article, Instant fetchedAt) {
        try {
            index.add(new IndexedArticle(url, article, fetchedAt));
        } catch (SearchException | RuntimeException e) {
            LOG.warn("cannot index {}: {}", url, e.getMessage());
        }
    }

    /** Adds an article, failing when it cannot (for the batch, which reports it). */
    public void add(String url, Article article, Instant fetchedAt) throws SearchException {
        index.add(new IndexedArticle(url, article, fetchedAt));
    }

    public SearchResults search(SearchQuery query) throws SearchException {
        return index.search(query);
    }

    /** The other copies of a story among everything read, for "Also published by". */
    public StoryFinder storyGroups() {
        return index.storyGroups();
    }

    public ArticleIndex index() {
        return index;
    }

    /** Commits and closes the index (the store is its owner's to close). */
    @Override
    public void close() {
        index.close();
    }
}
