package dev.newsbite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.warc.TestWarcs;
import dev.newsbite.warc.TestWarcs.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code newsbite batch} over WARC files that the tests write from the fixture pages. */
class WarcBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fixture pages (core's test resources) with the address each was published at. */
    private static final List<String> FIXTURES = List.of("figure-caption-credit", "syndication-source-line",
            "tables-and-lists", "non-utf8-charset");

    @TempDir
    Path dir;

    /** A crawl as crawlers write it: a request before each response, and records that are not pages between. */
    private TestWarcs crawlOfFixtures() {
        TestWarcs warc = TestWarcs.create().warcinfo();
        for (String name : FIXTURES) {
            String url = urlOf(name);
            warc.request(url);
            // No charset in the header: the page's own meta says it (the non-UTF-8 fixture relies on that).
            warc.page(url, "text/html", fixture(name));
            warc.metadata(url);
        }
        return warc.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .response("https://news.example/moved", 301, "text/html", new byte[0])
                .revisit(urlOf(FIXTURES.get(0)))
                .truncatedPage("https://news.example/cut", "<html><body><p>cut</p></body></html>");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void givesOneRowPerHtmlPageWithTheTextThatReadGives(Layout layout) throws Exception {
        TestWarcs warc = crawlOfFixtures();
        Path file = warc.write(dir.resolve("crawl.warc" + (layout == Layout.PLAIN ? "" : ".gz")), layout);
        Path out = dir.resolve("rows.jsonl");

        Cli.Result r = Cli.run("batch", file.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(r.code()).isZero();
        List<JsonNode> rows = readRows(out);
        assertThat(rows).hasSize(FIXTURES.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String name = FIXTURES.get(i);
            assertThat(fieldNames(row)).containsExactly("id", "source", "url", "title", "byline", "published",
                    "siteName", "excerpt", "lang", "pageType", "text", "error", "warcFile", "warcRecordId", "warcOffset");
            assertThat(row.get("url").asText()).isEqualTo(urlOf(name));
            assertThat(row.get("warcFile").asText()).isEqualTo(file.toString());
            assertThat(row.get("warcRecordId").asText()).isEqualTo(warc.pageIds().get(i));
            assertThat(row.get("id").asText()).isEqualTo(warc.pageIds().get(i));
            assertThat(row.get("error").isNull()).as(name + ": " + row.get("error")).isTrue();

            JsonNode read = readJson(name);
            assertThat(row.get("title").asText()).as(name).isEqualTo(read.get("title").asText());
            assertThat(row.get("published").asText()).as(name).isEqualTo(read.get("published").asText());
            assertThat(row.get("text").asText()).as(name).isEqualTo(bodyText(read)).isNotBlank();
        }
        assertThat(rows.get(3).get("text").asText()).as("the page's own charset").contains("€").contains("’");
        assertThat(r.err()).contains("4 pages, 0 failures, 17 WARC records read")
                .contains("skipped WARC records: request 4, metadata 4, revisit 1, warcinfo 1, http-status 1, "
                        + "not-html 1, truncated 1");
    }

    @Test
    void theHttpHeadersCharsetIsUsed() throws Exception {
        // Greek in ISO-8859-7 with no meta charset: only the header says how to read it. (A
        // windows-1252 page would not show it: that is also the decoder's fallback.)
        String title = "Καφές στο λιμάνι";
        String sentence = "Το καφενείο του "
                + "λιμανιού κλείνει "
                + "μετά από εξήντα χρόνια. ";
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>" + sentence.repeat(6) + "</p></article></body></html>";
        Path file = TestWarcs.create()
                .page("https://cafe.example/story", "text/html; charset=iso-8859-7",
                        html.getBytes(java.nio.charset.Charset.forName("ISO-8859-7")))
                .write(dir.resolve("greek.warc.gz"), Layout.GZIP_MEMBERS);
        Path out = dir.resolve("rows.jsonl");

        assertThat(Cli.run("batch", file.toString(), "--out", out.toString()).code()).isZero();

        JsonNode row = readRows(out).get(0);
        assertThat(row.get("title").asText()).isEqualTo(title);
        assertThat(row.get("text").asText()).contains(sentence.strip());
    }

    @Test
    void aWarcFileCutShortKeepsItsPagesAndSaysSoInARowAndTheBatchGoesOn() throws Exception {
        Path cut = crawlOfFixtures().write(dir.resolve("a-cut.warc.gz"), Layout.GZIP_MEMBERS);
        List<Long> offsets = new ArrayList<>();
        Path probe = dir.resolve("probe.jsonl");
        Cli.run("batch", cut.toString(), "--out", probe.toString());
        readRows(probe).forEach(row -> offsets.add(row.get("warcOffset").asLong()));
        // Cut inside the third page's record.
        TestWarcs.cut(cut, offsets.get(2) + 200);
        Path page = dir.resolve("b-page.html");
        Files.write(page, fixture(FIXTURES.get(1)));
        Path missing = dir.resolve("c-missing.warc");
        Path out = dir.resolve("rows.jsonl");

        Cli.Result r = Cli.run("batch", cut.toString(), page.toString(), missing.toString(), "--out", out.toString());

        assertThat(r.code()).isZero();
        List<JsonNode> rows = readRows(out);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("url").asText()).isEqualTo(urlOf(FIXTURES.get(0)));
        assertThat(rows.get(1).get("url").asText()).isEqualTo(urlOf(FIXTURES.get(1)));
        assertThat(rows.get(2).get("warcFile").asText()).isEqualTo(cut.toString());
        assertThat(rows.get(2).get("warcRecordId")).isNull();
        assertThat(rows.get(2).get("error").asText()).startsWith("WARC file not read to its end: ");
        assertThat(rows.get(3).get("source").asText()).isEqualTo(page.toString());
        assertThat(rows.get(3).get("error").isNull()).isTrue();
        assertThat(rows.get(4).get("error").asText()).startsWith("cannot read WARC file: ");
        assertThat(r.err()).contains("5 pages, 2 failures").doesNotContain("Exception");
    }

    @Test
    void directoriesAreSearchedForWarcFilesBesidePages() throws Exception {
        Path crawls = Files.createDirectories(dir.resolve("in/crawls"));
        TestWarcs.create().page(urlOf(FIXTURES.get(0)), "text/html", fixture(FIXTURES.get(0)))
                .write(crawls.resolve("one.warc.gz"), Layout.GZIP_MEMBERS);
        Files.write(dir.resolve("in/page.html"), fixture(FIXTURES.get(1)));
        Files.writeString(dir.resolve("in/notes.txt"), "not a page");
        Path out = dir.resolve("rows.jsonl");

        assertThat(Cli.run("batch", dir.resolve("in").toString(), "--out", out.toString()).code()).isZero();

        List<JsonNode> rows = readRows(out);
        assertThat(rows).extracting(row -> row.get("source").asText()).containsExactly(
                crawls.resolve("one.warc.gz").toString(), dir.resolve("in/page.html").toString());
        assertThat(fieldNames(rows.get(1))).doesNotContain("warcFile", "warcRecordId", "warcOffset");
    }

    private JsonNode readJson(String name) throws IOException {
        Path page = dir.resolve(name + ".html");
        Files.write(page, fixture(name));
        Cli.Result read = Cli.run("read", page.toString(), "--url", urlOf(name), "--format", "json");
        assertThat(read.code()).as(read.err()).isZero();
        return JSON.readTree(read.out());
    }

    /**
     * The article's body as {@code text} in batch rows: each block's text as the model gives it
     * (a list one item a line, a table one row a line with tabs between cells), a blank line between.
     */
    static String bodyText(JsonNode article) {
        List<String> blocks = new ArrayList<>();
        for (JsonNode block : article.get("body")) {
            String text;
            if (block.has("text")) {
                text = block.get("text").asText();
            } else if (block.has("items")) {
                List<String> items = new ArrayList<>();
                block.get("items").forEach(item -> items.add(item.asText()));
                text = String.join("\n", items);
            } else if (block.has("rows")) {
                List<String> rows = new ArrayList<>();
                for (JsonNode row : block.get("rows")) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.asText()));
                    rows.add(String.join("\t", cells));
                }
                text = String.join("\n", rows);
            } else {
                text = "";
            }
            if (!text.isBlank()) {
                blocks.add(text);
            }
        }
        return String.join("\n\n", blocks);
    }

    static byte[] fixture(String name) {
        try (InputStream in = WarcBatchTest.class.getClassLoader().getResourceAsStream("pages/" + name + "/page.html")) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String urlOf(String name) {
        try (InputStream in = WarcBatchTest.class.getClassLoader().getResourceAsStream("pages/" + name + "/expected.json")) {
            return JSON.readTree(in).get("url").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> readRows(Path out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static List<String> fieldNames(JsonNode row) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

}
