package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbite.testing.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole scrapinghub set through {@code newsbite batch}, with hostile files mixed in among the
 * pages (one directory, so the walk interleaves them): every page gets its text, every bad file
 * its error row, and the batch finishes.
 */
class BatchCorpusIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyGoodPageHasTextAndEveryBadFileAnErrorRow() throws Exception {
        Path set = SharedCorpus.benchOrSkip("scrapinghub");
        Path mixed = dir.resolve("mixed");
        Map<String, HostileFiles.Expect> hostile = HostileFiles.write(mixed);
        List<String> pageNames = new ArrayList<>();
        try (Stream<Path> pages = Files.list(set.resolve("html"))) {
            for (Path page : pages.sorted().toList()) {
                Files.createSymbolicLink(mixed.resolve(page.getFileName()), page.toAbsolutePath());
                pageNames.add(page.getFileName().toString());
            }
        }
        Path out = dir.resolve("rows.jsonl");

        Cli.Result r;
        try {
            r = Cli.run("batch", mixed.toString(), "--out", out.toString(),
                    "--urls", set.resolve("ground-truth.json").toString());
        } finally {
            // Removed here, quietly: the temporary directory's clean-up warns about every link out.
            for (String name : pageNames) {
                Files.deleteIfExists(mixed.resolve(name));
            }
        }

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> rows = BatchCommandTest.readRows(out);
        assertThat(rows).hasSize(pageNames.size() + hostile.size());
        List<String> emptyPages = new ArrayList<>();
        int pagesSeen = 0;
        for (JsonNode row : rows) {
            assertThat(row.get("error").isNull() || !row.get("error").asText().contains("\n")).isTrue();
            String name = mixed.relativize(Path.of(row.get("source").asText())).toString();
            HostileFiles.Expect expect = hostile.get(name);
            if (expect != null) {
                BatchCommandTest.assertRow(name, row, expect);
                continue;
            }
            pagesSeen++;
            assertThat(row.get("url").isTextual()).as(name + " has its URL from --urls").isTrue();
            if (!row.get("error").isNull() || row.get("text").isNull() || row.get("text").asText().isBlank()) {
                emptyPages.add(row.get("id").asText() + " " + row.get("error"));
            }
        }
        assertThat(pagesSeen).isEqualTo(pageNames.size());
        assertThat(emptyPages).as("benchmark pages without text, or with an error").isEmpty();
        assertThat(r.err()).contains(rows.size() + " pages, ");
    }
}
