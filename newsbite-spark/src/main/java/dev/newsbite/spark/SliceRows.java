package dev.newsbite.spark;

import dev.newsbite.text.OneLine;
import dev.newsbite.warc.SkipReason;
import dev.newsbite.warc.WarcPage;
import dev.newsbite.warc.WarcPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;

/**
 * The rows of one slice, read lazily as Spark writes them: each HTML page of the slice extracted
 * with this JVM's extractor. Records that could not be read, and a file that ends early, become
 * failure lines, never exceptions.
 *
 * <p>Every record is counted by exactly one slice: the one holding the page before it (the first
 * slice of a file also holds what comes before its first page). So a slice counts nothing until
 * its first page (what it skips on the way belongs to the slice before, which reads on to this
 * page) and goes on counting past its end up to the next page, where the next slice takes over.
 * When the rows are used up the slice's failures are written and its counts added.
 */
final class SliceRows implements Iterator<ArticleRow>, AutoCloseable {
    /** Skips that lose a page, as opposed to records that are not pages (requests, images, ...). */
    private static final SkipReason[] LOSSES = {SkipReason.DAMAGED, SkipReason.TRUNCATED, SkipReason.TOO_LARGE};
    private static final SkipReason[] REASONS = SkipReason.values();

    private final WarcSlice slice;
    private final String failuresFile;
    private final Configuration conf;
    private final JobCounters counters;
    private final String failuresDir;
    private final PageExtraction extraction;
    private final List<FailureRow> failures = new ArrayList<>();
    /** Skip counts of the records before this slice's first page: the previous slice's. */
    private final long[] notMine = new long[REASONS.length];
    private final long[] lossesSeen = new long[LOSSES.length];

    private WarcPages pages;
    private boolean opened;
    /** Whether the records read now belong to this slice. */
    private boolean owning;
    /** Whether the reading ended at the end of the file (rather than at the next slice's first page). */
    private boolean reachedEnd;
    private ArticleRow next;
    private boolean finished;

    SliceRows(WarcSlice slice, String failuresFile, Configuration conf, JobCounters counters, String failuresDir,
            PageExtraction extraction) {
        this.slice = slice;
        this.failuresFile = failuresFile;
        this.conf = conf;
        this.counters = counters;
        this.failuresDir = failuresDir;
        this.extraction = extraction;
        this.owning = slice.start() == 0;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
            if (next == null) {
                finish();
            }
        }
        return next != null;
    }

    @Override
    public ArticleRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleRow row = next;
        next = null;
        return row;
    }

    private ArticleRow advance() {
        WarcPage page;
        try {
            if (!opened) {
                opened = true;
                pages = slice.findRecord() ? WarcFiles.openAtRecordIn(slice.file(), slice.start(), slice.end(), conf)
                        : WarcFiles.open(slice.file(), slice.start(), conf);
            }
            if (pages == null) {
                return null;
            }
            page = pages.next();
        } catch (IOException | RuntimeException e) {
            if (owning || pages == null) {
                // Not the page's fault and not the job's: the file is listed, the slice ends here.
                long at = pages == null ? slice.start() : Math.max(slice.start(), pages.recordOffset());
                failures.add(FailureRow.ofFile(slice.file(), at, "cannot read further: " + OneLine.describe(e)));
                counters.fileProblems.add(1);
            }
            return null;
        }
        if (!owning) {
            if (page == null || slice.endsBefore(page.offset())) {
                // No page starts in this slice: the previous one reads (and counts) all of it.
                return null;
            }
            owning = true;
            for (int i = 0; i < REASONS.length; i++) {
                notMine[i] = pages.skips().count(REASONS[i]);
            }
            for (int i = 0; i < LOSSES.length; i++) {
                lossesSeen[i] = pages.skips().count(LOSSES[i]);
            }
        } else {
            noteLosses();
            if (page == null) {
                reachedEnd = true;
                return null;
            }
            if (slice.endsBefore(page.offset())) {
                return null;
            }
        }
        ArticleRow row = extraction.run(page);
        counters.pages.add(1);
        if (!row.hasError()) {
            counters.articles.add(1);
        } else {
            failures.add(FailureRow.of(row));
            (row.pageType() == null ? counters.failedPages : counters.partialPages).add(1);
        }
        return row;
    }

    /** Records skipped as unreadable since the last look, as failure lines (the reader names no record). */
    private void noteLosses() {
        for (int i = 0; i < LOSSES.length; i++) {
            long seen = pages.skips().count(LOSSES[i]);
            long added = seen - lossesSeen[i];
            if (added > 0) {
                lossesSeen[i] = seen;
                counters.lostRecords.add(added);
                failures.add(FailureRow.ofFile(slice.file(), pages.recordOffset(), (added == 1 ? "a record"
                        : added + " records") + " skipped (" + LOSSES[i].wireName() + ") at or before this offset"));
            }
        }
    }

    private void finish() {
        finished = true;
        if (pages != null && owning) {
            if (reachedEnd && pages.problem() != null) {
                failures.add(FailureRow.ofFile(slice.file(), Math.max(0, pages.recordOffset()),
                        OneLine.of(pages.problem())));
                counters.fileProblems.add(1);
            }
            long[] mine = new long[REASONS.length];
            for (int i = 0; i < REASONS.length; i++) {
                mine[i] = pages.skips().count(REASONS[i]) - notMine[i];
            }
            counters.addSkips(mine);
        }
        close();
        try {
            FailureFiles.write(failuresDir, failuresFile, failures, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failures of " + slice.file(), e);
        }
    }

    @Override
    public void close() {
        if (pages != null) {
            try {
                pages.close();
            } catch (IOException e) {
                // Read to the end already; nothing is lost.
            }
        }
    }
}
