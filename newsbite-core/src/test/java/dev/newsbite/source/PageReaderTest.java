package dev.newsbite.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
    private static final String PAGE = "<html><body><p>Hello, world.</p></body></html>";

    @TempDir
    Path dir;

    private final PageReader reader = PageReader.create();

    @Test
    void readsPlainHtml() throws Exception {
        Path file = Files.writeString(dir.resolve("a.html"), PAGE);
        PageBytes page = reader.read(file);
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.complete()).isTrue();
    }

    @Test
    void gunzipsGzipFiles() throws Exception {
        Path file = Files.write(dir.resolve("a.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        PageBytes page = reader.read(file);
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.problem()).isNull();
    }

    @Test
    void recognisesGzipByItsBytesNotItsName() throws Exception {
        Path file = Files.write(dir.resolve("mislabelled.html"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(reader.read(file).bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void truncatedGzipKeepsWhatDecompressedAndSaysSo() throws Exception {
        byte[] big = ("<html><body>" + "<p>Some words in a paragraph.</p>".repeat(5000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(big);
        Path file = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        PageBytes page = reader.read(file);
        assertThat(page.bytes().length).isGreaterThan(0).isLessThan(big.length);
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).startsWith("<html><body><p>Some words");
        assertThat(page.problem().code()).isEqualTo("truncated");
        assertThat(page.problem().message()).contains("ends early").doesNotContain("\n");
    }

    @Test
    void gzipThatGivesNothingIsCorrupt() throws Exception {
        Path file = Files.write(dir.resolve("bad.html.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2});
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(PageReadException.class)
                .extracting(e -> ((PageReadException) e).kind())
                .isEqualTo(PageReadException.Kind.CORRUPT);
    }

    @Test
    void gzipBombStopsAtTheDecompressionCap() throws Exception {
        byte[] zeros = new byte[8 << 20];
        Path file = Files.write(dir.resolve("bomb.html.gz"), gzip(zeros));
        PageReader small = new PageReader(ReadLimits.defaults().withMaxDecompressedBytes(1 << 20));
        PageBytes page = small.read(file);
        assertThat(page.bytes()).hasSize(1 << 20);
        assertThat(page.problem().code()).isEqualTo("too-large");
        assertThat(page.problem().message()).contains("inflates to more than 1 MiB");
    }

    @Test
    void plainFileOverTheReadCapIsCut() throws Exception {
        Path file = Files.writeString(dir.resolve("big.html"), "x".repeat(5000));
        PageReader small = new PageReader(ReadLimits.defaults().withMaxReadBytes(1000));
        PageBytes page = small.read(file);
        assertThat(page.bytes()).hasSize(1000);
        assertThat(page.problem().code()).isEqualTo("too-large");
    }

    @Test
    void fileExactlyAtTheCapIsWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("exact.html"), "x".repeat(1000));
        PageBytes page = new PageReader(ReadLimits.defaults().withMaxReadBytes(1000)).read(file);
        assertThat(page.bytes()).hasSize(1000);
        assertThat(page.complete()).isTrue();
    }

    @Test
    void compressedFileOverTheReadCapIsCutAndSaysWhy() throws Exception {
        byte[] random = new byte[200_000];
        new java.util.Random(1).nextBytes(random);
        Path file = Files.write(dir.resolve("big.html.gz"), gzip(random));
        PageBytes page = new PageReader(ReadLimits.defaults().withMaxReadBytes(50_000)).read(file);
        assertThat(page.problem().message()).startsWith("file is larger than 50000 bytes");
        assertThat(page.bytes().length).isLessThan(random.length);
    }

    @Test
    void emptyFileGivesNoBytes() throws Exception {
        Path file = Files.write(dir.resolve("empty.html"), new byte[0]);
        PageBytes page = reader.read(file);
        assertThat(page.bytes()).isEmpty();
        assertThat(page.complete()).isTrue();
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.html")))
                .isInstanceOf(PageReadException.class)
                .hasMessage("no such file")
                .extracting(e -> ((PageReadException) e).kind())
                .isEqualTo(PageReadException.Kind.NOT_FOUND);
    }

    @Test
    void directoryIsUnreadable() {
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(PageReadException.class)
                .extracting(e -> ((PageReadException) e).kind())
                .isEqualTo(PageReadException.Kind.UNREADABLE);
    }

    @Test
    void readsFromAStreamAndLeavesItOpen() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(gzip(PAGE.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(new String(reader.read(in).bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void ioErrorMidStreamIsUnreadable() {
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 10) {
                    throw new IOException("device gone");
                }
                return '<';
            }
        };
        assertThatThrownBy(() -> reader.read(failing))
                .isInstanceOf(PageReadException.class)
                .hasMessage("cannot read: device gone");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
