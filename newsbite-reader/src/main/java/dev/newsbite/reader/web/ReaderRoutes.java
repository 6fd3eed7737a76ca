package dev.newsbite.reader.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.reader.RateLimits;
import dev.newsbite.reader.library.StoreHealth;
import dev.newsbite.model.Article;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.address.ReaderTarget;
import dev.newsbite.reader.library.FetchGate;
import dev.newsbite.reader.library.PageLibrary;
import dev.newsbite.reader.library.ReadFailure;
import dev.newsbite.reader.library.Reading;
import dev.newsbite.reader.search.SearchRoutes;
import dev.newsbite.reader.view.ArticleView;
import dev.newsbite.reader.view.ErrorView;
import dev.newsbite.reader.view.HomeView;
import dev.newsbite.reader.view.Pages;
import dev.newsbite.render.Format;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.render.MarkdownRenderer;
import dev.newsbite.render.TextRenderer;
import dev.newsbite.similar.Outlet;
import dev.newsbite.similar.StoryGroups;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's routes: the home page, reader pages in every format, {@code /read}, the JSON API and
 * the health check. Rendered answers are kept in memory by their canonical path, so a page read
 * before is sent without extracting or rendering again while its reading is current.
 */
public final class ReaderRoutes {
    private static final ObjectMapper HEALTH_JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(ReaderRoutes.class);
    private static final int RECENT_ON_HOME = 30;
    private static final DateTimeFormatter NOTICE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Served text is made inert as HTML: a browser that sniffs it anyway finds no tag in it. */
    private static final TextRenderer WEB_TEXT = TextRenderer.inertAsHtml();

    private final PageLibrary library;
    private final Pages pages;
    private final Problems problems;
    private final Cache<String, RenderedPage> rendered;
    private final ClientLimits limits;
    private SearchRoutes search;
    /** "Also published by" for HTML and JSON answers; null when the reader was given no story groups. */
    private SameStory sameStory;

    public ReaderRoutes(PageLibrary library, Pages pages, int memoryEntries) {
        this(library, pages, memoryEntries, new ClientLimits(RateLimits.none()));
    }

    public ReaderRoutes(PageLibrary library, Pages pages, int memoryEntries, ClientLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.library = Objects.requireNonNull(library, "library");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.problems = new Problems(pages);
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, memoryEntries) * 64L * 1024)
                .weigher((String path, RenderedPage page) -> page.body().length + path.length())
                .build();
    }

    /** Serves {@code /search} and {@code /api/search} with {@code routes}; call before {@link #declare}. */
    public ReaderRoutes withSearch(SearchRoutes routes) {
        this.search = Objects.requireNonNull(routes, "routes");
        return this;
    }

    /**
     * Shows other outlets' copies of each story ("Also published by", and {@code alsoPublishedBy} in
     * the JSON) as {@code groups} finds them; call before serving. Without it nothing is shown.
     */
    public ReaderRoutes withStoryGroups(StoryGroups groups) {
        this.sameStory = new SameStory(groups);
        return this;
    }

    /**
     * The rendered answer for a canonical reader path (raw path and query), when it is in memory
     * and still current; else null.
     */
    RenderedPage currentPage(String pathAndQuery) {
        RenderedPage page = rendered.getIfPresent(pathAndQuery);
        return page != null && library.isCurrent(page.reading()) ? page : null;
    }

    /** The gate for origin fetches made on behalf of {@code ctx}'s client: its first-read rate (feeds use it). */
    public FetchGate firstReadGate(Context ctx) {
        String client = ctx.req().getRemoteAddr();
        return () -> limits.firstRead(client);
    }

    /** The fast path for pages read before, to put in front of the application. */
    public org.eclipse.jetty.server.Handler.Wrapper cachedPageHandler() {
        return new CachedPageHandler(this, limits);
    }

    /** The answer to a client over its request limit, in the format its address asks for. */
    Problems.Answer rateLimited(String rawPath, String rawQuery, long waitNanos) {
        Format format = rawPath.startsWith("/api/") ? Format.JSON
                : ReaderAddress.parse(rawPath, rawQuery).map(ReaderTarget::format).orElse(Format.HTML);
        return problems.answer(new ReadFailure(ReadFailure.Kind.RATE_LIMITED, "too many requests from your address;"
                + " try again in " + RateLimiter.retryAfterSeconds(waitNanos) + " s", null, waitNanos), format);
    }

    /** {@code /healthz}: "ok", or "degraded" while the store fails writes; with store and memory figures. */
    private void health(Context ctx) {
        StoreHealth store = library.storeHealth();
        ObjectNode root = HEALTH_JSON.createObjectNode();
        root.put("status", store.degraded() ? "degraded" : "ok");
        ObjectNode s = root.putObject("store");
        s.put("ok", !store.degraded());
        s.put("written", store.written());
        s.put("failed", store.failed());
        s.put("dropped", store.dropped());
        s.put("evicted", store.evicted());
        s.put("pending", store.pending());
        if (store.lastError() != null) {
            s.put("lastError", store.lastError());
        } else {
            s.putNull("lastError");
        }
        ObjectNode memory = root.putObject("memory");
        memory.put("pages", library.pagesInMemory());
        rendered.cleanUp();
        memory.put("rendered", rendered.estimatedSize());
        memory.put("renderedBytes", rendered.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L));
        memory.put("renderedMaxBytes", rendered.policy().eviction().map(e -> e.getMaximum()).orElse(0L));
        memory.put("rateLimitedClients", limits.clients());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Headers.JSON).result(root.toString());
    }

    /** Declares the routes, most specific first: everything else is a reader address. */
    public void declare(RoutesConfig routes) {
        routes.before(Headers::secure);
        routes.get("/", this::home);
        routes.get("/healthz", this::health);
        routes.get("/read", this::read);
        routes.get("/api/article", this::api);
        routes.get("/favicon.ico", ctx -> ctx.status(HttpStatus.NO_CONTENT));
        routes.get("/robots.txt", ctx -> ctx.contentType(Headers.TEXT).result("User-agent: *\nDisallow: /\n"));
        if (search != null) {
            search.declare(routes);
        }
        routes.get("/<address>", this::reader);
        // HEAD answers as GET would, without the body (link checkers, crawlers, curl -I).
        routes.head("/", this::home);
        routes.head("/healthz", this::health);
        routes.head("/api/article", this::api);
        routes.head("/<address>", this::reader);
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {}", ctx.path(), e);
            problems.send(ctx, new ReadFailure(ReadFailure.Kind.INTERNAL,
                    "the error was logged; please try again", null), Format.HTML);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null) {
                notAReaderAddress(ctx);
            }
        });
    }

    private void home(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Headers.HTML).result(pages.home(new HomeView(library.recent(RECENT_ON_HOME), null, null)));
    }

    /** {@code /read?url=}: what a person pasted, sent on to its reader path. */
    private void read(Context ctx) {
        String typed = ctx.queryParam("url");
        Optional<URI> url = Urls.typed(typed);
        if (url.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType(Headers.HTML).header("Cache-Control", "no-store")
                    .result(pages.home(new HomeView(library.recent(RECENT_ON_HOME), typed,
                            typed == null || typed.isBlank() ? "Paste the address of a news page."
                                    : "That is not an http or https address of a web page.")));
            return;
        }
        ctx.redirect(ReaderAddress.pathFor(url.get(), Format.HTML), HttpStatus.SEE_OTHER);
    }

    private void api(Context ctx) {
        String typed = ctx.queryParam("url");
        Optional<URI> url = Urls.typed(typed);
        if (url.isEmpty()) {
            problems.send(ctx, new ReadFailure(ReadFailure.Kind.BAD_URL,
                    typed == null ? "the url parameter is missing" : "not an http or https URL: " + typed, typed),
                    Format.JSON);
            return;
        }
        serve(ctx, new ReaderTarget(url.get(), Format.JSON), "api:" + url.get());
    }

    private void reader(Context ctx) {
        String rawPath = ctx.req().getRequestURI();
        String rawQuery = ctx.req().getQueryString();
        Optional<ReaderTarget> target = ReaderAddress.parse(rawPath, rawQuery);
        if (target.isEmpty()) {
            notAReaderAddress(ctx);
            return;
        }
        String canonical = target.get().path();
        String asked = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        if (!canonical.equals(asked) && ReaderAddress.parse(pathOf(canonical), queryOf(canonical)).equals(target)) {
            ctx.redirect(canonical, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        serve(ctx, target.get(), canonical);
    }

    private void serve(Context ctx, ReaderTarget target, String cacheKey) {
        RenderedPage page = rendered.getIfPresent(cacheKey);
        if (page == null || !library.isCurrent(page.reading())) {
            Reading reading;
            try {
                reading = library.read(target.origin(), () -> limits.firstRead(ctx.req().getRemoteAddr()));
            } catch (ReadFailure failure) {
                problems.send(ctx, failure, target.format());
                return;
            }
            if (page == null || page.reading() != reading) {
                page = render(reading, target.format());
                rendered.put(cacheKey, page);
            }
        }
        send(ctx, page);
    }

    private void send(Context ctx, RenderedPage page) {
        ctx.header("ETag", page.etag());
        ctx.header("Cache-Control", RenderedPage.CACHE_CONTROL);
        ctx.header("Last-Modified", page.lastModified());
        if (page.reading().stale()) {
            ctx.header(RenderedPage.STALE_HEADER, RenderedPage.STALE_VALUE);
        }
        if (page.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(page.contentType()).result(page.body());
    }

    private RenderedPage render(Reading reading, Format format) {
        Article article = reading.article();
        return switch (format) {
            case HTML -> RenderedPage.of(pages.article(new ArticleView(article, reading.original(), reading.fetchedAt(),
                    notice(reading), otherOutlets(reading))), Headers.HTML, reading);
            case TEXT -> RenderedPage.of(WEB_TEXT.render(article), Headers.TEXT, reading);
            case MARKDOWN -> RenderedPage.of(new MarkdownRenderer().render(article), Headers.MARKDOWN, reading);
            case JSON -> {
                String json = new JsonRenderer().render(article);
                yield RenderedPage.of(sameStory == null ? json : SameStory.withOutlets(json, otherOutlets(reading)),
                        Headers.JSON, reading);
            }
        };
    }

    private List<Outlet> otherOutlets(Reading reading) {
        return sameStory == null ? List.of() : sameStory.of(reading);
    }

    private static String notice(Reading reading) {
        if (!reading.stale()) {
            return null;
        }
        return "The original site could not be read just now (" + reading.staleBecause()
                + "). This is the copy NewsBite saved on " + NOTICE_TIME.format(reading.fetchedAt()) + ".";
    }

    private void notAReaderAddress(Context ctx) {
        ctx.status(HttpStatus.NOT_FOUND).contentType(Headers.HTML).result(pages.error(new ErrorView(404, "not-found",
                "There is nothing at this address",
                "Reader addresses look like /example.com/news/story (or /http:example.com/... for plain HTTP).",
                null)));
    }

    private static String pathOf(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    private static String queryOf(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? null : pathAndQuery.substring(q + 1);
    }

    /** Addresses as people type them. */
    static final class Urls {
        private Urls() {
        }

        /** {@code typed} as an absolute http(s) URL with a host ("https://" added when it has no scheme). */
        static Optional<URI> typed(String typed) {
            if (typed == null || typed.isBlank() || typed.length() > 8_192) {
                return Optional.empty();
            }
            String text = typed.strip();
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[^/]+:[0-9]+(/.*)?$")) {
                    return Optional.empty();
                }
                text = "https://" + text;
            }
            try {
                URI uri = new URI(text.replace(" ", "%20"));
                if (uri.getHost() == null) {
                    return Optional.empty();
                }
                return Optional.of(new URI(uri.toASCIIString()));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
    }
}
