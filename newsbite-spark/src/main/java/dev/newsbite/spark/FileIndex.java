package dev.newsbite.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the first pass learnt of one WARC file, enough to cut it into slices of about the same
 * number of pages while keeping the driver's share small.
 *
 * <ul>
 *   <li>{@link Layout#PAGE_OFFSETS}: the file was read to its end (uncompressed, or small):
 *       {@code pages} is exact and {@code pageOffsets} holds where every {@code granule}-th page's
 *       record starts (pages 0, granule, 2 x granule, ...).
 *   <li>{@link Layout#GZIP_MEMBERS}: one gzip member per record, only its first pages read: a
 *       slice may start at any byte and find the next record itself, so no index is needed (and the
 *       file is not inflated twice); {@code pages} is estimated from {@code bytesPerPage}.
 *   <li>{@link Layout#WHOLE}: one gzip stream over the whole file: one slice.
 * </ul>
 * {@code error} is set when the file could not be read at all (it then has no slice).
 */
public record FileIndex(String file, long length, Layout layout, long pages, double bytesPerPage, int granule,
        long[] pageOffsets, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Layout {
        PAGE_OFFSETS, GZIP_MEMBERS, WHOLE
    }

    public FileIndex {
        if (granule < 1) {
            throw new IllegalArgumentException("granule must be at least 1: " + granule);
        }
        Objects.requireNonNull(layout, "layout");
        pageOffsets = pageOffsets.clone();
    }

    static FileIndex pageOffsets(String file, long length, long pages, int granule, long[] offsets) {
        return new FileIndex(file, length, Layout.PAGE_OFFSETS, pages, pages == 0 ? length : (double) length / pages,
                granule, offsets, null);
    }

    static FileIndex gzipMembers(String file, long length, double bytesPerPage) {
        return new FileIndex(file, length, Layout.GZIP_MEMBERS, Math.round(length / bytesPerPage), bytesPerPage, 1,
                new long[0], null);
    }

    static FileIndex whole(String file, long length, long pages) {
        return new FileIndex(file, length, Layout.WHOLE, pages, pages == 0 ? length : (double) length / pages, 1,
                new long[0], null);
    }

    static FileIndex unreadable(String file, long length, String error) {
        return new FileIndex(file, length, Layout.WHOLE, 0, length, 1, new long[0], error);
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
        return o instanceof FileIndex f && f.file.equals(file) && f.length == length && f.layout == layout
                && f.pages == pages && f.granule == granule && Arrays.equals(f.pageOffsets, pageOffsets)
                && Objects.equals(f.error, error);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Long.hashCode(pages);
    }

    @Override
    public String toString() {
        return "FileIndex[" + file + ", " + layout + ", " + pages + " pages, " + pageOffsets.length + " offsets"
                + (error == null ? "" : ", error=" + error) + "]";
    }
}
