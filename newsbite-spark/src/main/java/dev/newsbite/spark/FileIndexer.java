package dev.newsbite.spark;

import dev.newsbite.warc.WarcPage;
import dev.newsbite.warc.WarcPages;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The first pass over a WARC file: where its pages' records start. It reads the records but does
 * not extract anything, which makes it cheap next to the extraction it plans. A file that cannot
 * be read at all gives an index with {@code error}; one that ends early is indexed up to there (its
 * last slice meets and reports the problem).
 */
final class FileIndexer {
    private FileIndexer() {
    }

    static FileIndex index(String file, long length, int granule, Configuration conf) {
        try (WarcPages pages = WarcFiles.open(file, 0, conf)) {
            long[] offsets = new long[16];
            int n = 0;
            long count = 0;
            for (WarcPage page = pages.next(); page != null; page = pages.next()) {
                if (count % granule == 0) {
                    if (n == offsets.length) {
                        offsets = java.util.Arrays.copyOf(offsets, n * 2);
                    }
                    offsets[n++] = page.offset();
                }
                count++;
            }
            return new FileIndex(file, length, count, granule, java.util.Arrays.copyOf(offsets, n),
                    pages.splittable(), null);
        } catch (IOException | RuntimeException e) {
            return FileIndex.unreadable(file, length, "cannot read " + new Path(file).getName() + ": "
                    + Messages.describe(e));
        }
    }
}
