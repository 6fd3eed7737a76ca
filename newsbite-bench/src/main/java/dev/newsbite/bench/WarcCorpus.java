package dev.newsbite.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the WARC file that the batch and Spark benchmarks read: the scrapinghub pages repeated
 * until there are as many article records as asked, each copy at its own address, laid out as a
 * news crawl is (a request, the response and a metadata record per page, one gzip member each).
 * Made at run time, never committed. Beside it goes a manifest: record id, page id, URL.
 *
 * <pre>java -cp newsbite-bench/target/benchmarks.jar dev.newsbite.bench.WarcCorpus OUT.warc.gz [ARTICLES]</pre>
 */
public final class WarcCorpus {
    private WarcCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: WarcCorpus OUT.warc.gz [ARTICLES (default 10000)]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<BenchPages.Page> pages = BenchPages.load();
        Path manifest = out.resolveSibling(out.getFileName() + ".manifest.tsv");
        Instant date = Instant.parse("2026-11-01T00:00:00Z");
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP);
                PrintWriter index = new PrintWriter(Files.newBufferedWriter(manifest, StandardCharsets.UTF_8))) {
            warc.write(new Warcinfo.Builder().filename(out.getFileName().toString())
                    .body(MediaType.WARC_FIELDS, "software: newsbite benchmark corpus\r\n".getBytes(StandardCharsets.UTF_8))
                    .build());
            index.println("recordId\tpageId\turl");
            for (int i = 0; i < articles; i++) {
                BenchPages.Page page = pages.get(i % pages.size());
                int copy = i / pages.size();
                String url = copyUrl(page.url() != null ? page.url() : "https://bench.example/" + page.id(), copy);
                URI target = URI.create(url);
                byte[] request = ("GET " + (target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath())
                        + " HTTP/1.1\r\nHost: " + target.getHost() + "\r\nUser-Agent: newsbite-bench\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                warc.write(new WarcRequest.Builder(target).date(date).body(MediaType.HTTP_REQUEST, request).build());
                UUID id = UUID.randomUUID();
                warc.write(new WarcResponse.Builder(target).recordId(id).date(date)
                        .body(MediaType.HTTP_RESPONSE, httpResponse(page.bytes())).build());
                warc.write(new WarcMetadata.Builder().targetURI(target).date(date)
                        .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII)).build());
                index.println("urn:uuid:" + id + "\t" + page.id() + "\t" + url);
            }
        }
        System.err.printf("wrote %s: %d article records (%d pages x %.1f), %.1f MB%n", out, articles, pages.size(),
                (double) articles / pages.size(), Files.size(out) / 1e6);
    }

    /** The page's address for its n-th copy: the original first, then with a query that tells copies apart. */
    static String copyUrl(String url, int copy) {
        if (copy == 0) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash >= 0 ? url.substring(0, hash) : url;
        return base + (base.contains("?") ? "&" : "?") + "copy=" + copy;
    }

    /** The response as many servers send it: a type without charset, so the page's own meta decides. */
    private static byte[] httpResponse(byte[] body) throws IOException {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n";
        var bytes = new java.io.ByteArrayOutputStream(head.length() + body.length);
        try (OutputStream out = bytes) {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
        }
        return bytes.toByteArray();
    }
}
