package dev.newsbite.bite;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.testing.SharedCorpus;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A developer's probe of what the bite does to the extraction that runs before it: the extraction
 * of the scrapinghub pages without the bite, timed in thread CPU per page, in a JVM that runs the
 * bite after each page ({@code all}: summary and finders; {@code summary}: summary, reading time
 * and words only) or never ({@code none}). Each mode needs a JVM of its own, since what is measured
 * is how the JIT compiles the extraction when the bite's code runs beside it. Not a benchmark (JMH
 * is); compare modes run one after the other, more than once.
 *
 * <p>Usage: {@code BiteInterference none|summary|all [passes]} (default 40; the second half counts).
 */
public final class BiteInterference {
    private BiteInterference() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        String mode = args.length > 0 ? args[0] : "all";
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        BiteMaker bite = switch (mode) {
            case "all" -> BiteMaker.standard();
            case "summary" -> new BiteMaker(PeopleAndQuotes.none());
            case "none" -> null;
            default -> throw new IllegalArgumentException("mode: none, summary or all, not " + mode);
        };
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("bench/scrapinghub/html"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        Extractor extractor = Extractor.create(ExtractOptions.defaults().withBite(false));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> extraction = new ArrayList<>();
        List<Double> bites = new ArrayList<>();
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long extracting = 0;
            long biting = 0;
            for (byte[] page : pages) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Article article = extractor.extract(page, "https://example.com/news/story", null).article();
                long t1 = cpu.getCurrentThreadCpuTime();
                extracting += t1 - t0;
                if (bite != null && article.pageType() == PageType.ARTICLE) {
                    article = bite.addTo(article);
                    biting += cpu.getCurrentThreadCpuTime() - t1;
                }
                sink += article.hashCode();
            }
            if (pass >= passes / 2) {
                extraction.add(extracting / 1e3 / pages.size());
                bites.add(biting / 1e3 / pages.size());
            }
        }
        Collections.sort(extraction);
        Collections.sort(bites);
        System.out.printf("%s: extraction without the bite %.0f µs/page (best), %.0f (median); the bite %.0f (best), %.0f"
                + " (median); %d pages (%d)%n", mode, extraction.get(0), extraction.get(extraction.size() / 2),
                bites.get(0), bites.get(bites.size() / 2), pages.size(), sink & 1);
    }
}
