package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbite.spark.InputFiles.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, int bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, new byte[bytes]);
    }

    private static List<String> names(List<InputFile> files) {
        return files.stream().map(f -> f.path().substring(f.path().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void aDirectoryGivesItsWarcFilesInNameOrderHiddenOnesLeftOut() throws IOException {
        file("b.warc.gz", 10);
        file("sub/a.WARC", 20);
        file("notes.txt", 1);
        file(".hidden.warc", 1);
        file("_temporary/c.warc", 1);

        List<InputFile> files = InputFiles.list(List.of(dir.toString()), new Configuration());

        assertThat(names(files)).containsExactly("b.warc.gz", "a.WARC");
        assertThat(files).extracting(InputFile::length).containsExactly(10L, 20L);
        assertThat(files.get(0).path()).as("a local path as given, without scheme").isEqualTo(dir + "/b.warc.gz");
    }

    @Test
    void aGlobTakesWarcNamesAndAFileNamedDirectlyIsTakenAsIs() throws IOException {
        file("x-1.warc.gz", 1);
        file("x-2.warc.gz", 1);
        file("x-3.txt", 1);
        Path odd = file("archive.bin", 1);

        List<InputFile> files = InputFiles.list(List.of(dir + "/x-*", odd.toString(), dir + "/x-1.warc.gz"),
                new Configuration());

        assertThat(names(files)).containsExactly("x-1.warc.gz", "x-2.warc.gz", "archive.bin");
    }

    @Test
    void aMissingInputOrOneWithoutWarcFilesIsRefusedByName() throws IOException {
        file("notes.txt", 1);

        assertThatThrownBy(() -> InputFiles.list(List.of(dir + "/nothing-here"), new Configuration()))
                .isInstanceOf(JobFailure.class).hasMessageContaining("nothing-here: no such file or directory");
        assertThatThrownBy(() -> InputFiles.list(List.of(dir.toString()), new Configuration()))
                .isInstanceOf(JobFailure.class).hasMessageContaining("no .warc or .warc.gz files");
    }
}
