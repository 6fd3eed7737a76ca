package dev.newsbite.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageUrlsTest {
    @TempDir
    Path dir;

    @Test
    void readsBothShapesAndSkipsEntriesWithoutAUrl() throws Exception {
        Path file = Files.writeString(dir.resolve("urls.json"), "{\"a\": \"https://example.com/a\", "
                + "\"b\": {\"url\": \" https://example.com/b \", \"articleBody\": \"text\"}, "
                + "\"c\": {\"articleBody\": \"text\"}, \"d\": null, \"e\": 7, \"f\": \"\"}");
        assertThat(PageUrls.load(file)).containsOnly(
                org.assertj.core.api.Assertions.entry("a", "https://example.com/a"),
                org.assertj.core.api.Assertions.entry("b", "https://example.com/b"));
    }

    @Test
    void refusesJsonThatIsNotAnObject() throws Exception {
        Path file = Files.writeString(dir.resolve("urls.json"), "[\"https://example.com/a\"]");
        assertThatThrownBy(() -> PageUrls.load(file)).isInstanceOf(IOException.class)
                .hasMessage("not a JSON object mapping page ids to URLs");
    }
}
