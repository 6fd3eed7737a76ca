package dev.newsbite.spark;

import dev.newsbite.text.OneLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The Spark job: the articles of the HTML pages in WARC files, written as Parquet or JSON Lines.
 * Runs under {@code spark-submit --class dev.newsbite.spark.ExtractJob newsbite-spark-job.jar}, or
 * in local mode from {@code ./newsbite spark}.
 */
@Command(name = "newsbite spark", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Extract the article of every HTML page in WARC files (.warc, .warc.gz) with Apache Spark.",
            "Writes DIR/articles/ (one row per page: the batch fields, more article fields, warcFile, "
                    + "warcRecordId, warcOffset), DIR/failures/ (JSON Lines: pages that failed or came out "
                    + "partial, records and files that could not be read) and DIR/summary.json.",
            "A bad page, record or file never fails the job: it is counted and listed."},
        footer = {"", "Exit codes: 0 done (failures, if any, are in DIR/failures/), 2 bad arguments, "
                + "3 inputs not found, 5 output cannot be written, 70 Spark or internal error.",
            "", "Examples:",
            "  newsbite spark crawl/ --out extracted --master 'local[2]'",
            "  spark-submit --class dev.newsbite.spark.ExtractJob newsbite-spark-job.jar \\",
            "      's3a://commoncrawl/crawl-data/CC-NEWS/2024/01/*.warc.gz' \\",
            "      --out s3a://your-bucket/cc-news-2024-01"})
public final class ExtractJob implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "WARC files, directories (searched for .warc and .warc.gz) or globs, on any Hadoop "
                    + "file system: local paths, hdfs://..., s3a://... (with hadoop-aws on the cluster).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output directory. Refused when it exists and is not empty, unless --overwrite.")
    String out;

    @Option(names = "--overwrite", description = "Delete an existing --out directory first.")
    boolean overwrite;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            converter = FormatConverter.class,
            description = "Format of DIR/articles/: parquet or jsonl (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[4]. Default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--records-per-task", paramLabel = "N", defaultValue = "0",
            description = "HTML pages per task (a slice of a file). Default: about 8 tasks per core, "
                    + "between 100 and 5000 pages each.")
    int recordsPerTask;

    @Option(names = "--probe-pages", paramLabel = "N", hidden = true, defaultValue = "" + JobSettings.DEFAULT_PROBE_PAGES,
            description = "Pages read from the start of a gzip file before cutting it by bytes (tests).")
    int probePages;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting (repeatable), as spark-submit's --conf.")
    Map<String, String> conf = new LinkedHashMap<>();

    public static void main(String[] args) {
        int code = new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() {
        if (recordsPerTask < 0 || probePages < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--records-per-task cannot be negative, --probe-pages must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        JobSettings settings = new JobSettings(inputs, out, format, recordsPerTask, overwrite, probePages);
        SparkSession spark;
        try {
            spark = session();
        } catch (Exception e) {
            // Scala code throws checked exceptions undeclared: catch them all, never show a stack trace.
            err.println("newsbite spark: error: cannot start Spark: " + OneLine.describe(e));
            return JobFailure.INTERNAL;
        }
        try {
            JobSummary summary = new ExtractPipeline(spark).run(settings);
            writeSummary(summary, spark);
            // On standard error, as batch prints its own: standard output stays free for data.
            err.print(summary.toText());
            return 0;
        } catch (JobFailure e) {
            err.println("newsbite spark: error: " + OneLine.of(e.getMessage()));
            return e.exitCode();
        } catch (Exception e) {
            // A SparkException (checked, thrown undeclared) when a stage fails, e.g. the output cannot be written.
            err.println("newsbite spark: error: the job failed: " + OneLine.describe(rootCause(e)));
            return JobFailure.INTERNAL;
        } finally {
            err.flush();
            spark.stop();
        }
    }

    private SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("newsbite-extract");
        String chosen = master != null ? master : System.getProperty("spark.master") == null ? "local[*]" : null;
        if (chosen != null) {
            builder.master(chosen);
        }
        if (chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("local")) {
            // One machine: no web UI to serve, and the console progress bar instead of log lines.
            builder.config("spark.ui.enabled", "false");
        }
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }

    private static void writeSummary(JobSummary summary, SparkSession spark) {
        Path path = new Path(summary.output(), "summary.json");
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream o = fs.create(path, true)) {
                o.write(summary.toJson().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw JobFailure.output("cannot write " + path + ": " + OneLine.describe(e), e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** parquet or jsonl, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.wireName().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("expected parquet or jsonl, not '" + value + "'");
        }
    }
}
