package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    static final List<String> FIELDS = List.of("id", "source", "url", "title", "byline", "published", "siteName",
            "excerpt", "lang", "pageType", "text", "error");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void survivesHostileFilesWithOneRowPerFile() throws Exception {
        Path pages = dir.resolve("pages");
        Map<String, HostileFiles.Expect> expected = HostileFiles.write(pages);
        Path out = dir.resolve("out/rows.jsonl");

        Cli.Result r = Cli.run("batch", pages.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(r.code()).isZero();
        List<JsonNode> rows = readRows(out);
        List<String> sources = rows.stream().map(row -> pages.relativize(Path.of(row.get("source").asText())).toString()).toList();
        assertThat(sources).as("one row per page file, in sorted walk order").containsExactlyElementsOf(
                expected.keySet().stream().sorted(BatchCommandTest::walkOrder).toList());
        int failures = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String name = sources.get(i);
            assertThat(fieldNames(row)).as(name).containsExactlyElementsOf(FIELDS);
            assertRow(name, row, expected.get(name));
            failures += row.get("error").isNull() ? 0 : 1;
        }
        assertThat(r.err()).contains(rows.size() + " pages, " + failures + " failures, ")
                .matches("(?s).*\\d+ pages, \\d+ failures, [0-9.]+ pages/s\\n");
    }

    static void assertRow(String name, JsonNode row, HostileFiles.Expect expect) {
        String text = row.get("text").isNull() ? "" : row.get("text").asText();
        JsonNode error = row.get("error");
        switch (expect) {
            case TEXT -> {
                // A loaded machine may run out of the time budget: then the text is partial and says so.
                boolean onlyOutOfTime = error.isTextual() && error.asText().startsWith("time budget of ");
                assertThat(error.isNull() || onlyOutOfTime).as(name + " has no error: " + error).isTrue();
                assertThat(text).as(name + " has text").isNotBlank();
            }
            case ERROR -> {
                assertThat(error.isTextual()).as(name + " has an error").isTrue();
                assertThat(error.asText()).as(name).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
            }
            case PARTIAL -> {
                assertThat(text).as(name + " has text").isNotBlank();
                assertThat(error.isTextual()).as(name + " says why it may be damaged").isTrue();
                assertThat(error.asText()).as(name).doesNotContain("\n");
            }
            case ROW -> assertThat(!text.isBlank() || error.isTextual()).as(name + " has text or an error").isTrue();
        }
        assertThat(row.get("id").asText()).isEqualTo(Path.of(name).getFileName().toString().split("\\.")[0]);
    }

    @Test
    void keepsInputOrderAndGivesUrlsById() throws Exception {
        Path b = Files.writeString(dir.resolve("b.html"), HostileFiles.page("B", HostileFiles.STORY));
        Path a = Files.writeString(dir.resolve("a.html.gz"), HostileFiles.page("A", HostileFiles.STORY));
        Path urls = Files.writeString(dir.resolve("urls.json"),
                "{\"a\": {\"url\": \"https://example.com/a\", \"articleBody\": \"...\"}, \"b\": \"https://example.com/b\"}");
        Path out = dir.resolve("rows.jsonl");

        Cli.Result r = Cli.run("batch", b.toString(), a.toString(), "--out", out.toString(), "--urls", urls.toString());

        assertThat(r.code()).isZero();
        List<JsonNode> rows = readRows(out);
        assertThat(rows).extracting(row -> row.get("id").asText()).containsExactly("b", "a");
        assertThat(rows).extracting(row -> row.get("url").asText()).containsExactly("https://example.com/b", "https://example.com/a");
        assertThat(rows.get(0).get("title").asText()).isEqualTo("B");
        assertThat(rows.get(0).get("pageType").asText()).isNotBlank();
        assertThat(r.err()).isEqualTo("2 pages, 0 failures, " + r.err().split(", ")[2]);
    }

    @Test
    void aMissingInputGetsAnErrorRowAndTheBatchGoesOn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"), HostileFiles.page("Good", HostileFiles.STORY));
        Path out = dir.resolve("rows.jsonl");
        Cli.Result r = Cli.run("batch", dir.resolve("missing.html").toString(), good.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        List<JsonNode> rows = readRows(out);
        assertThat(rows.get(0).get("error").asText()).isEqualTo("no such file");
        assertThat(rows.get(1).get("error").isNull()).isTrue();
        assertThat(r.err()).startsWith("2 pages, 1 failures, ");
    }

    @Test
    void writesToStandardOutputWithOutDash() throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"), HostileFiles.page("Good", HostileFiles.STORY));
        Cli.Result r = Cli.run("batch", good.toString(), "--out", "-");
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.out().strip()).get("id").asText()).isEqualTo("good");
    }

    @Test
    void anEmptyInputDirectoryGivesAnEmptyFile() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path out = dir.resolve("rows.jsonl");
        Cli.Result r = Cli.run("batch", empty.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).isEmpty();
        assertThat(r.err()).startsWith("0 pages, 0 failures");
    }

    @Test
    void usageAndInputErrorsHaveTheirCodes() throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"), HostileFiles.page("Good", HostileFiles.STORY));
        Path out = dir.resolve("rows.jsonl");
        assertThat(Cli.run("batch", good.toString()).code()).as("no --out").isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("batch", "--out", out.toString()).code()).as("no input").isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("batch", good.toString(), "--out", out.toString(), "--threads", "0").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("batch", good.toString(), "--out", out.toString(), "--file-timeout", "-1").code())
                .isEqualTo(ExitCodes.USAGE);

        Path badUrls = Files.writeString(dir.resolve("urls.json"), "[1, 2");
        Cli.Result r = Cli.run("batch", good.toString(), "--out", out.toString(), "--urls", badUrls.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).startsWith("newsbite: --urls " + badUrls + ": not valid JSON");
        assertThat(r.err().strip()).doesNotContain("\n");

        Cli.Result notWritable = Cli.run("batch", good.toString(), "--out", dir.toString());
        assertThat(notWritable.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(notWritable.err()).startsWith("newsbite: cannot write " + dir);
    }

    /** Sorted walk order for paths relative to one directory: name by name, depth first. */
    static int walkOrder(String a, String b) {
        Iterator<Path> x = Path.of(a).iterator();
        Iterator<Path> y = Path.of(b).iterator();
        while (x.hasNext() && y.hasNext()) {
            int c = x.next().toString().compareTo(y.next().toString());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
    }

    static List<JsonNode> readRows(Path out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readString(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private static List<String> fieldNames(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
