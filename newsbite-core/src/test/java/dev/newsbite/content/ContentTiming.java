package dev.newsbite.content;

import dev.newsbite.internal.Deadline;
import dev.newsbite.meta.MetadataExtractor;
import dev.newsbite.testing.SharedCorpus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A developer's warm timing of content extraction alone, on the scrapinghub pages: parse only
 * versus parse plus content extraction, median of several passes. Not a benchmark (JMH is).
 *
 * <p>Usage: {@code ContentTiming [passes]}
 */
public final class ContentTiming {
    private ContentTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("bench/scrapinghub/html"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        ContentExtractor extractor = new ContentExtractor();
        MetadataExtractor meta = new MetadataExtractor();
        for (int pass = 0; pass < passes; pass++) {
            long parse = 0;
            long content = 0;
            for (String html : pages) {
                long t0 = System.nanoTime();
                Document doc = Jsoup.parse(html, "https://example.com/");
                long t1 = System.nanoTime();
                extractor.extract(doc, meta.extract(doc), Deadline.in(2000));
                long t2 = System.nanoTime();
                parse += t1 - t0;
                content += t2 - t1;
            }
            System.err.printf("pass %d: parse %.2f ms/page, content %.2f ms/page%n", pass,
                    parse / 1e6 / pages.size(), content / 1e6 / pages.size());
        }
    }
}
