package dev.newsbite.cli.batch;

import dev.newsbite.cli.Messages;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.reader.search.SearchService;
import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.reader.store.StoredPage;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.search.SearchException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps a batch's articles in a reader's data directory: each page in the page store as the reader
 * would have stored it on reading it, and in the search index, so that {@code newsbite serve} over
 * the same directory serves and finds them. A page without an http(s) address (no {@code --urls}
 * entry, no canonical link) has no reader address and is passed over, as is a page with no article.
 * Thread-safe.
 */
public final class DataDirKeeper implements PageKeeper, AutoCloseable {
    private static final String HTML = "text/html";
    private static final JsonRenderer JSON = new JsonRenderer();

    private final Path dir;
    private final PageStore store;
    private final SearchService search;
    private final Clock clock;
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger withoutAddress = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    private DataDirKeeper(Path dir, PageStore store, SearchService search, Clock clock) {
        this.dir = dir;
        this.store = store;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Opens the page store and the search index in {@code dir} (created when missing; an index that
     * is missing or damaged is first rebuilt from what the store holds).
     *
     * @throws StoreException when the store cannot be opened
     * @throws SearchException when the index cannot be opened, or is in use by a running reader
     */
    public static DataDirKeeper open(Path dir) throws StoreException, SearchException {
        SqlitePageStore store = SqlitePageStore.open(dir);
        try {
            SearchService search = SearchService.openNow(dir, store);
            if (search.index().readOnly()) {
                search.close();
                throw new SearchException("the search index in " + dir + " is in use by a running reader;"
                        + " stop it, then run the batch", null);
            }
            return new DataDirKeeper(dir, store, search, Clock.systemUTC());
        } catch (SearchException | StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public String keep(String url, byte[] html, String contentType, Article article) {
        if (article.pageType() == PageType.OTHER && article.teasers().isEmpty() && article.bodyText().isBlank()) {
            return null; // the reader would answer "not an article" for it too
        }
        String address = webAddress(url);
        if (address == null) {
            withoutAddress.incrementAndGet();
            return null;
        }
        if (closed.get()) {
            return "not kept in " + dir + ": the batch is closing";
        }
        Instant now = clock.instant();
        try {
            store.put(new StoredPage(address, address, now, contentType != null ? contentType : HTML, null, null,
                    html, JSON.renderCompact(article), article.title(), article.siteName()));
            search.add(address, article, now);
            kept.incrementAndGet();
            return null;
        } catch (StoreException | SearchException | RuntimeException e) {
            return "not kept in " + dir + ": " + Messages.oneLine(e.getMessage());
        }
    }

    /** Pages kept in the store and the index so far. */
    public int kept() {
        return kept.get();
    }

    /** Pages passed over for want of an http(s) address. */
    public int withoutAddress() {
        return withoutAddress.get();
    }

    /** Commits the index and closes it and the store. */
    @Override
    public void close() throws StoreException {
        if (closed.compareAndSet(false, true)) {
            try {
                search.close();
            } finally {
                store.close();
            }
        }
    }

    /** {@code url} when it is an absolute http(s) address with a host, else null. */
    static String webAddress(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
