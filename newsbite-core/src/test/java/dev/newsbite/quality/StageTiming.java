package dev.newsbite.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.content.ContentExtractor;
import dev.newsbite.internal.Deadline;
import dev.newsbite.listing.ListingExtractor;
import dev.newsbite.meta.Metadata;
import dev.newsbite.meta.MetadataExtractor;
import dev.newsbite.testing.SharedCorpus;
import dev.newsbite.text.HtmlDecoder;
import java.io.InputStream;
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
 * Where extraction time goes, stage by stage, on the scrapinghub pages: each page's best of
 * {@code rounds} warm runs per stage, summed. A developer's tool for shares, not a benchmark (JMH in
 * newsbite-bench gives the figures that count).
 *
 * <p>Usage: {@code StageTiming [rounds]}
 */
public final class StageTiming {
    private static final String[] STAGES = {"decode", "parse", "metadata", "listing", "content", "jsoup parse+text"};

    private StageTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        Path dir = shared.resolve("bench/scrapinghub");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<byte[]> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(in.readAllBytes());
                }
                urls.add(truth.path(f.getFileName().toString().split("\\.")[0]).path("url").asText(null));
            }
        }
        MetadataExtractor meta = new MetadataExtractor();
        ListingExtractor listing = new ListingExtractor();
        ContentExtractor content = new ContentExtractor();
        int n = pages.size();
        double[][] best = new double[STAGES.length][n];
        for (double[] b : best) {
            Arrays.fill(b, Double.MAX_VALUE);
        }
        long[] t = new long[STAGES.length + 1];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < n; i++) {
                t[0] = System.nanoTime();
                String html = HtmlDecoder.decode(pages.get(i), null).html();
                t[1] = System.nanoTime();
                Document doc = Jsoup.parse(html, urls.get(i));
                t[2] = System.nanoTime();
                Metadata m = meta.extract(doc);
                t[3] = System.nanoTime();
                listing.extract(doc);
                t[4] = System.nanoTime();
                content.extract(doc, m, Deadline.none());
                t[5] = System.nanoTime();
                Jsoup.parse(html, urls.get(i)).body().text();
                t[6] = System.nanoTime();
                for (int s = 0; s < STAGES.length; s++) {
                    best[s][i] = Math.min(best[s][i], (t[s + 1] - t[s]) / 1e6);
                }
            }
        }
        double total = 0;
        for (int s = 0; s < STAGES.length - 1; s++) {
            total += Arrays.stream(best[s]).sum();
        }
        for (int s = 0; s < STAGES.length; s++) {
            double sum = Arrays.stream(best[s]).sum();
            String share = s < STAGES.length - 1 ? String.format("%4.0f %%", 100 * sum / total) : "";
            System.out.printf("%-18s %6.2f ms/page %s%n", STAGES[s], sum / n, share);
        }
    }
}
