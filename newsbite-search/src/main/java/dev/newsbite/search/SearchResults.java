package dev.newsbite.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param query what was asked
 * @param totalHits how many articles match ({@code totalExact} false: at least that many)
 * @param totalExact whether {@code totalHits} is an exact count
 * @param hits this page's articles, in order
 * @param note why the query was read differently from how it was written (a syntax error that made
 *     it a search for its words), or null
 */
public record SearchResults(SearchQuery query, long totalHits, boolean totalExact, List<SearchHit> hits,
        String note) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        long shown = (long) query.page() * query.pageSize();
        return shown < totalHits && query.page() < SearchQuery.maxPage(query.pageSize());
    }

    /** Pages in all (at least 1), as far as the count goes. */
    public int pages() {
        long pages = (totalHits + query.pageSize() - 1) / query.pageSize();
        return (int) Math.max(1, Math.min(pages, SearchQuery.maxPage(query.pageSize())));
    }
}
