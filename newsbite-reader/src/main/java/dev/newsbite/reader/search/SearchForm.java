package dev.newsbite.reader.search;

import dev.newsbite.search.SearchQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * The search's parameters as a request gives them ({@code q, site, from, to, person, sort, page,
 * size}), read into a {@link SearchQuery}, or a message saying which one is wrong. The raw values
 * are kept to refill the form.
 */
public record SearchForm(String q, String site, String from, String to, String person, String sort, String page,
        String size) {
    private static final int MAX_RAW_CHARS = 1_000;

    /** The query, or the problem with the parameters. */
    record Read(SearchQuery query, String problem) {
    }

    static SearchForm from(UnaryOperator<String> param) {
        return new SearchForm(raw(param.apply("q")), raw(param.apply("site")), raw(param.apply("from")),
                raw(param.apply("to")), raw(param.apply("person")), raw(param.apply("sort")), raw(param.apply("page")),
                raw(param.apply("size")));
    }

    /** Whether anything was asked: a bare {@code /search} shows the form alone. */
    boolean asked() {
        return q != null || site != null || from != null || to != null || person != null;
    }

    Read read(int defaultSize) {
        try {
            LocalDate fromDay = day(from, "from");
            LocalDate toDay = day(to, "to");
            SearchQuery.Sort order = null;
            if (sort != null) {
                order = SearchQuery.Sort.parse(sort).orElseThrow(() -> new IllegalArgumentException(
                        "sort must be newest or best"));
            }
            int pageSize = number(size, "size", defaultSize, SearchQuery.MAX_PAGE_SIZE);
            int pageNumber = number(page, "page", 1, SearchQuery.maxPage(pageSize));
            return new Read(new SearchQuery(q, site, fromDay, toDay, person, order, pageNumber, pageSize), null);
        } catch (IllegalArgumentException e) {
            return new Read(null, e.getMessage());
        }
    }

    /** The address of this search at another page (or order), parameters encoded. */
    String href(int pageNumber, String sortName) {
        StringBuilder out = new StringBuilder("/search?q=").append(enc(q));
        append(out, "site", site);
        append(out, "from", from);
        append(out, "to", to);
        append(out, "person", person);
        append(out, "sort", sortName);
        append(out, "size", size);
        if (pageNumber > 1) {
            out.append("&page=").append(pageNumber);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append('&').append(name).append('=').append(enc(value));
        }
    }

    private static String enc(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static LocalDate day(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date written YYYY-MM-DD");
        }
    }

    private static int number(String value, String name, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a whole number from 1 to " + max);
    }

    private static String raw(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        return s.length() <= MAX_RAW_CHARS ? s : s.substring(0, MAX_RAW_CHARS);
    }
}
