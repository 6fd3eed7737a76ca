package dev.newsbite.spark;

import dev.newsbite.text.OneLine;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output directory: {@code articles/} (Parquet or JSON Lines), {@code failures/} (JSON
 * Lines) and {@code summary.json}. An existing directory with anything in it is refused unless
 * the job was told to replace it, so that a typo never deletes earlier results.
 */
final class OutputDir {
    final String root;
    final String articles;
    final String failures;
    final String summary;

    private OutputDir(String root) {
        this.root = root;
        this.articles = new Path(root, "articles").toString();
        this.failures = new Path(root, "failures").toString();
        this.summary = new Path(root, "summary.json").toString();
    }

    static OutputDir prepare(String dir, boolean overwrite, Configuration conf) {
        Path path = new Path(dir);
        try {
            FileSystem fs = path.getFileSystem(conf);
            Path qualified = fs.makeQualified(path);
            if (fs.exists(qualified)) {
                FileStatus status = fs.getFileStatus(qualified);
                boolean empty = status.isDirectory() && fs.listStatus(qualified).length == 0;
                if (!empty) {
                    if (!overwrite) {
                        throw JobFailure.output(dir + " already exists; pass --overwrite to replace it", null);
                    }
                    if (!fs.delete(qualified, true)) {
                        throw JobFailure.output("cannot delete " + dir + " to replace it", null);
                    }
                }
            }
            OutputDir out = new OutputDir(qualified.toString());
            fs.mkdirs(new Path(out.failures));
            return out;
        } catch (IOException e) {
            throw JobFailure.output("cannot prepare " + dir + ": " + OneLine.describe(e), e);
        }
    }
}
