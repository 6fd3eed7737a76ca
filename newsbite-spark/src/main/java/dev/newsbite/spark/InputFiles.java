package dev.newsbite.spark;

import dev.newsbite.text.OneLine;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The WARC files named by the job's inputs: files, directories (searched recursively) and globs,
 * on any Hadoop file system. Only names ending in .warc or .warc.gz are taken from directories and
 * globs; hidden files (starting with "." or "_", as Hadoop writes them) are left out. A file named
 * directly is taken whatever its name. Each file once, in the order found.
 */
final class InputFiles {
    /** A WARC file and its length in bytes. */
    record InputFile(String path, long length) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private InputFiles() {
    }

    static List<InputFile> list(List<String> inputs, Configuration conf) {
        Map<String, InputFile> files = new LinkedHashMap<>();
        for (String input : inputs) {
            int found = 0;
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw JobFailure.input(input + ": no such file or directory");
                }
                boolean glob = input.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        found += addTree(fs, match.getPath(), files, conf);
                    } else if (!glob || isWarcName(match.getPath().getName())) {
                        add(match, files, conf);
                        found++;
                    }
                }
            } catch (IOException e) {
                throw JobFailure.input(input + ": cannot list: " + OneLine.describe(e));
            }
            if (found == 0) {
                throw JobFailure.input(input + ": no .warc or .warc.gz files there");
            }
        }
        return new ArrayList<>(files.values());
    }

    private static int addTree(FileSystem fs, Path dir, Map<String, InputFile> files, Configuration conf)
            throws IOException {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        List<LocatedFileStatus> found = new ArrayList<>();
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && isWarcName(f.getPath().getName()) && !hiddenUnder(dir, f.getPath())) {
                found.add(f);
            }
        }
        // Listing order differs between file systems; sorted names make runs repeatable.
        found.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        found.forEach(f -> add(f, files, conf));
        return found.size();
    }

    private static void add(FileStatus f, Map<String, InputFile> files, Configuration conf) {
        String path = f.getPath().toString();
        if ("file".equals(f.getPath().toUri().getScheme())
                && "file".equals(FileSystem.getDefaultUri(conf).getScheme())) {
            // Local paths as batch shows them (the default file system opens them all the same).
            path = f.getPath().toUri().getPath();
        }
        files.putIfAbsent(path, new InputFile(path, f.getLen()));
    }

    static boolean isWarcName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    private static boolean hiddenUnder(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
