package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {
    @TempDir
    Path dir;

    @Test
    void anExistingOutputIsRefusedUnlessToldToReplaceIt() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("summary.json"), "{}");

        assertThatThrownBy(() -> OutputDir.prepare(out.toString(), false, new Configuration()))
                .isInstanceOf(JobFailure.class).hasMessageContaining("already exists; pass --overwrite");
        assertThat(out.resolve("summary.json")).exists();

        OutputDir replaced = OutputDir.prepare(out.toString(), true, new Configuration());

        assertThat(out.resolve("summary.json")).doesNotExist();
        assertThat(out.resolve("failures")).isDirectory();
        assertThat(replaced.articles).endsWith("/out/articles");
    }

    @Test
    void aNewOrEmptyDirectoryIsUsedAsItIs() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        OutputDir.prepare(empty.toString(), false, new Configuration());
        OutputDir.prepare(dir.resolve("new/deeper").toString(), false, new Configuration());

        assertThat(empty.resolve("failures")).isDirectory();
        assertThat(dir.resolve("new/deeper/failures")).isDirectory();
    }
}
