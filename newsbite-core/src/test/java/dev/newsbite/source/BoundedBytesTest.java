package dev.newsbite.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class BoundedBytesTest {
    private static final byte[] TEXT = "<p>deflated text</p>".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void readStopsAtTheCapAndNoticesMore() {
        BoundedBytes.Outcome o = BoundedBytes.read(new ByteArrayInputStream(new byte[300_000]), 200_000);
        assertThat(o.bytes()).hasSize(200_000);
        assertThat(o.overflowed()).isTrue();
        assertThat(o.complete()).isFalse();
    }

    @Test
    void readUnderTheCapIsComplete() {
        BoundedBytes.Outcome o = BoundedBytes.read(new ByteArrayInputStream(new byte[100_000]), 200_000);
        assertThat(o.bytes()).hasSize(100_000);
        assertThat(o.complete()).isTrue();
    }

    @Test
    void inflatesZlibWrappedDeflate() throws Exception {
        BoundedBytes.Outcome o = BoundedBytes.inflate(deflate(TEXT, false), 1 << 20);
        assertThat(o.bytes()).isEqualTo(TEXT);
        assertThat(o.complete()).isTrue();
    }

    @Test
    void inflatesRawDeflateAsSomeServersSendIt() throws Exception {
        BoundedBytes.Outcome o = BoundedBytes.inflate(deflate(TEXT, true), 1 << 20);
        assertThat(o.bytes()).isEqualTo(TEXT);
    }

    @Test
    void inflationStopsAtTheCap() throws Exception {
        BoundedBytes.Outcome o = BoundedBytes.inflate(deflate(new byte[5 << 20], false), 1 << 20);
        assertThat(o.bytes()).hasSize(1 << 20);
        assertThat(o.overflowed()).isTrue();
    }

    @Test
    void gunzipOfNonGzipFailsWithNoBytes() {
        BoundedBytes.Outcome o = BoundedBytes.gunzip(new ByteArrayInputStream(TEXT), 1000);
        assertThat(o.bytes()).isEmpty();
        assertThat(o.failure()).isNotNull();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(data);
        }
        deflater.end();
        return out.toByteArray();
    }
}
