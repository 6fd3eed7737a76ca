package dev.newsbite.cli.batch;

import dev.newsbite.cli.Messages;
import dev.newsbite.warc.WarcLimits;
import dev.newsbite.warc.WarcPage;
import dev.newsbite.warc.WarcPages;
import dev.newsbite.warc.WarcSkips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The items of a batch, in input order: each page file as one item, each WARC file as its HTML
 * pages, read one record at a time as the batch asks for more (so memory does not grow with the
 * file). Records that are not pages are counted in {@link #skips()}; a WARC file that cannot be
 * read to its end gets one more row, with the reason, after the pages read from it.
 */
public final class BatchInputs implements Iterator<BatchItem>, AutoCloseable {
    private static final String[] WARC_SUFFIXES = {".warc", ".warc.gz"};

    private final Iterator<Path> files;
    private final WarcLimits limits;
    private final ProgressBar progress;
    private final WarcSkips skips = new WarcSkips();
    private WarcPages warc;
    private long warcBytesCounted;
    private BatchItem next;
    private long warcRecords;
    private int warcFiles;

    public BatchInputs(List<Path> files, WarcLimits limits, ProgressBar progress) {
        this.files = files.iterator();
        this.limits = limits;
        this.progress = progress;
    }

    /** True for names such as {@code crawl.warc} and {@code CC-NEWS-2026.warc.gz}. */
    public static boolean isWarcName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString().toLowerCase(Locale.ROOT);
        for (String suffix : WARC_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The input bytes of all the files: page files and WARC files as they lie on disk. */
    public static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException | SecurityException e) {
                // Its row will say what is wrong with it.
            }
        }
        return total;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public BatchItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchItem item = next;
        next = null;
        return item;
    }

    private BatchItem advance() {
        while (true) {
            if (warc != null) {
                BatchItem item = nextFromWarc();
                if (item != null) {
                    return item;
                }
                continue;
            }
            if (!files.hasNext()) {
                return null;
            }
            Path file = files.next();
            if (!isWarcName(file)) {
                progress.bytesRead(sizeOf(file));
                progress.recordsRead(1);
                return new BatchItem.PageFile(file);
            }
            warcFiles++;
            try {
                warc = WarcPages.open(file, limits);
                warcBytesCounted = 0;
            } catch (IOException | RuntimeException e) {
                return fileRow(file, "cannot read WARC file: " + reason(e));
            }
        }
    }

    /** The next page of the open WARC file, its closing row, or null when it is done. */
    private BatchItem nextFromWarc() {
        WarcPages reader = warc;
        long recordsBefore = reader.skips().total();
        WarcPage page;
        String problem;
        try {
            page = reader.next();
            problem = reader.problem();
        } catch (IOException | RuntimeException e) {
            page = null;
            problem = reason(e);
        }
        long skipped = reader.skips().total() - recordsBefore;
        warcRecords += skipped + (page != null ? 1 : 0);
        progress.recordsRead(skipped + (page != null ? 1 : 0));
        progress.bytesRead(reader.bytesRead() - warcBytesCounted);
        warcBytesCounted = reader.bytesRead();
        if (page != null) {
            return new BatchItem.ArchivedPage(page);
        }
        skips.addAll(reader.skips());
        closeWarc();
        if (problem != null) {
            return fileRow(Path.of(reader.warcFile()), "WARC file not read to its end: " + Messages.oneLine(problem));
        }
        return null;
    }

    private static BatchItem fileRow(Path file, String error) {
        String name = file.toString();
        return new BatchItem.Ready(BatchRow.failed(PageJob.idOf(file), name, null, error).fromWarcFile(name));
    }

    private static String reason(Exception e) {
        return e instanceof IOException io ? Messages.ioReason(io) : Messages.describe(e);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /** WARC records skipped so far, by reason: those of the files read to their end, or as far as they could be. */
    public WarcSkips skips() {
        return skips;
    }

    /** WARC records read so far: pages and skipped ones. */
    public long warcRecords() {
        return warcRecords;
    }

    /** WARC files met so far. */
    public int warcFiles() {
        return warcFiles;
    }

    private void closeWarc() {
        try {
            warc.close();
        } catch (IOException e) {
            // Read-only: nothing to lose.
        }
        warc = null;
    }

    @Override
    public void close() {
        if (warc != null) {
            closeWarc();
        }
    }
}
