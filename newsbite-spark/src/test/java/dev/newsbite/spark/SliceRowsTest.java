package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in slices gives each page once and counts each record once, wherever the cuts fall:
 * in the middle of records, between a page and its request, on the damaged record.
 */
class SliceRowsTest {
    private static final PageExtraction PAGES = new PageExtraction(Extractor.create());

    @TempDir
    static Path dir;
    private static Path gz;
    private static Map<String, WarcFixtures.Page> written;

    @BeforeAll
    static void writeWarc() throws IOException {
        List<FixturePages.Fixture> fixtures = FixturePages.all().subList(0, 6);
        WarcFixtures warc = new WarcFixtures(WarcFixtures.Compression.GZIP_PER_RECORD);
        for (int i = 0; i < fixtures.size(); i++) {
            warc.page(fixtures.get(i), "https://news.example/story-" + i);
            if (i == 2) {
                warc.damagedPage("https://news.example/damaged").notPages("https://news.example/logo.png");
            }
        }
        gz = warc.write(dir.resolve("pages.warc.gz"), 0);
        written = warc.pages();
    }

    private record Run(List<String> ids, JobCounters counters, List<String> failureLines) {
    }

    /** Reads the file in slices cut at {@code cuts} (byte offsets), as the tasks would. */
    private static Run read(long... cuts) throws IOException {
        JobCounters counters = JobCounters.local();
        Path failures = Files.createTempDirectory(dir, "failures");
        List<String> ids = new ArrayList<>();
        long start = 0;
        for (int i = 0; i <= cuts.length; i++) {
            long end = i < cuts.length ? cuts[i] : WarcSlice.TO_END;
            WarcSlice slice = new WarcSlice(gz.toString(), start, end, 1, start > 0);
            try (SliceRows rows = new SliceRows(slice, "part-" + i, new Configuration(), counters,
                    failures.toString(), PAGES)) {
                rows.forEachRemaining(r -> ids.add(r.warcRecordId()));
            }
            start = end;
        }
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(failures)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        return new Run(ids, counters, lines);
    }

    @Test
    void everyCutGivesEachPageOnceAndTheSameCounts() throws IOException {
        Run whole = read();
        assertThat(whole.ids()).containsExactlyElementsOf(written.keySet());
        assertThat(whole.counters().lostRecords.value()).isEqualTo(1);
        assertThat(whole.failureLines()).hasSize(1);

        long length = Files.size(gz);
        for (long step : new long[] {997, 4_096, 9_999, length / 3}) {
            List<Long> cuts = new ArrayList<>();
            for (long at = step; at < length; at += step) {
                cuts.add(at);
            }
            Run sliced = read(cuts.stream().mapToLong(Long::longValue).toArray());

            assertThat(sliced.ids()).as("cut every %d bytes", step).containsExactlyElementsOf(whole.ids());
            assertThat(sliced.counters().skipCounts()).as("cut every %d bytes", step)
                    .isEqualTo(whole.counters().skipCounts());
            assertThat(sliced.counters().pages.value()).isEqualTo(whole.counters().pages.value());
            assertThat(sliced.counters().lostRecords.value()).isEqualTo(1);
            assertThat(sliced.failureLines()).as("cut every %d bytes", step).hasSize(1);
        }
    }
}
