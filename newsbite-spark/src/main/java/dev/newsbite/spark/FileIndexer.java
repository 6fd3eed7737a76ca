package dev.newsbite.spark;

import dev.newsbite.text.OneLine;
import dev.newsbite.warc.WarcPage;
import dev.newsbite.warc.WarcPages;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The first pass over a WARC file: where its pages' records start. An uncompressed file is read to
 * its end (reading records without extracting is cheap next to extracting them). A gzip file is
 * read only for its first {@code probePages} pages: if it holds one member per record its slices
 * find their records themselves, which spares inflating the whole file twice; a file that ends
 * within the probe is indexed exactly. A file that cannot be read at all gives an index with
 * {@code error}; one that ends early is indexed up to there (the slice that reads its end reports
 * the problem).
 */
final class FileIndexer {
    private FileIndexer() {
    }

    static FileIndex index(String file, long length, int granule, int probePages, Configuration conf) {
        try {
            boolean gzip;
            Path path = new Path(file);
            FileSystem fs = path.getFileSystem(conf);
            try (FSDataInputStream in = fs.open(path)) {
                gzip = GzipMembers.isGzip(in);
            }
            try (WarcPages pages = WarcFiles.open(file, 0, conf)) {
                long[] offsets = new long[16];
                int n = 0;
                long count = 0;
                WarcPage page;
                while ((page = pages.next()) != null) {
                    if (count % granule == 0) {
                        if (n == offsets.length) {
                            offsets = Arrays.copyOf(offsets, n * 2);
                        }
                        offsets[n++] = page.offset();
                    }
                    count++;
                    if (gzip && count >= probePages) {
                        break;
                    }
                }
                if (page == null) {
                    return pages.splittable() ? FileIndex.pageOffsets(file, length, count, granule,
                            Arrays.copyOf(offsets, n)) : FileIndex.whole(file, length, count);
                }
                double bytesPerPage = Math.max(1, (double) pages.bytesRead() / count);
                return pages.splittable() ? FileIndex.gzipMembers(file, length, bytesPerPage)
                        : FileIndex.whole(file, length, Math.round(length / bytesPerPage));
            }
        } catch (IOException | RuntimeException e) {
            return FileIndex.unreadable(file, length, "cannot read " + new Path(file).getName() + ": "
                    + OneLine.describe(e));
        }
    }
}
