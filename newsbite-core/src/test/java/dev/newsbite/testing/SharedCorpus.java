package dev.newsbite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public benchmark pages live: {@code ../shared/bench} beside the checkout, or the
 * directory named by the {@code newsbite.shared} system property. They are never copied into the
 * project; tests that need them skip, with a clear message, where they are absent.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The shared folder, or null when it cannot be found. */
    public static Path sharedOrNull() {
        String configured = System.getProperty("newsbite.shared");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("bench"))) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /** {@code shared/bench/<name>}; skips the calling test when it is absent. */
    public static Path benchOrSkip(String name) {
        Path shared = sharedOrNull();
        Path dir = shared == null ? null : shared.resolve("bench").resolve(name);
        assumeTrue(dir != null && Files.isDirectory(dir),
                "skipped: benchmark data ../shared/bench/" + name + " is absent (it is never copied into the project)");
        return dir;
    }

    /** A benchmark page as bytes: its set ("scrapinghub" or "readability-pages") and its file. */
    public record BenchPage(String set, Path file, byte[] bytes) {
    }

    /**
     * The 181 scrapinghub pages (gzipped HTML) and the readability-pages sources, in name order;
     * skips the calling test when either set is absent.
     */
    public static List<BenchPage> allPages() throws IOException {
        List<BenchPage> pages = new ArrayList<>(scrapinghubPages());
        try (Stream<Path> dirs = Files.list(benchOrSkip("readability-pages"))) {
            for (Path source : dirs.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).sorted().toList()) {
                pages.add(new BenchPage("readability-pages", source, Files.readAllBytes(source)));
            }
        }
        return pages;
    }

    /** The 181 scrapinghub pages, ungzipped, in name order; skips the calling test when absent. */
    public static List<BenchPage> scrapinghubPages() throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(benchOrSkip("scrapinghub").resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new BenchPage("scrapinghub", f, in.readAllBytes()));
                }
            }
        }
        return pages;
    }
}
