package dev.newsbite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's pages: the scrapinghub article pages from {@code ../shared/bench/scrapinghub}
 * (never copied into the project), each as its bytes and its original URL.
 */
final class BenchPages {
    /** The folder holding {@code shared/}, when it is not beside the checkout. */
    static final String SHARED_PROPERTY = "newsbite.shared";
    private static final String SET = "bench/scrapinghub";

    /** One page: its id (the file name up to the first dot), bytes as saved, and address. */
    record Page(String id, byte[] bytes, String url) {
    }

    private BenchPages() {
    }

    /**
     * Every page of the set, in file-name order.
     *
     * @throws IllegalStateException when the set cannot be found or read, saying where it looked
     */
    static List<Page> load() {
        Path dir = setDirectory();
        try {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
            List<Path> files;
            try (Stream<Path> list = Files.list(dir.resolve("html"))) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
            }
            List<Page> pages = new ArrayList<>(files.size());
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.indexOf('.'));
                JsonNode entry = truth.get(id);
                String url = entry == null || entry.get("url") == null ? null : entry.get("url").asText();
                pages.add(new Page(id, gunzip(file), url));
            }
            return pages;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the benchmark pages in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** {@code -Dnewsbite.shared=<dir>}, else a {@code shared/} folder beside the working directory or one of its parents. */
    private static Path setDirectory() {
        String configured = System.getProperty(SHARED_PROPERTY);
        List<Path> tried = new ArrayList<>();
        if (configured != null) {
            Path candidate = Path.of(configured).resolve(SET);
            if (Files.isDirectory(candidate.resolve("html"))) {
                return candidate;
            }
            tried.add(candidate);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(SET);
            if (Files.isDirectory(candidate.resolve("html"))) {
                return candidate.normalize();
            }
            tried.add(candidate.normalize());
        }
        throw new IllegalStateException("the benchmark pages (../shared/" + SET + "/html/*.html.gz) are absent; "
                + "run from a checkout beside shared/ or pass -D" + SHARED_PROPERTY + "=<folder holding bench/>. Looked in: "
                + tried);
    }
}
