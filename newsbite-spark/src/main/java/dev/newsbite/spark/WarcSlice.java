package dev.newsbite.spark;

import java.io.Serializable;

/**
 * One task's share of a WARC file: the records from byte {@code start} (a record's first byte) up
 * to, not including, the record at {@code end}, or to the end of the file when {@code end} is
 * {@link #TO_END}. {@code pages} is the number of HTML pages the index found in it (for balancing).
 */
public record WarcSlice(String file, long start, long end, long pages) implements Serializable {
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

    /** The last slice of its file: the one that sees how the file ends. */
    public boolean isLast() {
        return end == TO_END;
    }
}
