package dev.newsbite;

/**
 * How an {@link Extractor} works. Immutable; {@link #defaults()} suits pages of the open web.
 *
 * @param maxInputChars HTML beyond this many characters is cut off before parsing (the article
 *     is then partial and a {@code truncated} problem is reported)
 * @param timeBudgetMillis after this long the extractor stops refining and returns what it has
 * @param bite whether article pages get their bite (summary, reading time, who and where, quotes);
 *     off, {@code Article.bite()} is null and {@code Article.quotes()} empty, and extraction is a
 *     little faster
 */
public record ExtractOptions(int maxInputChars, long timeBudgetMillis, boolean bite) {
    /** 10 million characters; 2 seconds. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;
    public static final long DEFAULT_TIME_BUDGET_MILLIS = 2_000;

    public ExtractOptions {
        if (maxInputChars <= 0) {
            throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars);
        }
        if (timeBudgetMillis <= 0) {
            throw new IllegalArgumentException("timeBudgetMillis must be positive: " + timeBudgetMillis);
        }
    }

    /** With the bite on, as before the bite existed in every other respect. */
    public ExtractOptions(int maxInputChars, long timeBudgetMillis) {
        this(maxInputChars, timeBudgetMillis, true);
    }

    /** 10 million characters; 2 seconds; the bite on. */
    public static ExtractOptions defaults() {
        return new ExtractOptions(DEFAULT_MAX_INPUT_CHARS, DEFAULT_TIME_BUDGET_MILLIS, true);
    }

    public ExtractOptions withMaxInputChars(int chars) {
        return new ExtractOptions(chars, timeBudgetMillis, bite);
    }

    public ExtractOptions withTimeBudgetMillis(long millis) {
        return new ExtractOptions(maxInputChars, millis, bite);
    }

    /** The same options with the bite on or off. */
    public ExtractOptions withBite(boolean on) {
        return new ExtractOptions(maxInputChars, timeBudgetMillis, on);
    }
}
