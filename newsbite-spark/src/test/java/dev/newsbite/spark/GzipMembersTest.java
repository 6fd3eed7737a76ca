package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;

class GzipMembersTest {
    @TempDir
    Path dir;

    /** Where jwarc says each record starts. */
    private static List<Long> recordStarts(Path file) throws IOException {
        List<Long> starts = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            while (reader.next().isPresent()) {
                starts.add(reader.position());
            }
        }
        return starts;
    }

    private Path warc(WarcFixtures.Compression compression) throws IOException {
        WarcFixtures warc = new WarcFixtures(compression);
        FixturePages.all().subList(0, 8).forEach(f -> warc.page(f, "https://news.example/" + f.name()));
        warc.notPages("https://news.example/logo.png");
        return warc.write(dir.resolve("test.warc" + (compression == WarcFixtures.Compression.NONE ? "" : ".gz")), 0);
    }

    @Test
    void fromAnyByteTheNextRecordsMemberIsFound() throws IOException {
        Path file = warc(WarcFixtures.Compression.GZIP_PER_RECORD);
        List<Long> starts = recordStarts(file);
        long length = Files.size(file);
        assertThat(starts).hasSizeGreaterThan(10);

        try (FSDataInputStream in = FileSystem.getLocal(new Configuration()).open(
                new org.apache.hadoop.fs.Path(file.toString()))) {
            assertThat(GzipMembers.isGzip(in)).isTrue();
            for (long from = 0; from < length; from += 997) {
                long f = from;
                long expected = starts.stream().filter(s -> s >= f).findFirst().orElse(-1L);
                assertThat(GzipMembers.firstRecordAt(in, from, Long.MAX_VALUE)).as("from %d", from)
                        .isEqualTo(expected);
            }
            long second = starts.get(1);
            assertThat(GzipMembers.firstRecordAt(in, 1, second)).as("none starts before the bound").isEqualTo(-1);
            assertThat(GzipMembers.firstRecordAt(in, 1, second + 1)).isEqualTo(second);
        }
    }

    @Test
    void aFileThatIsNotGzipIsToldApart() throws IOException {
        Path file = warc(WarcFixtures.Compression.NONE);

        try (FSDataInputStream in = FileSystem.getLocal(new Configuration()).open(
                new org.apache.hadoop.fs.Path(file.toString()))) {
            assertThat(GzipMembers.isGzip(in)).isFalse();
        }
    }
}
