package dev.newsbite.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What to look for: words (Lucene query syntax, with plain words as the common case), filters and
 * an order. Blank text with no filter finds everything, newest first. Immutable.
 *
 * @param text the words; null or blank for none
 * @param site only articles of this site (its name or its host, any case), or null
 * @param from only articles dated on or after this day (UTC), or null
 * @param to only articles dated on or before this day (UTC), or null
 * @param person only articles naming this person (a name or part of one), or null
 * @param sort newest first, or best match first
 * @param page the page of results, from 1
 * @param pageSize results per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, String site, LocalDate from, LocalDate to, String person, Sort sort, int page,
        int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;
    /** Results reachable by paging at most: deep pages cost the index more and help no one. */
    public static final int MAX_RESULTS = 10_000;
    /** Longer queries are cut here: no one types more, and a huge one must not cost the index. */
    public static final int MAX_TEXT_CHARS = 1_000;
    private static final int MAX_FILTER_CHARS = 300;

    /** The order of results. */
    public enum Sort {
        NEWEST, BEST;

        /** "newest" or "best" (any case); empty for anything else. */
        public static Optional<Sort> parse(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "newest", "new", "date" -> Optional.of(NEWEST);
                case "best", "relevance", "score" -> Optional.of(BEST);
                default -> Optional.empty();
            };
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchQuery {
        text = bounded(text, MAX_TEXT_CHARS);
        site = bounded(site, MAX_FILTER_CHARS);
        person = bounded(person, MAX_FILTER_CHARS);
        if (sort == null) {
            sort = text == null ? Sort.NEWEST : Sort.BEST;
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if (page < 1 || page > maxPage(pageSize)) {
            throw new IllegalArgumentException("page must be 1.." + maxPage(pageSize) + ": " + page);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the from date " + from + " is after the to date " + to);
        }
    }

    /** The words, best match first, first page of {@value #DEFAULT_PAGE_SIZE}. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    /** The last page reachable with {@code pageSize} results per page. */
    public static int maxPage(int pageSize) {
        return Math.max(1, MAX_RESULTS / pageSize);
    }

    public SearchQuery withSite(String value) {
        return new SearchQuery(text, value, from, to, person, sort, page, pageSize);
    }

    public SearchQuery withDates(LocalDate fromDay, LocalDate toDay) {
        return new SearchQuery(text, site, fromDay, toDay, person, sort, page, pageSize);
    }

    public SearchQuery withPerson(String value) {
        return new SearchQuery(text, site, from, to, value, sort, page, pageSize);
    }

    public SearchQuery withSort(Sort value) {
        return new SearchQuery(text, site, from, to, person, value, page, pageSize);
    }

    public SearchQuery withPage(int value) {
        return new SearchQuery(text, site, from, to, person, sort, value, pageSize);
    }

    public SearchQuery withPageSize(int value) {
        return new SearchQuery(text, site, from, to, person, sort, page, value);
    }

    /** Whether any filter is set. */
    public boolean filtered() {
        return site != null || from != null || to != null || person != null;
    }

    private static String bounded(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }
}
