package dev.newsbite.cli;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.feed.AtomWriter;
import dev.newsbite.feed.FeedException;
import dev.newsbite.feed.FeedOptions;
import dev.newsbite.feed.FeedRefresh;
import dev.newsbite.feed.FeedRefresher;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.reader.address.ReaderAddress;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbite feed URL}: a section page or a partial feed in, a full-text Atom feed out. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Make a full-text Atom feed from a section or front page, or from a site's own "
                + "partial RSS or Atom feed, and print it.",
            "Each entry carries the whole extracted article. At most --max-articles stories are fetched; "
                + "the others are left out and counted on standard error."},
        footer = {"", "Examples:",
            "  newsbite feed https://example.com/world/",
            "  newsbite feed https://example.com/rss.xml --max-articles 20 > world.atom",
            "  newsbite feed https://example.com/world/ --reader http://localhost:8080"})
final class FeedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "A section or front page, or an RSS or Atom feed (http or https).")
    String source;

    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "" + FeedOptions.DEFAULT_MAX_ARTICLES_PER_REFRESH,
            description = "Stories fetched at most, first listed first (default: ${DEFAULT-VALUE}).")
    int maxArticles;

    @Option(names = "--reader", paramLabel = "BASE",
            description = "A NewsBite reader's address (e.g. http://localhost:8080): each entry links its reader page too.")
    String reader;

    @Option(names = "--allow-private",
            description = "Allow fetching loopback, private and link-local addresses (intranets, tests). "
                    + "Refused by default.")
    boolean allowPrivate;

    @Override
    public Integer call() {
        if (maxArticles < 1 || maxArticles > 1_000) {
            throw new ParameterException(spec.commandLine(), "--max-articles must be between 1 and 1000, not " + maxArticles);
        }
        Function<String, String> readerUrl = readerLinks();
        URI url = sourceUrl();
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivate));
        FeedRefresher refresher = FeedRefresher.fetching(fetcher, Extractor.create(ExtractOptions.defaults().withBite(false)),
                FeedOptions.defaults().withMaxArticlesPerRefresh(maxArticles));
        FeedRefresh refresh;
        try {
            refresh = refresher.refresh(url);
        } catch (FeedException e) {
            if (e.kind() == FeedException.Kind.FETCH) {
                String hint = e.fetchKind() == FetchException.Kind.REFUSED_ADDRESS
                        ? "; pass --allow-private to fetch it anyway" : "";
                throw CommandFailure.fetch(e.getMessage() + hint, e);
            }
            throw CommandFailure.input(e.getMessage(), e);
        }
        String xml = new AtomWriter(readerUrl).write(refresh.state(), null);
        PrintWriter err = spec.commandLine().getErr();
        for (String skip : refresh.skips()) {
            err.println("newsbite: warning: skipped: " + Messages.oneLine(skip));
        }
        if (refresh.pending() > 0) {
            err.println("newsbite: note: " + refresh.pending() + " more " + (refresh.pending() == 1 ? "story" : "stories")
                    + " listed; raise --max-articles (now " + maxArticles + ") to include them");
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(xml);
        if (!xml.endsWith("\n")) {
            out.println();
        }
        out.flush();
        if (out.checkError()) {
            throw CommandFailure.output("cannot write to standard output", null);
        }
        return ExitCodes.OK;
    }

    private URI sourceUrl() {
        try {
            URI uri = new URI(source.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new URISyntaxException(source, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "URL must be an http or https address such as "
                    + "https://example.com/world/, not '" + source + "'");
        }
    }

    /** Reader page addresses under {@code --reader}, or null without it. */
    private Function<String, String> readerLinks() {
        if (reader == null) {
            return null;
        }
        String base = reader.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new URISyntaxException(reader, "not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--reader must be a reader's http or https address such as "
                    + "http://localhost:8080, not '" + reader + "'");
        }
        String prefix = base;
        return original -> ReaderAddress.pathFor(original).map(path -> prefix + path).orElse(null);
    }
}
