package dev.newsbite.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Good and hostile page files, written at test time into a directory: what a batch meets in the
 * wild (empty and binary files, truncated gzip, a gzip bomb, a 20 MB page, 100,000 nested divs, a
 * 5 MB attribute, broken encodings, symbolic link loops).
 */
public final class HostileFiles {
    /** What a file's row must show. */
    public enum Expect {
        /** Body text and no error. */
        TEXT,
        /** An error. */
        ERROR,
        /** Body text, and an error that says why it may be incomplete or damaged. */
        PARTIAL,
        /** A row with text or an error: survived, whatever it made of the page. */
        ROW
    }

    static final String STORY = "<p>The council met on Tuesday to discuss the new bridge over the river, "
            + "which has been closed for repairs since the spring floods damaged its supports.</p>\n";

    private HostileFiles() {
    }

    /** Writes the files into {@code dir}; returns the path of each file that must get a row, relative to {@code dir}. */
    public static Map<String, Expect> write(Path dir) throws IOException {
        Map<String, Expect> expected = new LinkedHashMap<>();
        Files.createDirectories(dir);
        byte[] article = page("A bridge reopens", STORY.repeat(8)).getBytes(StandardCharsets.UTF_8);

        put(dir, expected, "good-article.html", article, Expect.TEXT);
        put(dir, expected, "good-gzipped.html.gz", gzip(article), Expect.TEXT);
        put(dir, expected, "good-short.htm", page("Short", STORY).getBytes(StandardCharsets.UTF_8), Expect.TEXT);
        put(dir, expected, "not-really-gzip.html.gz", article, Expect.TEXT);

        put(dir, expected, "empty.html", new byte[0], Expect.ERROR);
        byte[] garbage = new byte[100_000];
        new Random(42).nextBytes(garbage);
        put(dir, expected, "binary-garbage.html", garbage, Expect.ERROR);
        byte[] longPage = gzip(page("Long", STORY.repeat(2000)).getBytes(StandardCharsets.UTF_8));
        put(dir, expected, "truncated.html.gz", Arrays.copyOf(longPage, longPage.length / 2), Expect.ERROR);
        put(dir, expected, "corrupt-gzip.html.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 9, 9, 9, 9}, Expect.ERROR);
        put(dir, expected, "gzip-bomb.html.gz", gzipOfZeros(70 << 20), Expect.ERROR);

        writeHugePage(dir.resolve("huge-20mb.html"));
        expected.put("huge-20mb.html", Expect.ROW);
        writeNestedDivs(dir.resolve("nested-divs.html"), 100_000);
        expected.put("nested-divs.html", Expect.ROW);
        writeHugeAttribute(dir.resolve("huge-attribute.html"));
        expected.put("huge-attribute.html", Expect.TEXT);

        put(dir, expected, "encoding-latin1-declared-utf8.html", concat(
                "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9</title></head><body>".getBytes(StandardCharsets.UTF_8),
                STORY.replace("river", "rivi\u00e8re").getBytes(StandardCharsets.ISO_8859_1),
                "</body></html>".getBytes(StandardCharsets.UTF_8)), Expect.PARTIAL);
        put(dir, expected, "encoding-unknown-charset.html",
                page("Unknown", STORY).replace("<head>", "<head><meta charset=\"x-no-such-charset\">")
                        .getBytes(StandardCharsets.UTF_8), Expect.TEXT);
        put(dir, expected, "encoding-invalid-utf8.html", concat(
                page("Broken", STORY).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF8, (byte) 0x88,
                    (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xFF}), Expect.TEXT);
        put(dir, expected, "encoding-utf16-odd-length.html", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                page("Wide", STORY).getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41}), Expect.ROW);
        put(dir, expected, "encoding-lone-surrogate-entity.html",
                page("Entities", STORY + "<p>&#xD800; &#0; &#x110000; &#xFFFE;</p>").getBytes(StandardCharsets.UTF_8),
                Expect.TEXT);

        Path sub = Files.createDirectories(dir.resolve("sub/deeper"));
        Files.write(sub.resolve("good-nested.html"), article);
        expected.put("sub/deeper/good-nested.html", Expect.TEXT);
        Files.writeString(dir.resolve("sub/notes.txt"), "not a page");
        links(dir, sub);
        return expected;
    }

    private static void links(Path dir, Path sub) throws IOException {
        try {
            Files.createSymbolicLink(sub.resolve("loop-to-parent"), sub.getParent());
            Files.createSymbolicLink(dir.resolve("loop-to-self"), dir);
            Files.createSymbolicLink(dir.resolve("self-link.html"), dir.resolve("self-link.html"));
            Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("no-such-target.html"));
            Files.createSymbolicLink(dir.resolve("zz-link-to-good.html"), dir.resolve("good-article.html"));
        } catch (UnsupportedOperationException e) {
            // No symbolic links on this file system: nothing to loop.
        }
    }

    private static void put(Path dir, Map<String, Expect> expected, String name, byte[] bytes, Expect expect)
            throws IOException {
        Files.write(dir.resolve(name), bytes);
        expected.put(name, expect);
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1>" + body + "</article></body></html>";
    }

    private static void writeHugePage(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Huge</title></head><body><article>");
            long written = 0;
            while (written < 20_000_000) {
                w.write(STORY);
                written += STORY.length();
            }
            w.write("</article></body></html>");
        }
    }

    private static void writeNestedDivs(Path file, int depth) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Deep</title></head><body>");
            for (int i = 0; i < depth; i++) {
                w.write("<div>");
            }
            w.write(STORY);
            for (int i = 0; i < depth; i++) {
                w.write("</div>");
            }
            w.write("</body></html>");
        }
    }

    private static void writeHugeAttribute(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Attribute</title></head><body><article><div class=\"");
            for (int i = 0; i < 5_000_000 / 10; i++) {
                w.write("aaaa bbbb ");
            }
            w.write("\">");
            w.write(STORY.repeat(5));
            w.write("</div></article></body></html>");
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gzipOfZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        try (OutputStream gz = new GZIPOutputStream(out)) {
            for (int i = 0; i < size / chunk.length; i++) {
                gz.write(chunk);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
