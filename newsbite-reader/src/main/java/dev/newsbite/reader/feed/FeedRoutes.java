package dev.newsbite.reader.feed;

import dev.newsbite.feed.AtomWriter;
import dev.newsbite.reader.library.FetchGate;
import dev.newsbite.reader.library.ReadFailure;
import dev.newsbite.reader.view.ErrorView;
import dev.newsbite.reader.view.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code GET /feed/{host}/{path}}: the full-text Atom feed of a section page or a site's own feed,
 * with an ETag and Last-Modified like every reader answer (a client's matching If-None-Match gets
 * a 304). Failures answer with the reader's error page and the same statuses as pages.
 */
public final class FeedRoutes {
    /** A Host header fit to build links with: a name or address and a port, nothing else. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(?::[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](?::[0-9]{1,5})?");
    static final String STALE_HEADER = "X-NewsBite-Stale";

    private final FeedService feeds;
    private final Pages pages;
    private final Function<Context, FetchGate> gates;

    /**
     * @param gates the gate for source fetches made on behalf of a request's client (its rate limit)
     */
    public FeedRoutes(FeedService feeds, Pages pages, Function<Context, FetchGate> gates) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.gates = Objects.requireNonNull(gates, "gates");
    }

    /** Declares the feed routes; before the reader's catch-all address route. */
    public void declare(RoutesConfig routes) {
        routes.get(FeedPaths.PREFIX + "/<address>", this::feed);
        routes.head(FeedPaths.PREFIX + "/<address>", this::feed);
    }

    private void feed(Context ctx) {
        Optional<URI> source = FeedPaths.source(ctx.req().getRequestURI(), ctx.req().getQueryString());
        if (source.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/html; charset=utf-8").result(pages.error(
                    new ErrorView(404, "not-found", "There is nothing at this address",
                            "Feed addresses look like /feed/example.com/world/ (a section page) or"
                                    + " /feed/example.com/rss.xml (a site's own feed).", null)));
            return;
        }
        RenderedFeed feed;
        try {
            feed = feeds.feed(source.get(), readerBase(ctx), gates.apply(ctx));
        } catch (ReadFailure failure) {
            fail(ctx, failure);
            return;
        }
        ctx.header("ETag", feed.etag());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Last-Modified", feed.lastModified());
        if (feed.staleBecause() != null) {
            ctx.header(STALE_HEADER, "feed held; the origin failed");
        }
        if (feed.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(AtomWriter.CONTENT_TYPE).result(feed.body());
    }

    private void fail(Context ctx, ReadFailure failure) {
        ReadFailure.Kind kind = failure.kind();
        ctx.status(kind.status()).header("Cache-Control", "no-store");
        if (failure.retryAfterNanos() > 0) {
            ctx.header("Retry-After", Long.toString(Math.max(1, (failure.retryAfterNanos() + 999_999_999L) / 1_000_000_000L)));
        }
        String heading = kind == ReadFailure.Kind.NOT_AN_ARTICLE ? "No feed can be made from this page"
                : "The feed could not be made";
        ctx.contentType("text/html; charset=utf-8").result(pages.error(new ErrorView(kind.status(), kind.wireName(),
                heading, failure.getMessage(), failure.url())));
    }

    /** This reader's own address as the client reached it, for absolute links inside the feed. */
    private static String readerBase(Context ctx) {
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }
}
