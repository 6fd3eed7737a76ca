package dev.newsbite.cli;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.cli.batch.BatchInputs;
import dev.newsbite.cli.batch.BatchRunner;
import dev.newsbite.cli.batch.DataDirKeeper;
import dev.newsbite.cli.batch.InputWalker;
import dev.newsbite.cli.batch.JsonlSink;
import dev.newsbite.cli.batch.PageJob;
import dev.newsbite.cli.batch.PageUrls;
import dev.newsbite.cli.batch.ProgressBar;
import dev.newsbite.reader.store.StoreException;
import dev.newsbite.search.SearchException;
import dev.newsbite.source.PageReader;
import dev.newsbite.warc.WarcLimits;
import dev.newsbite.warc.WarcSkips;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbite batch INPUT... --out FILE.jsonl}: many pages in, one JSON line each out. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Extract every page file under the inputs, and every HTML page in WARC files, and write one "
            + "JSON object per page, one per line, in input order (directories walked in name order).",
            "Fields: id, source, url, title, byline, published, siteName, excerpt, lang, pageType, text, error; "
            + "rows from WARC files add warcFile, warcRecordId and warcOffset (their id is the record id, their url "
            + "the record's target URI)."},
        footer = {"", "A page that fails gets a row with its error; the batch goes on and exits 0.",
            "WARC records that are not HTML pages (requests, metadata, revisits, redirects, images, truncated "
            + "captures) are skipped and counted in the summary.",
            "With --data DIR, each article is also kept in that reader data directory, in its page store and search "
            + "index, as if read through the reader: `newsbite serve --data DIR` then serves it and `newsbite search "
            + "--data DIR` finds it. Pages need an http(s) address for that (--urls, or the page's canonical link); "
            + "the bite (summary, people, places) is made for them, so people and places are searchable.",
            "Examples:", "  newsbite batch pages/ --urls ground-truth.json --out predictions.jsonl",
            "  newsbite batch pages/ --urls urls.json --data ~/news-data   # then: newsbite search harbour --data ~/news-data",
            "  newsbite batch CC-NEWS-*.warc.gz --out articles.jsonl --threads 8"})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Page files (.html, .htm, .html.gz), WARC files (.warc, .warc.gz), or directories searched "
                    + "for them (links followed).")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The JSON Lines file to write (- for standard output). Required unless --data is given.")
    Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Also keep each article in this reader data directory (page store and search index), "
                    + "with its bite, as the reader would; pages without an http(s) address are passed over.")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Pages extracted at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--urls", paramLabel = "FILE",
            description = "A JSON object mapping page id (file name up to its first dot) to URL, or to {\"url\": URL}.")
    Path urls;

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a page after this long (default: ${DEFAULT-VALUE}).")
    double fileTimeoutSeconds;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when it is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws InterruptedException {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threadCount);
        }
        if (!(fileTimeoutSeconds > 0) || fileTimeoutSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--file-timeout must be between 0 and 86400 seconds");
        }
        if (out == null && data == null) {
            throw new ParameterException(spec.commandLine(), "give --out FILE, --data DIR, or both");
        }
        Map<String, String> pageUrls = loadUrls();
        PrintWriter err = spec.commandLine().getErr();
        InputWalker.Walk walk = InputWalker.walk(inputs);
        for (String warning : walk.warnings()) {
            err.println("newsbite: warning: " + Messages.oneLine(warning));
        }
        err.flush();
        List<Path> files = walk.files();
        boolean archives = files.stream().anyMatch(BatchInputs::isWarcName);
        long totalBytes = BatchInputs.totalBytes(files);
        DataDirKeeper keeper = openKeeper();
        // Rows carry no bite (summary, people, quotes): the batch does not pay for one, unless articles are kept
        // for the reader, whose pages and search show it.
        PageJob job = new PageJob(Extractor.create(ExtractOptions.defaults().withBite(keeper != null)),
                PageReader.create(), pageUrls, keeper);
        BatchRunner runner = new BatchRunner(job, threadCount, Duration.ofMillis((long) (fileTimeoutSeconds * 1000)));
        boolean showProgress = progress != null ? progress : System.console() != null;
        BatchRunner.Summary summary;
        ProgressBar bar = showProgress ? ProgressBar.shown(err, files.size(), archives, totalBytes)
                : ProgressBar.hidden(files.size());
        BatchInputs items = new BatchInputs(files, WarcLimits.defaults(), bar);
        try (Writer writer = openOut(); bar; items) {
            summary = runner.run(items, out == null ? row -> { } : new JsonlSink(writer), bar);
        } catch (IOException e) {
            throw CommandFailure.output("cannot write " + out + ": " + Messages.ioReason(e), e);
        } finally {
            closeKeeper(keeper);
        }
        err.println(summaryLine(summary, archives, items, bar));
        if (keeper != null) {
            err.println(keptLine(keeper));
        }
        if (items.skips().total() > 0) {
            err.println("skipped WARC records: " + skipsLine(items.skips()));
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** What the batch did, on one line: pages, failures, and for WARC input the records skipped and the rates. */
    private static String summaryLine(BatchRunner.Summary summary, boolean archives, BatchInputs items,
            ProgressBar bar) {
        double seconds = summary.elapsed().toNanos() / 1e9;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d pages, %d failures", summary.pages(),
                summary.failures()));
        if (archives) {
            line.append(String.format(Locale.ROOT, ", %d WARC records read", items.warcRecords()));
        }
        line.append(String.format(Locale.ROOT, ", %.1f pages/s", summary.pagesPerSecond()));
        if (archives && seconds > 0) {
            line.append(String.format(Locale.ROOT, ", %.1f records/s, %.1f MB/s", bar.records() / seconds,
                    bar.bytes() / seconds / 1e6));
        }
        return line.toString();
    }

    private DataDirKeeper openKeeper() {
        if (data == null) {
            return null;
        }
        try {
            return DataDirKeeper.open(data);
        } catch (StoreException | SearchException e) {
            throw CommandFailure.input("--data " + data + ": " + Messages.oneLine(e.getMessage()), e);
        }
    }

    private void closeKeeper(DataDirKeeper keeper) {
        if (keeper == null) {
            return;
        }
        try {
            keeper.close();
        } catch (StoreException e) {
            throw CommandFailure.output("--data " + data + ": " + Messages.oneLine(e.getMessage()), e);
        }
    }

    private String keptLine(DataDirKeeper keeper) {
        String line = String.format(Locale.ROOT, "%d articles kept and indexed in %s", keeper.kept(), data);
        if (keeper.withoutAddress() > 0) {
            line += String.format(Locale.ROOT, " (%d pages without an http(s) address passed over; give --urls)",
                    keeper.withoutAddress());
        }
        return line;
    }

    private static String skipsLine(WarcSkips skips) {
        StringBuilder line = new StringBuilder();
        skips.asMap().forEach((reason, count) -> {
            if (line.length() > 0) {
                line.append(", ");
            }
            line.append(reason).append(' ').append(count);
        });
        return line.toString();
    }

    private Map<String, String> loadUrls() {
        if (urls == null) {
            return Map.of();
        }
        try {
            return PageUrls.load(urls);
        } catch (IOException e) {
            throw CommandFailure.input("--urls " + urls + ": " + Messages.ioReason(e), e);
        }
    }

    private Writer openOut() throws IOException {
        if (out == null) {
            return Writer.nullWriter();
        }
        if (out.toString().equals("-")) {
            PrintWriter stdout = spec.commandLine().getOut();
            return new FilterWriter(stdout) {
                @Override
                public void write(String s, int off, int len) throws IOException {
                    super.write(s, off, len);
                    if (len == 1 && s.charAt(off) == '\n' && stdout.checkError()) {
                        // A PrintWriter hides write errors; a closed pipe must still stop the batch.
                        throw new IOException("standard output is closed");
                    }
                }

                @Override
                public void write(int c) throws IOException {
                    write(String.valueOf((char) c), 0, 1);
                }

                @Override
                public void close() {
                    // Standard output belongs to the command line, which flushes it.
                    stdout.flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
    }
}
