package dev.newsbite.bite.entities;

import dev.newsbite.Extraction;
import dev.newsbite.Extractor;
import dev.newsbite.bite.quotes.QuoteFinder;
import dev.newsbite.model.Block;
import dev.newsbite.testing.SharedCorpus;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A developer's warm timing of the entity and quotation finders against extraction itself, on the
 * scrapinghub pages (read at run time, never copied): extraction per page, then both finders on the
 * extracted body blocks, in thread CPU time. Not a benchmark (JMH is).
 *
 * <p>Usage: {@code BiteTiming [passes]}
 */
public final class BiteTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** {@code -Dbite.findersOnly=true} skips the extraction in the timed loop, for profiling the finders. */
    private static final boolean FINDERS_ONLY = Boolean.getBoolean("bite.findersOnly");

    private BiteTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("bench/scrapinghub/html"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Extractor extractor = Extractor.create();
        EntityFinder entities = EntityFinder.create();
        QuoteFinder quotes = QuoteFinder.create();
        List<List<String>> bodies = new ArrayList<>();
        long words = 0;
        for (String html : pages) {
            Extraction e = extractor.extract(html, "https://example.com/");
            List<String> paragraphs = new ArrayList<>();
            for (Block b : e.article().body()) {
                String t = b.text();
                if (t != null && !t.isBlank()) {
                    paragraphs.add(t);
                    words += t.split("\\s+").length;
                }
            }
            bodies.add(paragraphs);
        }
        for (int pass = 0; pass < passes; pass++) {
            long extract = 0;
            long entity = 0;
            long quote = 0;
            for (int i = 0; i < pages.size(); i++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                if (!FINDERS_ONLY) {
                    extractor.extract(pages.get(i), "https://example.com/");
                }
                long t1 = CPU.getCurrentThreadCpuTime();
                List<Entity> found = entities.find(bodies.get(i), "en");
                long t2 = CPU.getCurrentThreadCpuTime();
                quotes.find(bodies.get(i), found, "en");
                long t3 = CPU.getCurrentThreadCpuTime();
                extract += t1 - t0;
                entity += t2 - t1;
                quote += t3 - t2;
            }
            int n = pages.size();
            System.err.printf("pass %d: extraction %.0f µs/page, entities %.0f µs, quotes %.0f µs (%.1f%% of"
                    + " extraction; %d words/page)%n", pass, extract / 1e3 / n, entity / 1e3 / n, quote / 1e3 / n,
                    100.0 * (entity + quote) / extract, words / n);
        }
    }
}
