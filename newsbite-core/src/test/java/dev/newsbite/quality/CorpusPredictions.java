package dev.newsbite.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.testing.SharedCorpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A developer's loop, straight on the library: writes the predictions file that the shared scorers
 * read, for one benchmark set. {@code scripts/dev-score} runs it and the scorer. (The product's own
 * route is {@code ./newsbite batch} and {@code scripts/bench-quality}.)
 *
 * <p>Usage: {@code CorpusPredictions scrapinghub|readability OUT.jsonl}
 */
public final class CorpusPredictions {
    /** The address Readability's own tests give these pages. */
    static final String READABILITY_PAGE_URL = "http://fakehost/test/page.html";

    private CorpusPredictions() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CorpusPredictions scrapinghub|readability OUT.jsonl");
            System.exit(2);
        }
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            System.exit(0);
        }
        ObjectMapper json = new ObjectMapper();
        Extractor extractor = Extractor.create();
        List<Page> pages = switch (args[0]) {
            case "scrapinghub" -> scrapinghub(shared.resolve("bench/scrapinghub"), json);
            case "readability" -> readability(shared.resolve("bench/readability-pages"));
            default -> throw new IllegalArgumentException("unknown set " + args[0]);
        };
        long nanos = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Page page : pages) {
                ObjectNode row = json.createObjectNode();
                row.put("id", page.id);
                long start = System.nanoTime();
                try {
                    Article a = extractor.extract(page.bytes, page.url, null).article();
                    nanos += System.nanoTime() - start;
                    row.put("title", a.title());
                    row.put("byline", a.byline());
                    row.put("published", a.published());
                    row.put("excerpt", a.standfirst());
                    row.put("siteName", a.siteName());
                    row.put("pageType", a.pageType().wireName());
                    row.put("text", a.bodyText());
                } catch (Exception e) {
                    row.put("error", e.toString());
                    row.put("text", "");
                }
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
        }
        System.err.printf("%d pages, %.2f ms/page (one cold pass, parse included)%n",
                pages.size(), nanos / 1e6 / pages.size());
    }

    private record Page(String id, String url, byte[] bytes) {
    }

    private static List<Page> scrapinghub(Path dir, ObjectMapper json) throws IOException {
        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().split("\\.")[0];
                String url = truth.path(id).path("url").asText(null);
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new Page(id, url, in.readAllBytes()));
                }
            }
        }
        return pages;
    }

    private static List<Page> readability(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir)) {
            for (Path d : dirs.sorted().toList()) {
                Path source = d.resolve("source.html");
                if (Files.isRegularFile(source)) {
                    pages.add(new Page(d.getFileName().toString(), READABILITY_PAGE_URL, Files.readAllBytes(source)));
                }
            }
        }
        return pages;
    }
}
