package dev.newsbite.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did: {@code summary.json}, and the few lines printed at the end. {@code records} is
 * every WARC record read (pages and skipped ones); the rates are over {@code elapsedSeconds}, which
 * runs from the listing of the inputs to the output written (Spark's start-up not included).
 */
@JsonPropertyOrder({"inputs", "output", "format", "master", "cores", "files", "unreadableFiles", "slices",
    "recordsPerTask", "records", "pages", "articles", "partialPages", "failedPages", "unreadableRecords",
    "fileProblems", "skipped", "bytes", "indexSeconds", "elapsedSeconds", "recordsPerSecond", "pagesPerSecond",
    "megabytesPerSecond"})
public record JobSummary(
        List<String> inputs,
        String output,
        String format,
        String master,
        int cores,
        int files,
        int unreadableFiles,
        int slices,
        int recordsPerTask,
        long records,
        long pages,
        long articles,
        long partialPages,
        long failedPages,
        long unreadableRecords,
        long fileProblems,
        Map<String, Long> skipped,
        long bytes,
        double indexSeconds,
        double elapsedSeconds) {

    public double recordsPerSecond() {
        return rate(records);
    }

    public double pagesPerSecond() {
        return rate(pages);
    }

    public double megabytesPerSecond() {
        return rate(bytes) / 1e6;
    }

    private double rate(long n) {
        return elapsedSeconds <= 0 ? 0 : round(n / elapsedSeconds);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    String toJson() {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the summary as JSON", e);
        }
    }

    /** The short report for a person. */
    String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "newsbite spark: %,d pages from %,d WARC file(s) (%,d records, %.1f MB) "
                + "in %.1f s: %.0f records/s, %.0f pages/s, %.1f MB/s on %d core(s)%n", pages, files, records,
                bytes / 1e6, elapsedSeconds, recordsPerSecond(), pagesPerSecond(), megabytesPerSecond(), cores));
        s.append(String.format(Locale.ROOT, "  articles %,d, partial %,d, failed pages %,d, unreadable records %,d, "
                + "file problems %,d%n", articles, partialPages, failedPages, unreadableRecords, fileProblems));
        StringBuilder skips = new StringBuilder();
        skipped.forEach((reason, n) -> {
            if (n > 0) {
                skips.append(skips.length() == 0 ? "" : ", ").append(reason).append(' ').append(String.format(Locale.ROOT, "%,d", n));
            }
        });
        s.append("  skipped records: ").append(skips.length() == 0 ? "none" : skips).append('\n');
        s.append("  output: ").append(output).append(" (articles/ as ").append(format)
                .append(", failures/, summary.json)\n");
        return s.toString();
    }
}
