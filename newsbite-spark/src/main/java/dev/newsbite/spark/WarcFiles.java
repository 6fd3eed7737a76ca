package dev.newsbite.spark;

import dev.newsbite.warc.WarcLimits;
import dev.newsbite.warc.WarcPages;
import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Opens a WARC file through Hadoop's file systems (local, hdfs://, s3a://, ...) at a record's offset. */
final class WarcFiles {
    /** Large reads: object stores charge per request, and records are read in order. */
    private static final int BUFFER_BYTES = 1 << 20;

    private WarcFiles() {
    }

    /**
     * The pages of a file of one gzip member per record from the first record starting in
     * [{@code from}, {@code before}) ({@code before} -1: the end), or null when none starts there.
     */
    static WarcPages openAtRecordIn(String file, long from, long before, Configuration conf) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(conf);
        FSDataInputStream in = fs.open(path, BUFFER_BYTES);
        try {
            long limit = before < 0 ? Long.MAX_VALUE : before;
            long at = GzipMembers.firstRecordAt(in, from, limit);
            if (at < 0) {
                in.close();
                return null;
            }
            in.seek(at);
            return WarcPages.over(file, Channels.newChannel(in), at, WarcLimits.defaults());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    static WarcPages open(String file, long offset, Configuration conf) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(conf);
        FSDataInputStream in = fs.open(path, BUFFER_BYTES);
        try {
            if (offset > 0) {
                in.seek(offset);
            }
            return WarcPages.over(file, Channels.newChannel(in), offset, WarcLimits.defaults());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
