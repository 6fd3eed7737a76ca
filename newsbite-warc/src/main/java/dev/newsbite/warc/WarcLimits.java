package dev.newsbite.warc;

/**
 * Bounds on what one record may cost.
 *
 * @param maxBodyBytes the largest decoded payload read; bigger ones are skipped as
 *     {@link SkipReason#TOO_LARGE} without being held in memory
 */
public record WarcLimits(int maxBodyBytes) {
    /** The same cap as the fetcher's: 10 MB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

    public WarcLimits {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    public static WarcLimits defaults() {
        return new WarcLimits(DEFAULT_MAX_BODY_BYTES);
    }
}
