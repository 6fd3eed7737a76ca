package dev.newsbite.reader.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.search.SearchHit;
import dev.newsbite.search.SearchQuery;
import dev.newsbite.search.SearchResults;

/**
 * Search results as JSON, the same for {@code /api/search} and {@code newsbite search --json}:
 * {@code query} (as read), {@code total}, {@code totalExact}, {@code hasMore}, {@code note} and
 * {@code hits} (url, readerPath, title, site, byline, date, snippetHtml, snippet, score). Written
 * HTML-safe: no {@code <} or {@code >} comes out raw.
 */
public final class SearchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchJson() {
    }

    /** The results as JSON: the query as read, the counts, and each hit with its reader path. */
    public static String of(SearchResults results) {
        SearchQuery q = results.query();
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode query = root.putObject("query");
        query.put("q", q.text());
        query.put("site", q.site());
        query.put("from", q.from() == null ? null : q.from().toString());
        query.put("to", q.to() == null ? null : q.to().toString());
        query.put("person", q.person());
        query.put("sort", q.sort().wireName());
        query.put("page", q.page());
        query.put("size", q.pageSize());
        root.put("total", results.totalHits());
        root.put("totalExact", results.totalExact());
        root.put("hasMore", results.hasNext());
        root.put("note", results.note());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit hit : results.hits()) {
            ObjectNode h = hits.addObject();
            h.put("url", hit.url());
            h.put("readerPath", ReaderAddress.pathFor(hit.url()).orElse(null));
            h.put("title", hit.title());
            h.put("site", hit.site());
            h.put("byline", hit.byline());
            h.put("date", hit.date() == null ? null : hit.date().toString());
            h.put("snippetHtml", SearchPage.safeSnippet(hit.snippetHtml()));
            h.put("snippet", hit.snippetText());
            h.put("score", hit.score());
        }
        return JsonRenderer.writeHtmlSafe(root);
    }

}
