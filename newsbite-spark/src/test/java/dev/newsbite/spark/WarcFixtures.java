package dev.newsbite.spark;

import dev.newsbite.warc.TestWarcs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The core's fixture pages as WARC files, written with the WARC module's {@link TestWarcs} as a
 * crawler writes them: a warcinfo record, then for each page its request and response, with
 * metadata and non-HTML responses among them. Remembers which response record holds which page.
 */
final class WarcFixtures {
    enum Compression {
        /** Plain records: seekable at every record. */
        NONE(TestWarcs.Layout.PLAIN),
        /** One gzip member per record (as Common Crawl writes them): seekable at every record. */
        GZIP_PER_RECORD(TestWarcs.Layout.GZIP_MEMBERS),
        /** One gzip stream over the whole file: only readable from its start. */
        GZIP_WHOLE_FILE(TestWarcs.Layout.GZIP_WHOLE);

        final TestWarcs.Layout layout;

        Compression(TestWarcs.Layout layout) {
            this.layout = layout;
        }
    }

    record Page(String recordId, String url, FixturePages.Fixture fixture) {
    }

    private final TestWarcs warc = TestWarcs.create().warcinfo();
    private final Compression compression;
    /** Page record id (without angle brackets) to the fixture it holds and the address it was given. */
    private final Map<String, Page> pages = new LinkedHashMap<>();

    WarcFixtures(Compression compression) {
        this.compression = compression;
    }

    /**
     * A request and its HTML response for the page at {@code url}, served as plain
     * {@code text/html} as {@code newsbite read} reads a file: with no charset from outside.
     */
    WarcFixtures page(FixturePages.Fixture fixture, String url) {
        warc.request(url).page(url, "text/html", fixture.html());
        List<String> ids = warc.pageIds();
        String id = bare(ids.get(ids.size() - 1));
        pages.put(id, new Page(id, url, fixture));
        return this;
    }

    /** Records that are not pages: an image response and a metadata record. */
    WarcFixtures notPages(String url) {
        warc.response(url, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}).metadata(url);
        return this;
    }

    /** An HTML response whose gzip-encoded payload is not gzip: the record cannot be read. */
    WarcFixtures damagedPage(String url) {
        byte[] body = "<html>not gzip at all</html>".getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        warc.rawResponse(url, http);
        return this;
    }

    Map<String, Page> pages() {
        return pages;
    }

    /** Writes the file, cut {@code cutBytes} before its end (0 for whole). */
    Path write(Path file, int cutBytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        warc.write(file, compression.layout);
        if (cutBytes > 0) {
            TestWarcs.cut(file, Files.size(file) - cutBytes);
        }
        return file;
    }

    static String bare(String recordId) {
        return recordId.startsWith("<") && recordId.endsWith(">") ? recordId.substring(1, recordId.length() - 1)
                : recordId;
    }
}
