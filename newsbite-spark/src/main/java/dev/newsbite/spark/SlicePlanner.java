package dev.newsbite.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts indexed WARC files into task-sized slices of about {@code recordsPerTask} HTML pages: at
 * indexed page records, or (one gzip member per record) at byte offsets from which each task
 * finds the next record. A file's first slice starts at byte 0, its last runs to the end; a file
 * that cannot be split is one slice. Slices come largest first, so that the big ones do not end up
 * alone at the tail of the job.
 */
public final class SlicePlanner {
    /** Pages per slice when chosen automatically: bounds around the per-task overhead and the tail. */
    static final int MIN_AUTO_PAGES = 100;
    static final int MAX_AUTO_PAGES = 5_000;
    /** Slices per core when chosen automatically: enough for the cores to finish close together. */
    static final int SLICES_PER_CORE = 8;
    /** The smallest byte slice: below it, finding the next record costs more than it shares. */
    static final long MIN_SLICE_BYTES = 64 * 1024;

    private SlicePlanner() {
    }

    /**
     * About {@code SLICES_PER_CORE} slices per core over all pages, within
     * [{@code MIN_AUTO_PAGES}, {@code MAX_AUTO_PAGES}] pages each.
     */
    public static int autoRecordsPerTask(long totalPages, int cores) {
        long perSlice = Math.max(1, totalPages) / (Math.max(1, cores) * (long) SLICES_PER_CORE);
        return (int) Math.max(MIN_AUTO_PAGES, Math.min(MAX_AUTO_PAGES, perSlice));
    }

    public static List<WarcSlice> plan(List<FileIndex> files, int recordsPerTask) {
        if (recordsPerTask < 1) {
            throw new IllegalArgumentException("records per task must be at least 1: " + recordsPerTask);
        }
        List<WarcSlice> slices = new ArrayList<>();
        for (FileIndex file : files) {
            if (file.error() != null) {
                continue;
            }
            switch (file.layout()) {
                case PAGE_OFFSETS -> byPages(file, recordsPerTask, slices);
                case GZIP_MEMBERS -> byBytes(file, recordsPerTask, slices);
                case WHOLE -> slices.add(new WarcSlice(file.file(), 0, WarcSlice.TO_END, file.pages(), false));
            }
        }
        // Stable: equal slices keep file order.
        slices.sort(Comparator.comparingLong(WarcSlice::pages).reversed());
        return slices;
    }

    private static void byPages(FileIndex file, int recordsPerTask, List<WarcSlice> out) {
        // Granule-aligned: a slice spans whole granules, as many as make about recordsPerTask pages.
        int granulesPerSlice = Math.max(1, Math.round((float) recordsPerTask / file.granule()));
        if (file.granules() <= granulesPerSlice) {
            out.add(new WarcSlice(file.file(), 0, WarcSlice.TO_END, file.pages(), false));
            return;
        }
        long pagesPerSlice = (long) granulesPerSlice * file.granule();
        long start = 0;
        long pagesLeft = file.pages();
        for (int g = granulesPerSlice; g < file.granules(); g += granulesPerSlice) {
            long end = file.offsetOfGranule(g);
            if (end <= start) {
                // Offsets must grow; an index that says otherwise is not trusted past this point.
                break;
            }
            out.add(new WarcSlice(file.file(), start, end, pagesPerSlice, false));
            pagesLeft -= pagesPerSlice;
            start = end;
        }
        out.add(new WarcSlice(file.file(), start, WarcSlice.TO_END, Math.max(0, pagesLeft), false));
    }

    private static void byBytes(FileIndex file, int recordsPerTask, List<WarcSlice> out) {
        long sliceBytes = Math.max(MIN_SLICE_BYTES, Math.round(recordsPerTask * file.bytesPerPage()));
        long count = Math.max(1, Math.round((double) file.length() / sliceBytes));
        long size = (file.length() + count - 1) / count;
        long pages = Math.max(1, file.pages() / count);
        for (long i = 0; i < count; i++) {
            long start = i * size;
            long end = i == count - 1 ? WarcSlice.TO_END : Math.min(file.length(), start + size);
            if (end != WarcSlice.TO_END && end <= start) {
                break;
            }
            out.add(new WarcSlice(file.file(), start, end, pages, start > 0));
        }
    }
}
