package dev.newsbite.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts indexed WARC files into task-sized slices of about {@code recordsPerTask} HTML pages, at
 * page record boundaries. A file's first slice starts at byte 0 (so the records before its first
 * page are read and counted once) and its last runs to the end (so it sees how the file ends). A
 * file that cannot be split is one slice. Slices come largest first, so that the big ones do not
 * end up alone at the tail of the job.
 */
public final class SlicePlanner {
    /** Pages per slice when chosen automatically: bounds around the per-task overhead and the tail. */
    static final int MIN_AUTO_PAGES = 100;
    static final int MAX_AUTO_PAGES = 5_000;
    /** Slices per core when chosen automatically: enough for the cores to finish close together. */
    static final int SLICES_PER_CORE = 8;

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
            if (file.error() == null) {
                slice(file, recordsPerTask, slices);
            }
        }
        // Stable: equal slices keep file order.
        slices.sort(Comparator.comparingLong(WarcSlice::pages).reversed());
        return slices;
    }

    private static void slice(FileIndex file, int recordsPerTask, List<WarcSlice> out) {
        // Granule-aligned: a slice spans whole granules, as many as make about recordsPerTask pages.
        int granulesPerSlice = Math.max(1, Math.round((float) recordsPerTask / file.granule()));
        if (!file.splittable() || file.granules() <= granulesPerSlice) {
            out.add(new WarcSlice(file.file(), 0, WarcSlice.TO_END, file.pages()));
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
            out.add(new WarcSlice(file.file(), start, end, pagesPerSlice));
            pagesLeft -= pagesPerSlice;
            start = end;
        }
        out.add(new WarcSlice(file.file(), start, WarcSlice.TO_END, Math.max(0, pagesLeft)));
    }
}
