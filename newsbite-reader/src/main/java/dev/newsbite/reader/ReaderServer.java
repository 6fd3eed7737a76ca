package dev.newsbite.reader;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.bite.BiteMaker;
import dev.newsbite.feed.FeedOptions;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.reader.feed.FeedRoutes;
import dev.newsbite.reader.feed.FeedService;
import dev.newsbite.search.SearchException;
import dev.newsbite.reader.library.PageLibrary;
import dev.newsbite.reader.search.SearchRoutes;
import dev.newsbite.reader.search.SearchService;
import dev.newsbite.reader.store.PageStore;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.reader.view.Pages;
import dev.newsbite.reader.web.ClientLimits;
import dev.newsbite.reader.web.ReaderRoutes;
import dev.newsbite.similar.StoryGroups;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;

/**
 * A running reader: the web server, the page library behind it and its store. Start one with
 * {@link #start(ReaderConfig)}; {@link #close()} stops it and finishes pending store writes.
 *
 * <pre>{@code
 * try (ReaderServer reader = ReaderServer.start(ReaderConfig.defaults().withPort(0))) {
 *     URI home = reader.baseUri();
 * }
 * }</pre>
 */
public final class ReaderServer implements AutoCloseable {
    private final Javalin app;
    private final PageLibrary library;
    private final ReaderConfig config;
    private final SearchService search;

    private ReaderServer(Javalin app, PageLibrary library, ReaderConfig config, SearchService search) {
        this.app = app;
        this.library = library;
        this.config = config;
        this.search = search;
    }

    /**
     * Opens the store in the configured data directory and starts serving.
     *
     * @throws ReaderStartException when the store cannot be opened or the port cannot be bound
     */
    public static ReaderServer start(ReaderConfig config) throws ReaderStartException {
        return start(config, null);
    }

    /**
     * Opens the store and starts serving, showing other outlets' copies of each story ("Also
     * published by") as {@code stories} finds them; null finds them in the reader's own search index.
     *
     * @throws ReaderStartException when the store cannot be opened or the port cannot be bound
     */
    public static ReaderServer start(ReaderConfig config, StoryGroups stories) throws ReaderStartException {
        Objects.requireNonNull(config, "config");
        PageStore store;
        try {
            store = SqlitePageStore.open(config.dataDir(), config.maxStoreBytes());
        } catch (StoreException e) {
            throw new ReaderStartException("cannot open the page store in " + config.dataDir() + ": " + e.getMessage(), e);
        }
        PageLibrary library = new PageLibrary(new Fetcher(config.fetchPolicy()), Extractor.create(), store,
                config.freshFor(), config.memoryEntries(), config.maxConcurrentFetches(), config.maxStoredPages(),
                Clock.systemUTC());
        SearchService search;
        try {
            search = SearchService.open(config.dataDir(), store);
        } catch (SearchException e) {
            library.close();
            throw new ReaderStartException("cannot open the search index in " + config.dataDir() + ": "
                    + e.getMessage(), e);
        }
        library.onStored(search);
        ReaderRoutes routes = new ReaderRoutes(library, new Pages(), config.memoryEntries(),
                new ClientLimits(config.rateLimits())).withSearch(new SearchRoutes(search));
        FeedRoutes feeds = new FeedRoutes(new FeedService(new Fetcher(config.fetchPolicy()),
                Extractor.create(ExtractOptions.defaults().withBite(false)), library,
                FeedOptions.defaults(), config.freshFor(), Clock.systemUTC()), new Pages(), routes::firstReadGate);
        // Other outlets' copies are found among everything read, through the search index, unless
        // the caller brings its own.
        routes.withStoryGroups(stories != null ? stories : search.storyGroups());
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            // Original paths are passed on as they are: don't refuse %2F, "//" or odd encodings.
            c.jetty.modifyHttpConfiguration(http -> {
                http.setUriCompliance(UriCompliance.LEGACY);
                http.setSendServerVersion(false);
            });
            // Javalin puts its servlet inside this wrapper: pages read before skip the whole stack.
            c.jetty.modifyServer(server -> server.setHandler(routes.cachedPageHandler()));
            c.jetty.modifyServletContextHandler(handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
            // Before the reader's routes: its catch-all address route would take /feed/... too.
            feeds.declare(c.routes);
            routes.declare(c.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            library.close();
            search.close();
            throw new ReaderStartException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        warmUpBiteInBackground();
        return new ReaderServer(app, library, config, search);
    }

    /**
     * Loads the bite's sentence and word break data (a few hundred milliseconds, once per JVM)
     * beside serving rather than inside the first reading, without delaying the start.
     */
    private static void warmUpBiteInBackground() {
        Thread warmUp = new Thread(BiteMaker::warmUp, "newsbite-bite-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** The port listened on (the one picked when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The reader's address on this machine, e.g. {@code http://localhost:8080/}. */
    public URI baseUri() {
        String host = switch (config.host()) {
            case "0.0.0.0", "::", "127.0.0.1", "::1" -> "localhost";
            default -> config.host();
        };
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public ReaderConfig config() {
        return config;
    }

    /** Search over everything this reader has read. */
    public SearchService search() {
        return search;
    }

    /** The other copies of a story among everything read ("Also published by"), over the search index. */
    public StoryGroups storyGroups() {
        return search.storyGroups();
    }

    /** Stops serving, then finishes pending store writes, closes the store and commits the search index. */
    @Override
    public void close() {
        app.stop();
        library.close();
        search.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
