package dev.newsbite.cli;

import dev.newsbite.reader.DataDirs;
import dev.newsbite.reader.search.SearchJson;
import dev.newsbite.reader.search.SearchService;
import dev.newsbite.reader.store.SqlitePageStore;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.search.SearchException;
import dev.newsbite.search.SearchHit;
import dev.newsbite.search.SearchQuery;
import dev.newsbite.search.SearchResults;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbite search QUERY --data DIR}: search everything read by the reader or kept by a batch. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the articles in a reader data directory: every page read through `newsbite serve` "
            + "and every article kept by `newsbite batch ... --data DIR`.",
            "QUERY is words (all must be found), \"a phrase\", title:word, -excluded, word*, or nothing (every "
            + "article, newest first). A query that is not valid syntax is searched as its plain words."},
        footer = {"", "The index lives in DIR/search-index. It is rebuilt from the page store when it is missing or "
            + "damaged, or on demand with --rebuild.",
            "Examples:", "  newsbite search harbour ferries --data ~/news-data",
            "  newsbite search --person \"Maria Lopez\" --from 2026-01-01 --sort newest --json",
            "  newsbite search --rebuild --data ~/news-data"})
final class SearchCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The words to find.")
    List<String> words;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The reader data directory (default: the per-user one, as for serve).")
    Path data;

    @Option(names = "--json", description = "Write the results as JSON (the shape of /api/search).")
    boolean json;

    @Option(names = "--site", paramLabel = "SITE", description = "Only articles of this site (its name or host).")
    String site;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles dated on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles dated on or before this day (YYYY-MM-DD).")
    String to;

    @Option(names = "--person", paramLabel = "NAME", description = "Only articles naming this person.")
    String person;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "newest or best (default: best with words, newest without).")
    String sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "The page of results (default: 1).")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10",
            description = "Results per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--rebuild", description = "Rebuild the index from the page store first (and search, if a "
            + "QUERY or filter is given).")
    boolean rebuild;

    @Override
    public Integer call() {
        Path dir = data != null ? data : DataDirs.perUser();
        SearchQuery query = query();
        if (!Files.isDirectory(dir)) {
            throw CommandFailure.input("no reader data directory at " + dir
                    + " (read pages with `newsbite serve --data " + dir + "` or keep them with `newsbite batch"
                    + " ... --data " + dir + "`)", null);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SqlitePageStore store = SqlitePageStore.open(dir);
                SearchService search = SearchService.openNow(dir, store)) {
            if (rebuild) {
                long start = System.nanoTime();
                int n = search.rebuild();
                spec.commandLine().getErr().printf(Locale.ROOT, "search index rebuilt: %d articles in %.1f s%n", n,
                        (System.nanoTime() - start) / 1e9);
                spec.commandLine().getErr().flush();
                if (words == null && !query.filtered()) {
                    return ExitCodes.OK;
                }
            }
            SearchResults results = search.search(query);
            if (json) {
                out.println(SearchJson.of(results));
            } else {
                printText(out, results);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException | SearchException e) {
            throw CommandFailure.input(Messages.oneLine(e.getMessage()), e);
        }
    }

    private SearchQuery query() {
        try {
            SearchQuery.Sort order = null;
            if (sort != null) {
                order = SearchQuery.Sort.parse(sort).orElseThrow(() -> new IllegalArgumentException(
                        "--sort must be newest or best, not " + sort));
            }
            if (size < 1 || size > SearchQuery.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("--size must be 1 to " + SearchQuery.MAX_PAGE_SIZE);
            }
            if (page < 1 || page > SearchQuery.maxPage(size)) {
                throw new IllegalArgumentException("--page must be 1 to " + SearchQuery.maxPage(size));
            }
            String text = words == null ? null : String.join(" ", words);
            return new SearchQuery(text, site, day(from, "--from"), day(to, "--to"), person, order, page, size);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static LocalDate day(String value, String option) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date written YYYY-MM-DD, not " + value);
        }
    }

    private static void printText(PrintWriter out, SearchResults results) {
        SearchQuery q = results.query();
        if (results.note() != null) {
            out.println("note: " + results.note());
        }
        if (results.totalHits() == 0) {
            out.println("No article matches.");
            return;
        }
        out.printf(Locale.ENGLISH, "%,d%s article%s; page %d of %,d%n", results.totalHits(),
                results.totalExact() ? "" : "+", results.totalHits() == 1 ? "" : "s", q.page(), results.pages());
        int n = (q.page() - 1) * q.pageSize();
        for (SearchHit hit : results.hits()) {
            out.println();
            out.printf(Locale.ROOT, "%d. %s%n", ++n, Messages.oneLine(hit.title() != null ? hit.title() : hit.url()));
            StringJoiner meta = new StringJoiner(" · ", "   ", "");
            if (hit.site() != null) {
                meta.add(Messages.oneLine(hit.site()));
            }
            if (hit.date() != null) {
                meta.add(DAY.format(hit.date()));
            }
            if (hit.byline() != null) {
                meta.add(Messages.oneLine(hit.byline()));
            }
            out.println(meta);
            out.println("   " + hit.url());
            String snippet = hit.snippetText();
            if (snippet != null && !snippet.isBlank()) {
                out.println("   " + Messages.oneLine(snippet));
            }
        }
        if (results.hasNext()) {
            out.println();
            out.printf(Locale.ROOT, "More: --page %d%n", q.page() + 1);
        }
    }
}
