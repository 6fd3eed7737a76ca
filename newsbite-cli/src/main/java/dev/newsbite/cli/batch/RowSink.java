package dev.newsbite.cli.batch;

import java.io.IOException;

/** Where a batch's rows go, one at a time, in order. */
public interface RowSink {
    void write(BatchRow row) throws IOException;
}
