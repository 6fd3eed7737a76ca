package dev.newsbite.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What the first pass learnt of one WARC file: how many HTML pages it holds and where every
 * {@code granule}-th page's record starts (pages 0, granule, 2 x granule, ...), which is all the
 * slicing needs while keeping the driver's share small (a 40,000-page file gives 800 offsets).
 * {@code splittable} is false for a whole-file gzip stream, which can only be read from its start.
 * {@code error} is set when the file could not be read at all (it then has no slice).
 */
public record FileIndex(String file, long length, long pages, int granule, long[] pageOffsets, boolean splittable,
        String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    public FileIndex {
        if (granule < 1) {
            throw new IllegalArgumentException("granule must be at least 1: " + granule);
        }
        pageOffsets = pageOffsets.clone();
    }

    static FileIndex unreadable(String file, long length, String error) {
        return new FileIndex(file, length, 0, 1, new long[0], false, error);
    }

    @Override
    public long[] pageOffsets() {
        return pageOffsets.clone();
    }

    /** The offset of page {@code i x granule}. */
    long offsetOfGranule(int i) {
        return pageOffsets[i];
    }

    int granules() {
        return pageOffsets.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileIndex f && f.file.equals(file) && f.length == length && f.pages == pages
                && f.granule == granule && Arrays.equals(f.pageOffsets, pageOffsets) && f.splittable == splittable
                && java.util.Objects.equals(f.error, error);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Long.hashCode(pages);
    }

    @Override
    public String toString() {
        return "FileIndex[" + file + ", " + pages + " pages, " + pageOffsets.length + " offsets, splittable="
                + splittable + (error == null ? "" : ", error=" + error) + "]";
    }
}
