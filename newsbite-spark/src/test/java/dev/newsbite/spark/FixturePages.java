package dev.newsbite.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The core's fixture pages ({@code pages/<name>/page.html} and the address in its
 * {@code expected.json}), read where they are: a folder in a reactor build, the core's test jar
 * otherwise.
 */
final class FixturePages {
    record Fixture(String name, String url, byte[] html) {
    }

    private FixturePages() {
    }

    static List<Fixture> all() {
        URL root = FixturePages.class.getResource("/pages");
        if (root == null) {
            throw new IllegalStateException("the core's fixture pages are not on the test class path (pages/)");
        }
        try {
            URI uri = root.toURI();
            Path dir = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
            List<Fixture> fixtures = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(dir)) {
                for (Path d : dirs.sorted().toList()) {
                    Path page = d.resolve("page.html");
                    Path expected = d.resolve("expected.json");
                    if (Files.isRegularFile(page) && Files.isRegularFile(expected)) {
                        JsonNode json = JsonMapper.builder().build().readTree(Files.readAllBytes(expected));
                        String url = json.path("url").isTextual() ? json.get("url").asText() : null;
                        fixtures.add(new Fixture(d.getFileName().toString().replace("/", ""), url,
                                Files.readAllBytes(page)));
                    }
                }
            }
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }
}
