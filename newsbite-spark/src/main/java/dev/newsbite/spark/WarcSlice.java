package dev.newsbite.spark;

import java.io.Serializable;

/**
 * One task's share of a WARC file: the pages whose records start in [{@code start}, {@code end})
 * ({@code end} {@link #TO_END}: to the end of the file), and the records that follow each of them
 * up to the next page. {@code start} is a record's first byte, or with {@code findRecord} any byte
 * of a file of one gzip member per record, from which the task finds the next record itself.
 * {@code pages} is about how many pages it holds (for balancing).
 */
public record WarcSlice(String file, long start, long end, long pages, boolean findRecord) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final long TO_END = -1;

    public WarcSlice {
        if (start < 0 || (end != TO_END && end <= start)) {
            throw new IllegalArgumentException("bad slice of " + file + ": " + start + ".." + end);
        }
    }

    /** Whether the record at {@code offset} belongs to a later slice. */
    public boolean endsBefore(long offset) {
        return end != TO_END && offset >= end;
    }
}
