package dev.newsbite.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class BatchRunnerTest {

    private static BatchRow ok(BatchItem file, String id, String source, String url) {
        return new BatchRow(id, source, url, "t", null, null, null, null, null, "article", "text of " + id, null);
    }

    @Test
    void writesRowsInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        PageJob job = new PageJob(Map.of(), (file, id, source, url) -> {
            // Early files take longest, so they finish last.
            Thread.sleep(5L * (20 - Integer.parseInt(id)));
            return ok(file, id, source, url);
        });
        List<Path> files = IntStream.range(0, 20).mapToObj(i -> Path.of(i + ".html")).toList();
        List<BatchRow> rows = new ArrayList<>();

        BatchRunner.Summary summary = new BatchRunner(job, 4, Duration.ofSeconds(30))
                .run(files, rows::add, ProgressBar.hidden(files.size()));

        assertThat(rows).extracting(BatchRow::id).containsExactlyElementsOf(
                IntStream.range(0, 20).mapToObj(Integer::toString).toList());
        assertThat(summary.pages()).isEqualTo(20);
        assertThat(summary.failures()).isZero();
    }

    @Test
    void aHangingPageTimesOutAndTheBatchGoesOn() throws Exception {
        PageJob job = new PageJob(Map.of("hang", "https://example.com/hang"), (file, id, source, url) -> {
            if (id.equals("hang")) {
                // Deaf to interrupts, as a runaway loop in an extractor would be.
                long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return ok(file, id, source, url);
        });
        List<Path> files = List.of(Path.of("a.html"), Path.of("hang.html"), Path.of("b.html"), Path.of("c.html"));
        List<BatchRow> rows = new ArrayList<>();
        long start = System.nanoTime();

        BatchRunner.Summary summary = new BatchRunner(job, 1, Duration.ofMillis(500))
                .run(files, rows::add, ProgressBar.hidden(files.size()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(rows).extracting(BatchRow::id).containsExactly("a", "hang", "b", "c");
        assertThat(rows.get(1).error()).isEqualTo("gave up after 500 ms (per-file timeout)");
        assertThat(rows.get(1).url()).isEqualTo("https://example.com/hang");
        assertThat(rows.get(3).text()).isEqualTo("text of c");
        assertThat(summary.failures()).isEqualTo(1);
    }

    @Test
    void countsProgressForEveryPage() throws Exception {
        PageJob job = new PageJob(Map.of(), BatchRunnerTest::ok);
        List<Path> files = IntStream.range(0, 50).mapToObj(i -> Path.of(i + ".html")).toList();
        ProgressBar progress = ProgressBar.hidden(files.size());
        new BatchRunner(job, 3, Duration.ofSeconds(30)).run(files, row -> { }, progress);
        assertThat(progress.done()).isEqualTo(50);
    }

    @Test
    void aFailingSinkStopsTheBatch() {
        PageJob job = new PageJob(Map.of(), BatchRunnerTest::ok);
        List<Path> files = List.of(Path.of("a.html"), Path.of("b.html"));
        assertThatThrownBy(() -> new BatchRunner(job, 2, Duration.ofSeconds(30)).run(files, row -> {
            throw new IOException("disk full");
        }, ProgressBar.hidden(2))).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    /** An item source that checks how the runner reads it. */
    private static final class WatchedItems implements Iterator<BatchItem> {
        private final int count;
        private final AtomicInteger written;
        private final int threads;
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicBoolean jobRunning;
        final List<String> problems = new CopyOnWriteArrayList<>();
        private int taken;

        WatchedItems(int count, AtomicInteger written, int threads, AtomicBoolean jobRunning) {
            this.count = count;
            this.written = written;
            this.threads = threads;
            this.jobRunning = jobRunning;
        }

        @Override
        public boolean hasNext() {
            return taken < count;
        }

        @Override
        public BatchItem next() {
            if (inside.incrementAndGet() != 1) {
                problems.add("two threads read at once");
            }
            if (taken - written.get() >= BatchRunner.window(threads)) {
                problems.add("read item " + taken + " with only " + written.get() + " rows written");
            }
            if (jobRunning != null && jobRunning.get()) {
                problems.add("read item " + taken + " while a page was being extracted");
            }
            Thread.onSpinWait();
            BatchItem item = new BatchItem.PageFile(Path.of(taken++ + ".html"));
            inside.decrementAndGet();
            return item;
        }
    }

    @Test
    void workersReadTheSourceOneAtATimeAndNeverFarAheadOfTheRowsWritten() throws Exception {
        PageJob job = new PageJob(Map.of(), (file, id, source, url) -> {
            Thread.sleep(Integer.parseInt(id) % 7 == 0 ? 5 : 0); // some pages slower, so rows wait
            return ok(file, id, source, url);
        });
        AtomicInteger written = new AtomicInteger();
        WatchedItems items = new WatchedItems(300, written, 3, null);
        List<String> ids = new ArrayList<>();

        new BatchRunner(job, 3, Duration.ofSeconds(30)).run(items, row -> {
            ids.add(row.id());
            written.incrementAndGet();
        }, ProgressBar.hidden(300));

        assertThat(items.problems).isEmpty();
        assertThat(ids).containsExactlyElementsOf(IntStream.range(0, 300).mapToObj(Integer::toString).toList());
    }

    @Test
    void onOneThreadReadingAndExtractingTakeTurns() throws Exception {
        AtomicBoolean running = new AtomicBoolean();
        PageJob job = new PageJob(Map.of(), (file, id, source, url) -> {
            running.set(true);
            try {
                Thread.sleep(1);
                return ok(file, id, source, url);
            } finally {
                running.set(false);
            }
        });
        AtomicInteger written = new AtomicInteger();
        WatchedItems items = new WatchedItems(40, written, 1, running);

        BatchRunner.Summary summary = new BatchRunner(job, 1, Duration.ofSeconds(30))
                .run(items, row -> written.incrementAndGet(), ProgressBar.hidden(40));

        assertThat(items.problems).isEmpty();
        assertThat(summary.pages()).isEqualTo(40);
    }

    @Test
    void aSourceThatBreaksStopsTheBatchWithItsError() {
        PageJob job = new PageJob(Map.of(), BatchRunnerTest::ok);
        Iterator<BatchItem> items = IntStream.range(0, 10).<BatchItem>mapToObj(i -> {
            if (i == 5) {
                throw new IllegalStateException("source broke at 5");
            }
            return new BatchItem.PageFile(Path.of(i + ".html"));
        }).iterator();
        List<BatchRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> new BatchRunner(job, 2, Duration.ofSeconds(30)).run(items, rows::add,
                ProgressBar.hidden(10))).isInstanceOf(IllegalStateException.class).hasMessage("source broke at 5");
        assertThat(rows).extracting(BatchRow::id).containsExactly("0", "1", "2", "3", "4");
    }
}
