package dev.newsbite.cli;

import dev.newsbite.Extractor;
import dev.newsbite.cli.batch.BatchRunner;
import dev.newsbite.cli.batch.InputWalker;
import dev.newsbite.cli.batch.JsonlSink;
import dev.newsbite.cli.batch.PageJob;
import dev.newsbite.cli.batch.PageUrls;
import dev.newsbite.cli.batch.ProgressBar;
import dev.newsbite.source.PageReader;
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
        description = {"Extract every page file under the inputs and write one JSON object per file, one per line, "
            + "in input order (directories walked in name order).",
            "Fields: id, source, url, title, byline, published, siteName, excerpt, lang, pageType, text, error."},
        footer = {"", "A file that fails gets a row with its error; the batch goes on and exits 0.",
            "Example:", "  newsbite batch pages/ --urls ground-truth.json --out predictions.jsonl"})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Page files, or directories searched for .html, .htm and .html.gz files (links followed).")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON Lines file to write (- for standard output).")
    Path out;

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
        Map<String, String> pageUrls = loadUrls();
        PrintWriter err = spec.commandLine().getErr();
        InputWalker.Walk walk = InputWalker.walk(inputs);
        for (String warning : walk.warnings()) {
            err.println("newsbite: warning: " + Messages.oneLine(warning));
        }
        err.flush();
        List<Path> files = walk.files();
        PageJob job = new PageJob(Extractor.create(), PageReader.create(), pageUrls);
        BatchRunner runner = new BatchRunner(job, threadCount, Duration.ofMillis((long) (fileTimeoutSeconds * 1000)));
        boolean showProgress = progress != null ? progress : System.console() != null;
        BatchRunner.Summary summary;
        try (Writer writer = openOut();
                ProgressBar bar = showProgress ? ProgressBar.shown(err, files.size()) : ProgressBar.hidden(files.size())) {
            summary = runner.run(files, new JsonlSink(writer), bar);
        } catch (IOException e) {
            throw CommandFailure.output("cannot write " + out + ": " + Messages.ioReason(e), e);
        }
        err.println(String.format(Locale.ROOT, "%d pages, %d failures, %.1f pages/s",
                summary.pages(), summary.failures(), summary.pagesPerSecond()));
        err.flush();
        return ExitCodes.OK;
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
