package dev.newsbite.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC files for the tests, written with jwarc from fixture pages as a crawler writes them: a
 * warcinfo record, then for each page its request and response, with metadata and non-HTML
 * responses among them. Remembers which response record holds which page.
 */
final class WarcFixtures {
    enum Compression {
        /** Plain records: seekable at every record. */
        NONE,
        /** One gzip member per record (as Common Crawl writes them): seekable at every record. */
        GZIP_PER_RECORD,
        /** One gzip stream over the whole file: only readable from its start. */
        GZIP_WHOLE_FILE
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final Compression compression;
    /** Page record id (without angle brackets) to the fixture it holds and the address it was given. */
    private final Map<String, Page> pages = new LinkedHashMap<>();

    record Page(String recordId, String url, FixturePages.Fixture fixture) {
    }

    WarcFixtures(Compression compression) {
        this.compression = compression;
        try {
            writer = new WarcWriter(Channels.newChannel(bytes),
                    compression == Compression.GZIP_PER_RECORD ? WarcCompression.GZIP : WarcCompression.NONE);
            writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of("newsbite tests"))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request and its HTML response for the page at {@code url}. */
    WarcFixtures page(FixturePages.Fixture fixture, String url) {
        try {
            URI uri = URI.create(url);
            writer.write(new WarcRequest.Builder(uri)
                    .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build())
                    .build());
            WarcResponse response = new WarcResponse.Builder(uri)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), fixture.html())
                            .build())
                    .build();
            writer.write(response);
            String id = bare(response.id().toString());
            pages.put(id, new Page(id, url, fixture));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that are not pages: an image response and a metadata record. */
    WarcFixtures notPages(String url) {
        try {
            URI uri = URI.create(url);
            writer.write(new WarcResponse.Builder(uri)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {
                        (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}).build())
                    .build());
            writer.write(new WarcMetadata.Builder().targetURI(uri)
                    .body(MediaType.parse("application/warc-fields"),
                            "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8))
                    .build());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML response whose gzip-encoded payload is not gzip: the record cannot be read. */
    WarcFixtures damagedPage(String url) {
        try {
            writer.write(new WarcResponse.Builder(URI.create(url))
                    .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                            .body(MediaType.parse("text/html"), "<html>not gzip at all</html>"
                                    .getBytes(StandardCharsets.UTF_8)).build())
                    .build());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Page> pages() {
        return pages;
    }

    /** Writes the file, cut {@code cutBytes} before its end (0 for whole). */
    Path write(Path file, int cutBytes) throws IOException {
        byte[] all = bytes.toByteArray();
        if (compression == Compression.GZIP_WHOLE_FILE) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(all);
            }
            all = gz.toByteArray();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, java.util.Arrays.copyOf(all, all.length - cutBytes));
        return file;
    }

    static String bare(String recordId) {
        return recordId.startsWith("<") && recordId.endsWith(">") ? recordId.substring(1, recordId.length() - 1)
                : recordId;
    }
}
