package dev.newsbite.cli;

import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.Problem;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.fetch.FetchPolicy;
import dev.newsbite.fetch.FetchResult;
import dev.newsbite.fetch.Fetcher;
import dev.newsbite.render.Format;
import dev.newsbite.render.Renderer;
import dev.newsbite.source.PageBytes;
import dev.newsbite.source.PageReadException;
import dev.newsbite.source.PageReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code newsbite read SOURCE}: one page in, its article out. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Extract the article from one page and print it.",
        footer = {"", "Examples:",
            "  newsbite read saved/story.html --url https://example.com/news/story",
            "  newsbite read https://example.com/news/story --format markdown",
            "  curl -s https://example.com/news/story | newsbite read - --format json"})
final class ReadCommand implements Callable<Integer> {
    /** Anything that starts like a URL is treated as one (and refused unless http or https). */
    private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE",
            description = "A page file (.html, .htm, .html.gz), - for standard input, or an http(s) URL.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "Output format: text, markdown, html or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--url", paramLabel = "URL",
            description = "The page's address, for resolving its links (files and standard input only; "
                    + "a fetched page's address is its final URL).")
    String url;

    @Option(names = "--no-bite", negatable = false,
            description = "Leave out the bite: no In brief block (summary, reading time, people, places) "
                    + "and no quotes; the JSON's bite is null.")
    boolean noBite;

    @Option(names = "--allow-private",
            description = "Allow fetching loopback, private and link-local addresses (intranets, tests). "
                    + "Refused by default.")
    boolean allowPrivate;

    private final InputStream stdin;

    ReadCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        Page page = load();
        Extraction extraction;
        try {
            extraction = Extractor.create(ExtractOptions.defaults().withBite(!noBite))
                    .extract(page.bytes, page.url, page.contentType);
        } catch (ExtractionException e) {
            throw CommandFailure.input(page.name + ": " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : page.problems) {
            err.println("newsbite: warning: " + page.name + ": " + Messages.oneLine(p.message()));
        }
        err.flush();
        String rendered = Renderer.of(format).render(extraction.article());
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        if (!rendered.endsWith("\n")) {
            out.println();
        }
        out.flush();
        if (out.checkError()) {
            throw CommandFailure.output("cannot write to standard output", null);
        }
        return ExitCodes.OK;
    }

    private record Page(String name, byte[] bytes, String url, String contentType, List<Problem> problems) {
    }

    private Page load() {
        if (URL_LIKE.matcher(source).matches()) {
            if (url != null) {
                throw new ParameterException(spec.commandLine(),
                        "--url is for files and standard input; a fetched page's address is its final URL");
            }
            return fetch();
        }
        String baseUrl = checkedBaseUrl();
        PageReader reader = PageReader.create();
        try {
            PageBytes bytes = "-".equals(source) ? reader.read(stdin) : reader.read(Path.of(source));
            String name = "-".equals(source) ? "standard input" : source;
            List<Problem> problems = bytes.problem() == null ? List.of() : List.of(bytes.problem());
            return new Page(name, bytes.bytes(), baseUrl, null, problems);
        } catch (PageReadException e) {
            throw CommandFailure.input(source + ": " + e.getMessage(), e);
        }
    }

    private Page fetch() {
        Fetcher fetcher = new Fetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivate));
        try {
            FetchResult r = fetcher.fetch(source);
            return new Page(r.url().toString(), r.body(), r.url().toString(), r.contentType(), List.of());
        } catch (FetchException e) {
            String hint = e.kind() == FetchException.Kind.REFUSED_ADDRESS
                    ? "; pass --allow-private to fetch it anyway" : "";
            throw CommandFailure.fetch(e.getMessage() + hint, e);
        }
    }

    private String checkedBaseUrl() {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getScheme() == null) {
                throw new URISyntaxException(url, "not an absolute URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--url must be an absolute URL such as "
                    + "https://example.com/news/story, not '" + url + "'");
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
