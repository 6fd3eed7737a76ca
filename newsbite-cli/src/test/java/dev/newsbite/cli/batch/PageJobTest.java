package dev.newsbite.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extractor;
import dev.newsbite.source.PageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageJobTest {
    @TempDir
    Path dir;

    @Test
    void idIsTheFileNameUpToItsFirstDot() {
        assertThat(PageJob.idOf(Path.of("a/b/0a1b2c.html.gz"))).isEqualTo("0a1b2c");
        assertThat(PageJob.idOf(Path.of("story.htm"))).isEqualTo("story");
        assertThat(PageJob.idOf(Path.of("noext"))).isEqualTo("noext");
        assertThat(PageJob.idOf(Path.of(".hidden.html"))).isEqualTo(".hidden.html");
    }

    @Test
    void extractsAPageWithItsUrl() throws Exception {
        Path file = Files.writeString(dir.resolve("s1.html"), "<html><head><title>Title</title></head><body><p>"
                + "A paragraph of the story with enough words to count as one. ".repeat(4) + "</p></body></html>");
        BatchRow row = new PageJob(Extractor.create(), PageReader.create(), Map.of("s1", "https://example.com/s1")).run(file);
        assertThat(row.id()).isEqualTo("s1");
        assertThat(row.source()).isEqualTo(file.toString());
        assertThat(row.url()).isEqualTo("https://example.com/s1");
        assertThat(row.title()).isEqualTo("Title");
        assertThat(row.text()).contains("A paragraph of the story");
        assertThat(row.error()).isNull();
    }

    @Test
    void stackOverflowBecomesThisPagesError() {
        PageJob job = new PageJob(Map.of(), (file, id, source, url) -> {
            throw new StackOverflowError();
        });
        assertThat(job.run(Path.of("deep.html")).error()).startsWith("stack overflow");
    }

    @Test
    void outOfMemoryBecomesThisPagesError() {
        PageJob job = new PageJob(Map.of(), (file, id, source, url) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        BatchRow row = job.run(Path.of("big.html"));
        assertThat(row.error()).startsWith("out of memory");
        assertThat(row.id()).isEqualTo("big");
    }

    @Test
    void anyOtherThrowableBecomesAnInternalErrorOnOneLine() {
        PageJob job = new PageJob(Map.of(), (file, id, source, url) -> {
            throw new IllegalStateException("broken\n\tat somewhere");
        });
        assertThat(job.run(Path.of("x.html")).error()).isEqualTo("internal error: IllegalStateException: broken at somewhere");
    }
}
