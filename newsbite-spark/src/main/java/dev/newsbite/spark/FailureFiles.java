package dev.newsbite.spark;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes {@code failures/} as JSON Lines, one file per task that had any (named after its slice,
 * so a retried task replaces its own file) and one for the files the index could not read.
 */
final class FailureFiles {
    private static final ObjectWriter JSON = JsonMapper.builder().build().writerFor(FailureRow.class);

    private FailureFiles() {
    }

    static void write(String dir, String name, List<FailureRow> rows, Configuration conf) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        Path path = new Path(dir, name + ".jsonl");
        FileSystem fs = path.getFileSystem(conf);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8))) {
            for (FailureRow row : rows) {
                out.write(JSON.writeValueAsString(row));
                out.write('\n');
            }
        }
    }

    /** The file name of a slice's failures: its number, zero-padded so the names sort. */
    static String sliceFileName(int slice) {
        return String.format(java.util.Locale.ROOT, "part-%05d", slice);
    }
}
