package dev.newsbite.cli.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The page files of a batch, in a fixed order: the inputs in the order given, each directory
 * walked depth first with its entries sorted by name. Symbolic links are followed; a directory met
 * again (a link loop, or two links to one place) is walked once, and so is a file. The walk uses
 * an explicit stack, so deep trees cannot overflow it.
 */
public final class InputWalker {
    private static final String[] PAGE_SUFFIXES = {".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz"};

    private InputWalker() {
    }

    /**
     * The files found, and warnings about directories that could not be listed.
     *
     * @param files files named as inputs come whatever their name (a missing one too: its row says
     *     so); files inside directories only when named like pages
     */
    public record Walk(List<Path> files, List<String> warnings) {
    }

    public static Walk walk(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<Path> seenDirs = new HashSet<>();
        Set<Path> seenFiles = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walkDirectory(input, files, warnings, seenDirs, seenFiles);
            } else if (seenFiles.add(identity(input))) {
                files.add(input);
            }
        }
        return new Walk(List.copyOf(files), List.copyOf(warnings));
    }

    /**
     * True for names such as {@code story.html}, {@code story.htm} and {@code story.html.gz}, and
     * for WARC files ({@code crawl.warc}, {@code crawl.warc.gz}).
     */
    public static boolean isPageName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString().toLowerCase(Locale.ROOT);
        for (String suffix : PAGE_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static void walkDirectory(Path root, List<Path> files, List<String> warnings, Set<Path> seenDirs,
            Set<Path> seenFiles) {
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Path path = stack.pop();
            if (Files.isDirectory(path)) {
                if (!seenDirs.add(identity(path))) {
                    continue;
                }
                List<Path> children = list(path, warnings);
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            } else if (isPageName(path) && Files.isRegularFile(path) && seenFiles.add(identity(path))) {
                files.add(path);
            }
        }
    }

    private static List<Path> list(Path dir, List<String> warnings) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                children.add(entry);
            }
        } catch (IOException | SecurityException e) {
            warnings.add("cannot list " + dir + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return children;
    }

    /** Where a path really leads (links followed); the path itself when that cannot be known. */
    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
