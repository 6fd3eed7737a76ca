package dev.newsbite.spark;

import java.util.Locale;

/** How {@code articles/} is written. */
public enum OutputFormat {
    /** Columnar and compressed: the one to query (Spark, DuckDB, pandas, ...). */
    PARQUET,
    /** JSON Lines, one article a line, every field present (null when absent), as batch writes them. */
    JSONL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
