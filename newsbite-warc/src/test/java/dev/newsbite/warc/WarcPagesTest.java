package dev.newsbite.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.warc.TestWarcs.Layout;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WarcPagesTest {
    private static final String STORY = "<!doctype html><html><head><title>Story</title></head><body><p>Text</p></body></html>";

    @TempDir
    Path dir;

    /** What a crawl holds around its pages: every kind of record a reader must pass over. */
    private static TestWarcs crawl() {
        return TestWarcs.create()
                .warcinfo()
                .request("https://news.example/one")
                .page("https://news.example/one", STORY)
                .metadata("https://news.example/one")
                .revisit("https://news.example/two")
                .response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .response("https://news.example/old", 301, "text/html", "<a href=/new>moved</a>".getBytes(StandardCharsets.UTF_8))
                .response("https://news.example/gone", 404, "text/html; charset=utf-8", STORY.getBytes(StandardCharsets.UTF_8))
                .truncatedPage("https://news.example/huge", STORY)
                .resource("https://news.example/res", STORY.getBytes(StandardCharsets.UTF_8))
                .page("https://news.example/doc.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .gzipEncodedPage("https://news.example/gz", "text/html", STORY.getBytes(StandardCharsets.UTF_8))
                .chunkedPage("https://news.example/chunked", "text/html", STORY.getBytes(StandardCharsets.UTF_8))
                .page("https://news.example/untyped", null, ("\n  " + STORY).getBytes(StandardCharsets.UTF_8))
                .page("https://news.example/untyped.js", null, "var x = 1;".getBytes(StandardCharsets.UTF_8))
                .page("https://news.example/x", "application/xhtml+xml", STORY.getBytes(StandardCharsets.UTF_8))
                .page("https://news.example/latin", "text/html; charset=windows-1252", "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void readsThePagesOfACrawlAndCountsEverythingElse(Layout layout) throws IOException {
        TestWarcs warc = crawl();
        Path file = warc.write(dir.resolve("crawl" + (layout == Layout.PLAIN ? ".warc" : ".warc.gz")), layout);

        List<WarcPage> pages = new ArrayList<>();
        WarcSkips skips;
        try (WarcPages reader = WarcPages.open(file)) {
            for (WarcPage page = reader.next(); page != null; page = reader.next()) {
                pages.add(page);
            }
            skips = reader.skips();
            assertThat(reader.problem()).isNull();
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }

        assertThat(pages).extracting(WarcPage::url).containsExactly("https://news.example/one",
                "https://news.example/gz", "https://news.example/chunked", "https://news.example/untyped",
                "https://news.example/x", "https://news.example/latin");
        assertThat(pages.get(0).body()).asString(StandardCharsets.UTF_8).isEqualTo(STORY);
        assertThat(pages.get(1).body()).asString(StandardCharsets.UTF_8).as("gzip content encoding removed").isEqualTo(STORY);
        assertThat(pages.get(2).body()).asString(StandardCharsets.UTF_8).as("chunks joined").isEqualTo(STORY);
        assertThat(pages.get(3).contentType()).isNull();
        assertThat(pages.get(5).contentType()).isEqualTo("text/html; charset=windows-1252");
        assertThat(pages.get(5).body()).containsExactly("<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pages).allSatisfy(p -> assertThat(p.warcFile()).isEqualTo(file.toString()));
        assertThat(pages).extracting(WarcPage::recordId).allSatisfy(id -> assertThat(id).startsWith("urn:uuid:"));
        assertThat(pages.get(0).recordId()).isEqualTo(warc.pageIds().get(0));

        assertThat(skips.asMap()).containsExactly(
                Map.entry("request", 1L), Map.entry("metadata", 1L), Map.entry("revisit", 1L),
                Map.entry("warcinfo", 1L), Map.entry("other-record", 1L), Map.entry("http-status", 2L),
                Map.entry("not-html", 3L), Map.entry("truncated", 1L));
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"PLAIN", "GZIP_MEMBERS"})
    void aRecordOffsetIsAPlaceToStartReadingFrom(Layout layout) throws IOException {
        Path file = crawl().write(dir.resolve("crawl.warc"), layout);
        List<WarcPage> all = new ArrayList<>();
        try (WarcPages reader = WarcPages.open(file)) {
            for (WarcPage page = reader.next(); page != null; page = reader.next()) {
                all.add(page);
            }
            assertThat(reader.splittable()).isTrue();
        }
        WarcPage third = all.get(2);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            in.position(third.offset());
            WarcPages slice = WarcPages.over("crawl", in, third.offset(), WarcLimits.defaults());
            WarcPage first = slice.next();
            assertThat(first.url()).isEqualTo(third.url());
            assertThat(first.offset()).isEqualTo(third.offset());
            assertThat(slice.recordOffset()).isEqualTo(third.offset());
            assertThat(slice.next().url()).isEqualTo(all.get(3).url());
        }
    }

    @Test
    void aWholeFileGzipStreamIsReadButNotSplittable() throws IOException {
        Path file = crawl().write(dir.resolve("whole.warc.gz"), Layout.GZIP_WHOLE);
        try (WarcPages reader = WarcPages.open(file)) {
            while (reader.next() != null) {
                // read it all
            }
            assertThat(reader.splittable()).isFalse();
        }
    }

    @Test
    void aPayloadOverTheCapIsSkippedAsTooLarge() throws IOException {
        byte[] big = ("<html><body>" + "x".repeat(5000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        Path file = TestWarcs.create().page("https://a.example/big", "text/html", big).page("https://a.example/small", STORY)
                .write(dir.resolve("big.warc.gz"), Layout.GZIP_MEMBERS);
        try (WarcPages reader = WarcPages.open(file, new WarcLimits(1000))) {
            assertThat(reader.next().url()).isEqualTo("https://a.example/small");
            assertThat(reader.next()).isNull();
            assertThat(reader.skips().count(SkipReason.TOO_LARGE)).isEqualTo(1);
        }
    }

    @Test
    void aGzipBombInTheContentEncodingIsCappedNotInflated() throws IOException {
        byte[] zeros = new byte[50 * 1024 * 1024];
        Path file = TestWarcs.create().gzipEncodedPage("https://a.example/bomb", "text/html", zeros)
                .write(dir.resolve("bomb.warc.gz"), Layout.GZIP_MEMBERS);
        try (WarcPages reader = WarcPages.open(file)) {
            assertThat(reader.next()).isNull();
            assertThat(reader.skips().count(SkipReason.TOO_LARGE)).isEqualTo(1);
        }
    }

    @Test
    void aBrokenContentEncodingDamagesOnlyItsRecord() throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\n"
                + "not gzip!").getBytes(StandardCharsets.US_ASCII);
        Path file = TestWarcs.create().rawResponse("https://a.example/bad", http).page("https://a.example/good", STORY)
                .write(dir.resolve("bad.warc"), Layout.PLAIN);
        try (WarcPages reader = WarcPages.open(file)) {
            assertThat(reader.next().url()).isEqualTo("https://a.example/good");
            assertThat(reader.next()).isNull();
            assertThat(reader.skips().asMap()).isEqualTo(Map.of("damaged", 1L));
            assertThat(reader.problem()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aFileCutInsideARecordKeepsThePagesBeforeAndSaysWhy(Layout layout) throws IOException {
        // Pages of text that does not compress away, so that the cut lands well after the first
        // two in a whole-file gzip stream too (its reader inflates ahead of the records).
        TestWarcs warc = TestWarcs.create().page("https://a.example/1", numbers(1, 20_000))
                .page("https://a.example/2", numbers(2, 20_000)).page("https://a.example/3", numbers(3, 20_000));
        Path file = warc.write(dir.resolve("cut.warc"), layout);
        TestWarcs.cut(file, Files.size(file) - 300);

        List<String> urls = new ArrayList<>();
        try (WarcPages reader = WarcPages.open(file)) {
            for (WarcPage page = reader.next(); page != null; page = reader.next()) {
                urls.add(page.url());
            }
            assertThat(urls).containsExactly("https://a.example/1", "https://a.example/2");
            assertThat(reader.problem()).isNotNull();
        }
    }

    private static String numbers(long seed, int count) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder html = new StringBuilder("<html><body><p>");
        for (int i = 0; i < count; i++) {
            html.append(random.nextInt(1_000_000)).append(' ');
        }
        return html.append("</p></body></html>").toString();
    }

    @Test
    void aFileThatIsNotWarcGivesNoPagesAndAReason() throws IOException {
        Path file = dir.resolve("page.warc");
        Files.writeString(file, STORY);
        try (WarcPages reader = WarcPages.open(file)) {
            assertThat(reader.next()).isNull();
            assertThat(reader.problem()).contains("cannot read a WARC record");
        }
    }

    @Test
    void anEmptyFileHasNoPagesAndNoProblem() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.warc.gz"));
        try (WarcPages reader = WarcPages.open(file)) {
            assertThat(reader.next()).isNull();
            assertThat(reader.problem()).isNull();
            assertThat(reader.skips().total()).isZero();
        }
    }
}
