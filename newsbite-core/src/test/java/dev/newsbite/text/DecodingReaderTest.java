package dev.newsbite.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.text.DecodedHtml.CharsetSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecodingReaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void readsWhatTheStringDecoderReadsForAnyBytes() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(3_000)];
            random.nextBytes(bytes);
            for (Charset charset : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
                String expected = new String(bytes, charset);
                DecodingReader reader = reader(bytes, charset, Long.MAX_VALUE);
                assertThat(readAll(reader, 1 + random.nextInt(700))).isEqualTo(expected);
                assertThat(reader.truncated()).isFalse();
                assertThat(reader.totalChars()).isEqualTo(expected.length());
            }
        }
    }

    @Test
    void notesBadBytesButNotAReplacementCharacterThatWasWritten() throws IOException {
        DecodingReader bad = reader(new byte[] {'a', (byte) 0xC3, 'b'}, StandardCharsets.UTF_8, Long.MAX_VALUE);
        assertThat(readAll(bad, 64)).isEqualTo("a\uFFFDb");
        assertThat(bad.malformed()).isTrue();

        DecodingReader written = reader("a\uFFFDb".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                Long.MAX_VALUE);
        assertThat(readAll(written, 64)).isEqualTo("a\uFFFDb");
        assertThat(written.malformed()).isFalse();
    }

    @Test
    void handsOutAtMostTheCapAndCountsTheRest() throws IOException {
        byte[] bytes = "héllo wörld".getBytes(StandardCharsets.UTF_8);
        DecodingReader reader = reader(bytes, StandardCharsets.UTF_8, 5);
        assertThat(readAll(reader, 64)).isEqualTo("héllo");
        assertThat(reader.truncated()).isTrue();
        assertThat(reader.totalChars()).isEqualTo(11);
    }

    @Test
    void cutsASurrogatePairAtTheCapAsASubstringWould() throws IOException {
        String text = "ab\uD83D\uDE00cd";
        DecodingReader reader = reader(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 3);
        assertThat(readAll(reader, 64)).isEqualTo(text.substring(0, 3));
        assertThat(reader.totalChars()).isEqualTo(text.length());
    }

    @Test
    void handsOutASurrogatePairOneCharacterAtATime() throws IOException {
        String text = "\uD83D\uDE00x\uD83D\uDE01";
        DecodingReader reader = reader(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Long.MAX_VALUE);
        assertThat(readAll(reader, 1)).isEqualTo(text);
    }

    @Test
    void startsAfterTheByteOrderMark() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        PageEncoding encoding = HtmlDecoder.encodingOf(bytes, null);
        assertThat(encoding.source()).isEqualTo(CharsetSource.BYTE_ORDER_MARK);
        assertThat(readAll(new DecodingReader(bytes, encoding, Long.MAX_VALUE), 64)).isEqualTo("hi");
    }

    private static DecodingReader reader(byte[] bytes, Charset charset, long maxChars) {
        return new DecodingReader(bytes, new PageEncoding(charset, 0, CharsetSource.HTTP_HEADER), maxChars);
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        int n;
        while ((n = reader.read(buffer, 0, chunk)) >= 0) {
            assertThat(n).isPositive();
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
