package dev.newsbite.spark;

import dev.newsbite.spark.InputFiles.InputFile;
import dev.newsbite.text.OneLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The job's stages on a running Spark session. First, one task per file indexes where its pages'
 * records start (or, for a file of one gzip member per record, only samples its first pages: see
 * {@link FileIndexer}); then the files are cut into slices of about the same number of pages, one
 * task each, which read their slice (seeking straight to it), extract every page and hand the rows
 * to Spark's writer. Page bytes never leave the task that reads them: there is no shuffle.
 */
final class ExtractPipeline {
    /** Pages between two indexed offsets: the finest cut the slicing can make. */
    static final int MAX_GRANULE = 25;

    private final SparkSession spark;

    ExtractPipeline(SparkSession spark) {
        this.spark = spark;
    }

    JobSummary run(JobSettings settings) {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = InputFiles.list(settings.inputs(), hadoop);
        OutputDir out = OutputDir.prepare(settings.out(), settings.overwrite(), hadoop);
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
        JobCounters counters = new JobCounters(spark.sparkContext());
        int cores = jsc.defaultParallelism();

        int granule = settings.recordsPerTask() > 0 ? Math.min(MAX_GRANULE, settings.recordsPerTask()) : MAX_GRANULE;
        int probePages = settings.probePages();
        jsc.setJobDescription("newsbite: index " + files.size() + " WARC file(s)");
        List<FileIndex> indexes = jsc.parallelize(files, files.size())
                .map(f -> FileIndexer.index(f.path(), f.length(), granule, probePages, conf.value().get()))
                .collect();
        double indexSeconds = (System.nanoTime() - started) / 1e9;

        List<FailureRow> unreadable = new ArrayList<>();
        long pages = 0;
        for (FileIndex index : indexes) {
            pages += index.pages();
            if (index.error() != null) {
                unreadable.add(FailureRow.ofFile(index.file(), 0, index.error()));
            }
        }
        writeFailures(out, unreadable, hadoop);
        int recordsPerTask = settings.recordsPerTask() > 0 ? settings.recordsPerTask()
                : SlicePlanner.autoRecordsPerTask(pages, cores);
        List<WarcSlice> slices = SlicePlanner.plan(indexes, recordsPerTask);

        jsc.setJobDescription("newsbite: extract " + pages + " pages in " + slices.size() + " slices");
        String failuresDir = out.failures;
        JavaRDD<Row> rows = jsc.parallelize(slices, Math.max(1, slices.size()))
                .mapPartitionsWithIndex((number, it) -> rowsOf(it, number, conf.value().get(), counters,
                        failuresDir), false);
        DataFrameWriter<Row> writer = spark.createDataFrame(rows, ArticleSchema.SCHEMA).write()
                .mode(SaveMode.ErrorIfExists);
        if (settings.format() == OutputFormat.JSONL) {
            // Every field on every line, as batch writes them, rather than Spark's default of leaving nulls out.
            writer.option("ignoreNullFields", "false").json(out.articles);
        } else {
            writer.parquet(out.articles);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        long bytes = files.stream().mapToLong(InputFile::length).sum();
        return new JobSummary(settings.inputs(), out.root, settings.format().wireName(), spark.sparkContext().master(),
                cores, files.size(), unreadable.size(), slices.size(), recordsPerTask,
                counters.pages.value() + counters.skipped(), counters.pages.value(), counters.articles.value(),
                counters.partialPages.value(), counters.failedPages.value(), counters.lostRecords.value(),
                counters.fileProblems.value() + unreadable.size(), counters.skipCounts(), bytes,
                Math.round(indexSeconds * 100) / 100.0, Math.round(elapsed * 100) / 100.0);
    }

    /**
     * A partition's rows, extracted with this JVM's extractor. The plan gives each partition one
     * slice; should one hold more, their failure files are told apart by a suffix.
     */
    private static Iterator<Row> rowsOf(Iterator<WarcSlice> slices, int number, Configuration conf,
            JobCounters counters, String failuresDir) {
        TaskContext task = TaskContext.get();
        return new Iterator<>() {
            private SliceRows current;
            private int k;

            @Override
            public boolean hasNext() {
                while ((current == null || !current.hasNext()) && slices.hasNext()) {
                    String name = FailureFiles.sliceFileName(number) + (k == 0 ? "" : "-" + k);
                    k++;
                    SliceRows rows = new SliceRows(slices.next(), name, conf, counters, failuresDir,
                            Extractors.shared());
                    if (task != null) {
                        // A task cut short (the writer failed, the job was cancelled) still closes its file.
                        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> rows.close());
                    }
                    current = rows;
                }
                return current != null && current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ArticleSchema.toRow(current.next());
            }
        };
    }

    private static void writeFailures(OutputDir out, List<FailureRow> rows, Configuration conf) {
        try {
            FailureFiles.write(out.failures, "part-unreadable-files", rows, conf);
        } catch (IOException e) {
            throw JobFailure.output("cannot write " + out.failures + ": " + OneLine.describe(e), e);
        }
    }
}
