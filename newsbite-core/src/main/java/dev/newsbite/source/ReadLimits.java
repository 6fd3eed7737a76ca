package dev.newsbite.source;

/**
 * How many bytes a {@link PageReader} takes from one page. Immutable.
 *
 * @param maxReadBytes bytes read from the file or stream (compressed bytes for gzip); beyond this
 *     the page is cut and a {@code too-large} problem reported
 * @param maxDecompressedBytes bytes a gzip page may inflate to; beyond this the page is cut (a
 *     gzip bomb stops here)
 */
public record ReadLimits(int maxReadBytes, int maxDecompressedBytes) {
    /** 32 MiB read. */
    public static final int DEFAULT_MAX_READ_BYTES = 32 << 20;
    /** 64 MiB decompressed. */
    public static final int DEFAULT_MAX_DECOMPRESSED_BYTES = 64 << 20;
    /** Java arrays cannot be much larger than this. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    public ReadLimits {
        if (maxReadBytes <= 0 || maxReadBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxReadBytes out of range: " + maxReadBytes);
        }
        if (maxDecompressedBytes <= 0 || maxDecompressedBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxDecompressedBytes out of range: " + maxDecompressedBytes);
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_READ_BYTES, DEFAULT_MAX_DECOMPRESSED_BYTES);
    }

    public ReadLimits withMaxReadBytes(int bytes) {
        return new ReadLimits(bytes, maxDecompressedBytes);
    }

    public ReadLimits withMaxDecompressedBytes(int bytes) {
        return new ReadLimits(maxReadBytes, bytes);
    }
}
