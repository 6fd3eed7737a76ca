package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.render.JsonRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job end to end in local[2]: WARC files written from the core's fixture pages (split into
 * many slices, plain, gzip per record and whole-file gzip, with requests, metadata, an image, a
 * damaged record and a file cut mid-record), its output read back, every row compared with what
 * {@code newsbite read --format json} gives for the same HTML and URL. The comparison runs the
 * same code as {@code read} (the extractor, then the JSON renderer, read back), not the script.
 */
class SparkJobIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static Path warcs;
    /** Every page the files hold (the one cut off excepted), by record id. */
    private static final Map<String, WarcFixtures.Page> PAGES = new HashMap<>();
    private static int requests;
    private static int notPages;

    @BeforeAll
    static void writeWarcs() throws IOException {
        warcs = Files.createDirectories(dir.resolve("warcs"));
        List<FixturePages.Fixture> fixtures = FixturePages.all();
        assertThat(fixtures).hasSizeGreaterThan(20);

        WarcFixtures split = new WarcFixtures(WarcFixtures.Compression.GZIP_PER_RECORD);
        for (int copy = 0; copy < 3; copy++) {
            for (int i = 0; i < fixtures.size(); i++) {
                add(split, fixtures.get(i));
                if (i % 10 == 0) {
                    split.notPages("https://cdn.example/img/" + copy + "-" + i + ".png");
                    notPages++;
                }
            }
        }
        keep(split.write(warcs.resolve("split.warc.gz"), 0), split);

        WarcFixtures plain = new WarcFixtures(WarcFixtures.Compression.NONE);
        fixtures.forEach(f -> add(plain, f));
        plain.notPages("https://cdn.example/img/plain.png");
        notPages++;
        keep(plain.write(warcs.resolve("sub/plain.warc"), 0), plain);

        WarcFixtures whole = new WarcFixtures(WarcFixtures.Compression.GZIP_WHOLE_FILE);
        fixtures.subList(0, 10).forEach(f -> add(whole, f));
        keep(whole.write(warcs.resolve("whole.warc.gz"), 0), whole);

        // Five pages, a record that cannot be read, five pages of which the last is cut short.
        WarcFixtures broken = new WarcFixtures(WarcFixtures.Compression.GZIP_PER_RECORD);
        fixtures.subList(0, 5).forEach(f -> add(broken, f));
        broken.damagedPage("https://broken.example/damaged");
        fixtures.subList(5, 10).forEach(f -> add(broken, f));
        broken.write(warcs.resolve("broken.warc.gz"), 200);
        List<WarcFixtures.Page> kept = new ArrayList<>(broken.pages().values());
        kept.subList(0, kept.size() - 1).forEach(p -> PAGES.put(p.recordId(), p));

        Files.writeString(warcs.resolve("README.txt"), "not a WARC file: the job leaves it alone");
    }

    private static void add(WarcFixtures warc, FixturePages.Fixture f) {
        warc.page(f, urlOf(f));
        requests++;
    }

    private static String urlOf(FixturePages.Fixture f) {
        return f.url() != null ? f.url() : "https://fixtures.example/news/" + f.name();
    }

    private static void keep(Path file, WarcFixtures warc) {
        assertThat(file).isRegularFile();
        PAGES.putAll(warc.pages());
    }

    @Test
    void parquetRowsAreThoseOfReadAndEveryProblemIsCountedAndListed() throws IOException {
        Path out = dir.resolve("out-parquet");

        // Every file indexed to its end (a probe longer than any): cut at indexed page records.
        int code = runInProcess(warcs.toString(), "--out", out.toString(), "--master", "local[2]",
                "--records-per-task", "10", "--probe-pages", "1000");

        assertThat(code).isZero();
        List<ArticleRow> rows = readParquet(out.resolve("articles"));
        assertRowsMatchRead(rows);

        assertCountsAndFailures(out);
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("slices").asInt())
                .as("the files are cut in slices of 10 pages").isGreaterThan(15);
    }

    /** Every record counted once, whatever the slicing; the two problems listed, and only they. */
    private static void assertCountsAndFailures(Path out) throws IOException {
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("files").asInt()).isEqualTo(4);
        assertThat(summary.get("pages").asLong()).isEqualTo(PAGES.size());
        assertThat(summary.get("articles").asLong()).isEqualTo(PAGES.size());
        assertThat(summary.at("/skipped/request").asLong()).isEqualTo(requests);
        assertThat(summary.at("/skipped/not-html").asLong()).isEqualTo(notPages);
        assertThat(summary.at("/skipped/metadata").asLong()).isEqualTo(notPages);
        assertThat(summary.at("/skipped/warcinfo").asLong()).isEqualTo(4);
        assertThat(summary.get("unreadableRecords").asLong()).isEqualTo(1);
        assertThat(summary.get("fileProblems").asLong()).isEqualTo(1);
        assertThat(summary.get("records").asLong()).isEqualTo(summary.get("pages").asLong()
                + summary.get("skipped").properties().stream().mapToLong(e -> e.getValue().asLong()).sum());

        List<JsonNode> failures = failureLines(out);
        assertThat(failures).allSatisfy(f -> assertThat(f.get("warcFile").asText()).endsWith("broken.warc.gz"));
        assertThat(failures).anySatisfy(f -> assertThat(f.get("error").asText()).contains("damaged"));
        assertThat(failures).anySatisfy(f -> assertThat(f.get("error").asText()).isNotBlank()
                .doesNotContain("damaged"));
        assertThat(failures).hasSize(2);
    }

    @Test
    void theJobJarWritesJsonLinesWithEveryFieldOnEveryLine() throws Exception {
        Path out = dir.resolve("out-jsonl");
        // Gzip files sampled on their first 5 pages only: cut by bytes, each task finding its first record.
        String[] args = {warcs.toString(), "--out", out.toString(), "--master", "local[2]", "--format", "jsonl",
            "--records-per-task", "10", "--probe-pages", "5"};

        int code = runJobJar(args);

        assertThat(code).isZero();
        List<ArticleRow> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("articles"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode node = JSON.readTree(line);
                    assertThat(iterable(node.fieldNames())).containsExactly(ArticleSchema.SCHEMA.fieldNames());
                    rows.add(rowOf(node));
                }
            }
        }
        assertRowsMatchRead(rows);
        assertCountsAndFailures(out);
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("slices").asInt())
                .as("the gzip files are cut by bytes").isGreaterThan(8);
    }

    @Test
    void anExistingOutputIsRefusedAndLeftAsItWas() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "earlier results");

        int code = runInProcess(warcs.resolve("whole.warc.gz").toString(), "--out", out.toString(),
                "--master", "local[1]");

        assertThat(code).isEqualTo(JobFailure.OUTPUT);
        assertThat(out.resolve("keep.txt")).hasContent("earlier results");
    }

    private static void assertRowsMatchRead(List<ArticleRow> rows) {
        assertThat(rows).extracting(ArticleRow::warcRecordId).map(WarcFixtures::bare).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(PAGES.keySet());
        Map<String, Article> read = new HashMap<>();
        for (ArticleRow row : rows) {
            WarcFixtures.Page page = PAGES.get(WarcFixtures.bare(row.warcRecordId()));
            Article expected = read.computeIfAbsent(page.fixture().name(), name -> readAsJson(page));
            assertThat(row.error()).as(page.fixture().name()).isNull();
            assertThat(row.id()).isEqualTo(row.warcRecordId());
            assertThat(row.source()).isEqualTo(row.warcFile()).doesNotStartWith("file:");
            assertThat(row.title()).as(page.fixture().name()).isEqualTo(expected.title());
            assertThat(row.byline()).as(page.fixture().name()).isEqualTo(expected.byline());
            assertThat(row.published()).as(page.fixture().name()).isEqualTo(expected.published());
            assertThat(row.text()).as(page.fixture().name()).isEqualTo(expected.bodyText());
            assertThat(row.siteName()).isEqualTo(expected.siteName());
            assertThat(row.excerpt()).isEqualTo(expected.standfirst());
            assertThat(row.lang()).isEqualTo(expected.language());
            assertThat(row.pageType()).isEqualTo(expected.pageType().wireName());
            assertThat(row.url()).isEqualTo(expected.url() != null ? expected.url() : page.url());
        }
    }

    /** What {@code newsbite read FILE --url URL --format json} prints for the page, read back. */
    private static Article readAsJson(WarcFixtures.Page page) {
        try {
            Article article = Extractor.create().extract(page.fixture().html(), page.url(), null).article();
            return JsonRenderer.read(new JsonRenderer().render(article));
        } catch (Exception e) {
            throw new AssertionError(page.fixture().name() + ": " + e, e);
        }
    }

    /** The Parquet output read back by Spark, in a session of its own (the job stops its session). */
    private static List<ArticleRow> readParquet(Path articles) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkJobIT reader")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            return spark.read().parquet(articles.toString()).collectAsList().stream().map(ArticleSchema::fromRow)
                    .toList();
        } finally {
            spark.stop();
        }
    }

    private static List<JsonNode> failureLines(Path out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("failures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static ArticleRow rowOf(JsonNode n) {
        List<String> authors = new ArrayList<>();
        n.get("authors").forEach(a -> authors.add(a.asText()));
        return new ArticleRow(text(n, "id"), text(n, "source"), text(n, "url"), text(n, "title"), text(n, "byline"),
                text(n, "published"), text(n, "siteName"), text(n, "excerpt"), text(n, "lang"), text(n, "pageType"),
                text(n, "text"), text(n, "error"), text(n, "modified"), text(n, "canonicalUrl"),
                text(n, "leadImage"), authors, text(n, "warcFile"), text(n, "warcRecordId"),
                n.get("warcOffset").asLong());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static int runInProcess(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ExtractJob()).setErr(new PrintWriter(err)).execute(args);
        System.err.print(err);
        return code;
    }

    /** The shaded job jar on Spark's class path, in its own JVM, as {@code ./newsbite spark} runs it. */
    private static int runJobJar(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("newsbite.spark.jobJar", "target/newsbite-spark-job.jar"));
        Path classpath = jar.resolveSibling("spark-classpath.txt");
        assertThat(jar).as("the job jar (mvn package first)").exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("newsbite.spark.jvmOptions", "").split(" +")));
        command.add("-Dlog4j2.configurationFile=" + Path.of("src/test/resources/log4j2-test.properties").toAbsolutePath());
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + Files.readString(classpath).strip());
        command.add(ExtractJob.class.getName());
        command.addAll(List.of(args));
        command.removeIf(String::isEmpty);
        // Into a file, not inherited: the test JVM's own streams are the test runner's channel.
        Path log = Files.createTempFile(dir, "job-jar", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        System.out.print(Files.readString(log));
        if (!done) {
            p.destroyForcibly();
            throw new AssertionError("the job jar did not finish in 5 minutes");
        }
        return p.exitValue();
    }
}
