package dev.newsbite.spark;

import dev.newsbite.warc.SkipReason;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts, as Spark accumulators (named, so they show in Spark's UI). Tasks add to them;
 * the driver reads them once the output is written. A task that Spark runs twice (a retry) counts
 * twice: Spark only guarantees exactly-once updates for accumulators used in actions.
 */
final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator pages;
    final LongAccumulator articles;
    final LongAccumulator failedPages;
    final LongAccumulator partialPages;
    final LongAccumulator lostRecords;
    final LongAccumulator fileProblems;
    private final EnumMap<SkipReason, LongAccumulator> skips = new EnumMap<>(SkipReason.class);

    JobCounters(SparkContext sc) {
        this(name -> sc.longAccumulator("newsbite " + name));
    }

    /** Counters that only count where they are (for tests of a task's work without Spark). */
    static JobCounters local() {
        return new JobCounters(name -> new LongAccumulator());
    }

    private JobCounters(java.util.function.Function<String, LongAccumulator> named) {
        pages = named.apply("pages");
        articles = named.apply("articles");
        failedPages = named.apply("failed pages");
        partialPages = named.apply("partial pages");
        lostRecords = named.apply("unreadable records");
        fileProblems = named.apply("file problems");
        for (SkipReason r : SkipReason.values()) {
            skips.put(r, named.apply("skipped " + r.wireName()));
        }
    }

    /** Skip counts by reason, in {@link SkipReason}'s order. */
    void addSkips(long[] counts) {
        SkipReason[] reasons = SkipReason.values();
        for (int i = 0; i < reasons.length; i++) {
            if (counts[i] > 0) {
                skips.get(reasons[i]).add(counts[i]);
            }
        }
    }

    Map<String, Long> skipCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        skips.forEach((r, acc) -> out.put(r.wireName(), acc.value()));
        return out;
    }

    long skipped() {
        long total = 0;
        for (LongAccumulator acc : skips.values()) {
            total += acc.value();
        }
        return total;
    }
}
