package dev.newsbite.reader.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.search.SearchException;
import dev.newsbite.search.SearchQuery;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /search} (the page) and {@code /api/search} (JSON): search over everything read. Both
 * take {@code q, site, from, to, person, sort (newest|best), page}; the API also {@code size}
 * (1 to 100). Answers are never cached: the index changes with every page read.
 */
public final class SearchRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(SearchRoutes.class);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SearchService search;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public SearchRoutes(SearchService search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    /** Declares the two routes; call before the reader's catch-all address route. */
    public void declare(RoutesConfig routes) {
        routes.get("/search", this::page);
        routes.get("/api/search", this::api);
        routes.head("/search", this::page);
        routes.head("/api/search", this::api);
    }

    private void page(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        SearchForm form = SearchForm.from(ctx::queryParam);
        if (!form.asked()) {
            ctx.contentType(HTML).result(render(SearchPage.form(form, null)));
            return;
        }
        SearchForm.Read read = form.read(SearchQuery.DEFAULT_PAGE_SIZE);
        if (read.problem() != null) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType(HTML).result(render(SearchPage.form(form, read.problem())));
            return;
        }
        try {
            ctx.contentType(HTML).result(render(SearchPage.of(form, search.search(read.query()))));
        } catch (SearchException e) {
            LOG.warn("search failed: {}", e.getMessage());
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(HTML)
                    .result(render(SearchPage.form(form, "Search is not available just now; please try again.")));
        }
    }

    private void api(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        SearchForm form = SearchForm.from(ctx::queryParam);
        SearchForm.Read read = form.read(SearchQuery.DEFAULT_PAGE_SIZE);
        if (read.problem() != null) {
            error(ctx, HttpStatus.BAD_REQUEST, "bad-request", read.problem());
            return;
        }
        try {
            ctx.contentType(JSON).result(SearchJson.of(search.search(read.query())));
        } catch (SearchException e) {
            LOG.warn("search failed: {}", e.getMessage());
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "search is not available just now");
        }
    }

    private static void error(Context ctx, HttpStatus status, String kind, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("kind", kind);
        error.put("status", status.getCode());
        error.put("message", message);
        error.putNull("url");
        ctx.status(status).contentType(JSON).result(JsonRenderer.writeHtmlSafe(root));
    }

    private String render(SearchPage page) {
        StringOutput out = new StringOutput(16_384);
        templates.render("search.jte", page, out);
        return out.toString();
    }
}
