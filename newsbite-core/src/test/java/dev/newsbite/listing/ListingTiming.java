package dev.newsbite.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.meta.Metadata;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import dev.newsbite.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A timing print in thread CPU time (not a benchmark: JMH lives in newsbite-bench): how long
 * {@link ListingExtractor} takes on the shared article pages, which are its common case, next to
 * jsoup's own {@code body().text()} on the same documents, and how many teasers it finds there.
 *
 * <p>Usage: {@code ListingTiming [passes]}; prints "skipped" when the shared pages are absent.
 */
public final class ListingTiming {
    /** Thread CPU time, not wall time: on a busy machine the wall clock also counts other work. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ListingTiming() {
    }

    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null || !Files.isDirectory(shared.resolve("bench/scrapinghub/html"))) {
            System.out.println("skipped: ../shared/bench/scrapinghub is absent");
            return;
        }
        List<String> bodies = new ArrayList<>();
        List<Document> docs = load(shared.resolve("bench/scrapinghub"), bodies);
        ListingExtractor extractor = new ListingExtractor();
        double[] listingMs = new double[passes];
        double[] textMs = new double[passes];
        int withTeasers = 0;
        int withSix = 0;
        int maxTeasers = 0;
        int notArticle = 0;
        int notArticleDeclared = 0;
        PageClassifier classifier = new PageClassifier();
        for (int pass = 0; pass < passes; pass++) {
            long listing = 0;
            long text = 0;
            for (int i = 0; i < docs.size(); i++) {
                Document doc = docs.get(i);
                long t0 = CPU.getCurrentThreadCpuTime();
                List<Teaser> teasers = extractor.extract(doc);
                long t1 = CPU.getCurrentThreadCpuTime();
                int len = doc.body().text().length();
                long t2 = CPU.getCurrentThreadCpuTime();
                listing += t1 - t0;
                text += t2 - t1 + (len < 0 ? 1 : 0);
                if (pass == passes - 1) {
                    withTeasers += teasers.isEmpty() ? 0 : 1;
                    withSix += teasers.size() >= PageClassifier.MIN_LISTING_TEASERS ? 1 : 0;
                    maxTeasers = Math.max(maxTeasers, teasers.size());
                    notArticle += classifier.classify(undeclared(null), bodies.get(i), teasers) != PageType.ARTICLE ? 1 : 0;
                    notArticleDeclared += classifier.classify(undeclared("article"), bodies.get(i), teasers)
                            != PageType.ARTICLE ? 1 : 0;
                }
            }
            listingMs[pass] = listing / 1e6 / docs.size();
            textMs[pass] = text / 1e6 / docs.size();
        }
        Arrays.sort(listingMs);
        Arrays.sort(textMs);
        System.out.printf("pages %d, passes %d%n", docs.size(), passes);
        System.out.printf("ListingExtractor: median %.3f ms/page (best %.3f); body().text(): median %.3f ms/page%n",
                listingMs[passes / 2], listingMs[0], textMs[passes / 2]);
        System.out.printf("article pages with teasers: %d, with >= %d teasers: %d, most teasers on one page: %d%n",
                withTeasers, PageClassifier.MIN_LISTING_TEASERS, withSix, maxTeasers);
        System.out.printf("classified as not an article with the true body: %d undeclared, %d declared article%n",
                notArticle, notArticleDeclared);
    }

    private static Metadata undeclared(String type) {
        return new Metadata(null, null, List.of(), null, null, null, null, null, null, null, null, type);
    }

    private static List<Document> load(Path dir, List<String> bodies) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.indexOf('.'));
                JsonNode entry = truth.get(id);
                String url = entry == null ? "" : entry.path("url").asText("");
                bodies.add(entry == null ? "" : entry.path("articleBody").asText(""));
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    docs.add(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url));
                }
            }
        }
        return docs;
    }
}
