package dev.newsbite.testing;

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
}
