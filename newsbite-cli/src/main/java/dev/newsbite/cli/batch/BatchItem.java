package dev.newsbite.cli.batch;

import dev.newsbite.warc.WarcPage;
import java.nio.file.Path;

/**
 * One unit of a batch, and so one output row: a page file, a page read out of a WARC file, or a
 * row already known (a WARC file that could not be read to its end).
 */
public sealed interface BatchItem {
    /** A page file (.html, .htm, .html.gz). */
    record PageFile(Path file) implements BatchItem {
    }

    /** A page from a WARC response record. */
    record ArchivedPage(WarcPage page) implements BatchItem {
    }

    /** A row that needs no work. */
    record Ready(BatchRow row) implements BatchItem {
    }
}
