package dev.newsbite.reader.search;

import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.search.SearchHit;
import dev.newsbite.search.SearchQuery;
import dev.newsbite.search.SearchResults;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code search.jte} shows: the form refilled, a problem or note, the results and the links
 * to other pages. Every value is plain text the template escapes, except {@link Row#snippetHtml()},
 * which is checked here to hold nothing but escaped text and {@code <mark>} elements.
 */
public record SearchPage(SearchForm form, boolean best, String problem, String note, String count, List<Row> rows,
        String pageText, String previousHref, String nextHref, String bestHref, String newestHref) {

    /** One article found. */
    public record Row(String href, String title, String site, String byline, String dateIso, String dateText,
            String snippetHtml) {
    }

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}]+");
    private static final int MAX_LINE_CHARS = 300;

    /** The form alone, or with a problem in what was asked. */
    static SearchPage form(SearchForm form, String problem) {
        return new SearchPage(form, form.sort() != null && SearchQuery.Sort.parse(form.sort())
                .orElse(null) == SearchQuery.Sort.BEST, problem, null, null, List.of(), null, null, null, null, null);
    }

    static SearchPage of(SearchForm form, SearchResults results) {
        SearchQuery q = results.query();
        List<Row> rows = new ArrayList<>(results.hits().size());
        for (SearchHit hit : results.hits()) {
            String title = line(hit.title());
            rows.add(new Row(ReaderAddress.pathFor(hit.url()).orElse(null), title != null ? title : line(hit.url()),
                    line(hit.site()), line(hit.byline()), hit.date() == null ? null : hit.date().toString(),
                    hit.date() == null ? null : DAY.format(hit.date()), safeSnippet(hit.snippetHtml())));
        }
        String count = results.totalHits() == 0 ? "No article matches."
                : String.format(Locale.ENGLISH, "%,d%s article%s", results.totalHits(), results.totalExact() ? "" : "+",
                        results.totalHits() == 1 && results.totalExact() ? "" : "s");
        String pageText = results.pages() > 1 || q.page() > 1
                ? String.format(Locale.ENGLISH, "Page %d of %,d%s", q.page(), results.pages(),
                        results.totalExact() ? "" : "+")
                : null;
        String sortName = form.sort() == null ? null : q.sort().wireName();
        return new SearchPage(form, q.sort() == SearchQuery.Sort.BEST, null, line(results.note()), count, rows, pageText,
                q.page() > 1 ? form.href(q.page() - 1, sortName) : null,
                results.hasNext() ? form.href(q.page() + 1, sortName) : null,
                form.href(1, SearchQuery.Sort.BEST.wireName()), form.href(1, SearchQuery.Sort.NEWEST.wireName()));
    }

    /** The snippet when it is as the index makes it; else (never expected) its text, escaped whole. */
    static String safeSnippet(String html) {
        if (html == null || html.isEmpty()) {
            return null;
        }
        if (onlyTextAndMarks(html)) {
            return html;
        }
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** No {@code <}, {@code >} or {@code "} but in {@code <mark>} and {@code </mark>} (a loop: no regex stack). */
    private static boolean onlyTextAndMarks(String html) {
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<mark>", i)) {
                    i += 6;
                    continue;
                }
                if (html.startsWith("</mark>", i)) {
                    i += 7;
                    continue;
                }
                return false;
            }
            if (c == '>' || c == '"') {
                return false;
            }
            i++;
        }
        return true;
    }

    private static String line(String text) {
        if (text == null) {
            return null;
        }
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= MAX_LINE_CHARS ? s : s.substring(0, MAX_LINE_CHARS - 1).stripTrailing() + "…";
    }
}
