package dev.newsbite.spark;

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
 * failure lines, never exceptions; everything is counted. When the rows are used up the slice's
 * failures are written and its skip counts added.
 */
final class SliceRows implements Iterator<ArticleRow>, AutoCloseable {
    /** Skips that lose a page, as opposed to records that are not pages (requests, images, ...). */
    private static final SkipReason[] LOSSES = {SkipReason.DAMAGED, SkipReason.TRUNCATED, SkipReason.TOO_LARGE};

    private final WarcSlice slice;
    private final String failuresFile;
    private final Configuration conf;
    private final JobCounters counters;
    private final String failuresDir;
    private final PageExtraction extraction;
    private final List<FailureRow> failures = new ArrayList<>();
    private final long[] lossesSeen = new long[LOSSES.length];

    private WarcPages pages;
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
            if (pages == null) {
                pages = WarcFiles.open(slice.file(), slice.start(), conf);
            }
            page = pages.next();
        } catch (IOException | RuntimeException e) {
            // Not the page's fault and not the job's: the file is listed, the slice ends here.
            long at = pages == null ? slice.start() : Math.max(slice.start(), pages.recordOffset());
            failures.add(FailureRow.ofFile(slice.file(), at, "cannot read further: " + Messages.describe(e)));
            counters.fileProblems.add(1);
            return null;
        }
        noteLosses();
        if (page == null || slice.endsBefore(page.offset())) {
            return null;
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
                String what = LOSSES[i].wireName();
                failures.add(FailureRow.ofFile(slice.file(), pages.recordOffset(), (added == 1 ? "a record"
                        : added + " records") + " skipped (" + what + ") at or before this offset"));
            }
        }
    }

    private void finish() {
        finished = true;
        if (pages != null) {
            if (slice.isLast() && pages.problem() != null) {
                failures.add(FailureRow.ofFile(slice.file(), Math.max(0, pages.recordOffset()),
                        Messages.oneLine(pages.problem())));
                counters.fileProblems.add(1);
            }
            counters.addSkips(pages.skips());
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
