package dev.newsbite.source;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reading and decompressing with a byte cap, keeping what was read when the data is cut short.
 * Decompression is where a small input turns huge (a gzip bomb), so every inflation here stops at
 * its cap instead of trusting the data.
 */
public final class BoundedBytes {
    private static final int FIRST_BUFFER = 64 * 1024;

    private BoundedBytes() {
    }

    /**
     * What a capped read gave.
     *
     * @param bytes the bytes read, at most the cap
     * @param overflowed true when there was more than the cap (the rest was not read)
     * @param failure the error that stopped the read early (a truncated or corrupt stream), or null
     */
    public record Outcome(byte[] bytes, boolean overflowed, IOException failure) {
        /** True when the bytes are all the data. */
        public boolean complete() {
            return !overflowed && failure == null;
        }
    }

    /** Reads {@code in} to its end or to {@code cap} bytes, whichever comes first. */
    public static Outcome read(InputStream in, int cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        byte[] buf = new byte[Math.min(cap, FIRST_BUFFER)];
        int n = 0;
        try {
            while (true) {
                if (n == buf.length) {
                    if (n == cap) {
                        return new Outcome(buf, in.read() >= 0, null);
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(cap, buf.length * 2L));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return new Outcome(Arrays.copyOf(buf, n), false, null);
                }
                n += r;
            }
        } catch (IOException e) {
            return new Outcome(Arrays.copyOf(buf, n), false, e);
        }
    }

    /**
     * Gunzips {@code compressed} (one or more gzip members) to at most {@code cap} bytes. A stream
     * that is not gzip at all gives no bytes and a failure. {@code compressed} is left open.
     */
    public static Outcome gunzip(InputStream compressed, int cap) {
        GZIPInputStream gz;
        try {
            gz = new GZIPInputStream(new FilterInputStream(compressed) {
                @Override
                public void close() {
                    // Closing the gzip stream frees its inflater; the caller's stream stays open.
                }
            }, FIRST_BUFFER);
        } catch (IOException e) {
            return new Outcome(new byte[0], false, e);
        }
        Outcome outcome = read(gz, cap);
        closeQuietly(gz);
        return outcome;
    }

    /**
     * Inflates an HTTP {@code Content-Encoding: deflate} body to at most {@code cap} bytes. The
     * standard says zlib-wrapped deflate, but some servers send raw deflate: the zlib header
     * decides.
     */
    public static Outcome inflate(byte[] deflated, int cap) {
        Inflater inflater = new Inflater(!hasZlibHeader(deflated));
        try {
            return read(new InflaterInputStream(new ByteArrayInputStream(deflated), inflater, FIRST_BUFFER), cap);
        } finally {
            // InflaterInputStream leaves an inflater it was given open.
            inflater.end();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The bytes are read; a failing close changes nothing for the caller.
        }
    }

    /** RFC 1950: compression method 8, and the first two bytes are a multiple of 31. */
    private static boolean hasZlibHeader(byte[] data) {
        if (data.length < 2) {
            return false;
        }
        int cmf = data[0] & 0xFF;
        int flg = data[1] & 0xFF;
        return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }
}
