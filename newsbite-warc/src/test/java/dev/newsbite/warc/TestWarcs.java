package dev.newsbite.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC files written by tests, record by record, with jwarc's writer: the pages tests need next to
 * the records a crawler also writes (warcinfo, requests, metadata, revisits, redirects, images,
 * truncated captures). Other modules' tests use it through this module's test jar.
 */
public final class TestWarcs {
    /** How the file is compressed. */
    public enum Layout {
        /** A plain .warc file. */
        PLAIN,
        /** A .warc.gz file with one gzip member per record, as crawlers write them. */
        GZIP_MEMBERS,
        /** A .warc.gz file that is one gzip stream over the whole file. */
        GZIP_WHOLE
    }

    private final List<WarcRecord> records = new ArrayList<>();
    private final List<String> pageIds = new ArrayList<>();

    public static TestWarcs create() {
        return new TestWarcs();
    }

    public TestWarcs warcinfo() {
        return add(new Warcinfo.Builder().filename("test.warc.gz").body(MediaType.WARC_FIELDS,
                "software: newsbite tests\r\n".getBytes(StandardCharsets.US_ASCII)).build());
    }

    /** A 200 response with the given Content-Type header (none when null) and body. */
    public TestWarcs page(String url, String contentType, byte[] body) {
        return response(url, httpResponse(200, "OK", contentType, List.of(), body));
    }

    /** An HTML page served as {@code text/html; charset=utf-8}. */
    public TestWarcs page(String url, String html) {
        return page(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 HTML response whose body is sent gzip-encoded ({@code Content-Encoding: gzip}). */
    public TestWarcs gzipEncodedPage(String url, String contentType, byte[] body) {
        return response(url, httpResponse(200, "OK", contentType, List.of("Content-Encoding: gzip"), gzip(body)));
    }

    /** A 200 HTML response sent in chunks ({@code Transfer-Encoding: chunked}). */
    public TestWarcs chunkedPage(String url, String contentType, byte[] body) {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        int half = body.length / 2;
        writeChunk(chunked, body, 0, half);
        writeChunk(chunked, body, half, body.length - half);
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return response(url, httpResponse(200, "OK", contentType, List.of("Transfer-Encoding: chunked"),
                chunked.toByteArray()));
    }

    /** Any HTTP response: a redirect, an error page, an image. */
    public TestWarcs response(String url, int status, String contentType, byte[] body) {
        return response(url, httpResponse(status, status == 200 ? "OK" : "Status", contentType, List.of(), body));
    }

    /** A response whose HTTP message is given raw (garbled ones too). */
    public TestWarcs rawResponse(String url, byte[] httpMessage) {
        return response(url, httpMessage);
    }

    /** A response the crawler cut at its size limit ({@code WARC-Truncated: length}). */
    public TestWarcs truncatedPage(String url, String html) {
        byte[] http = httpResponse(200, "OK", "text/html", List.of(), html.getBytes(StandardCharsets.UTF_8));
        return add(new WarcResponse.Builder(URI.create(url)).recordId(UUID.randomUUID()).date(Instant.EPOCH)
                .truncated(WarcTruncationReason.LENGTH).body(MediaType.HTTP_RESPONSE, http).build());
    }

    public TestWarcs request(String url) {
        byte[] http = ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return add(new WarcRequest.Builder(URI.create(url)).recordId(UUID.randomUUID()).date(Instant.EPOCH)
                .body(MediaType.HTTP_REQUEST, http).build());
    }

    public TestWarcs metadata(String url) {
        return add(new WarcMetadata.Builder().targetURI(url).recordId(UUID.randomUUID()).date(Instant.EPOCH)
                .body(MediaType.WARC_FIELDS, "fetchTimeMs: 12\r\n".getBytes(StandardCharsets.US_ASCII)).build());
    }

    public TestWarcs revisit(String url) {
        byte[] http = "HTTP/1.1 304 Not Modified\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        return add(new WarcRevisit.Builder(URI.create(url)).recordId(UUID.randomUUID()).date(Instant.EPOCH)
                .body(MediaType.HTTP_RESPONSE, http).build());
    }

    public TestWarcs resource(String url, byte[] body) {
        return add(new WarcResource.Builder(URI.create(url)).recordId(UUID.randomUUID()).date(Instant.EPOCH)
                .body(MediaType.parse("text/html"), body).build());
    }

    /** The record ids of the pages added with {@link #page} and its kin, in order. */
    public List<String> pageIds() {
        return List.copyOf(pageIds);
    }

    public int size() {
        return records.size();
    }

    /** Writes the records to {@code file} and returns it. */
    public Path write(Path file, Layout layout) {
        try {
            if (layout == Layout.GZIP_WHOLE) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    writeRecords(out, WarcCompression.NONE);
                }
            } else {
                try (OutputStream out = Files.newOutputStream(file)) {
                    writeRecords(out, layout == Layout.GZIP_MEMBERS ? WarcCompression.GZIP : WarcCompression.NONE);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts {@code file} to its first {@code length} bytes: a download or copy that stopped. */
    public static void cut(Path file, long length) {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRecords(OutputStream out, WarcCompression compression) throws IOException {
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
        for (WarcRecord record : records) {
            writer.write(record);
        }
        // The writer's close would close the caller's stream before its gzip trailer: flush only.
        out.flush();
    }

    private TestWarcs response(String url, byte[] http) {
        UUID id = UUID.randomUUID();
        pageIds.add("urn:uuid:" + id);
        return add(new WarcResponse.Builder(URI.create(url)).recordId(id).date(Instant.EPOCH)
                .body(MediaType.HTTP_RESPONSE, http).build());
    }

    private TestWarcs add(WarcRecord record) {
        records.add(record);
        return this;
    }

    private static byte[] httpResponse(int status, String reason, String contentType, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        boolean chunked = false;
        for (String header : headers) {
            head.append(header).append("\r\n");
            chunked |= header.toLowerCase(java.util.Locale.ROOT).startsWith("transfer-encoding");
        }
        if (!chunked) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, byte[] body, int from, int length) {
        out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, from, length);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
