package dev.newsbite.meta;

import dev.newsbite.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A developer's warm timing of metadata extraction alone, on the readability pages (parsed once,
 * up front): the median page time of the last pass, and the mean. Not a benchmark (JMH is).
 *
 * <p>Usage: {@code MetadataTiming [passes]}
 */
public final class MetadataTiming {
    private MetadataTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(shared.resolve("bench/readability-pages"))) {
            for (Path d : dirs.sorted().toList()) {
                Path source = d.resolve("source.html");
                if (Files.isRegularFile(source)) {
                    docs.add(Jsoup.parse(Files.readString(source, StandardCharsets.UTF_8),
                            "https://example.com/" + d.getFileName() + "/"));
                }
            }
        }
        MetadataExtractor meta = new MetadataExtractor();
        long[] perPage = new long[docs.size()];
        int sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long total = 0;
            for (int i = 0; i < docs.size(); i++) {
                long t0 = System.nanoTime();
                Metadata m = meta.extract(docs.get(i));
                long t = System.nanoTime() - t0;
                sink += m.authors().size();
                perPage[i] = pass == 0 ? t : Math.min(perPage[i], t);
                total += t;
            }
            if (pass == passes - 1 || pass % 10 == 0) {
                long[] sorted = perPage.clone();
                Arrays.sort(sorted);
                System.err.printf("pass %d: mean %.3f ms/page, median of best %.3f ms/page%n", pass,
                        total / 1e6 / docs.size(), sorted[sorted.length / 2] / 1e6);
            }
        }
        if (sink == Integer.MIN_VALUE) {
            System.err.println(sink);
        }
    }
}
