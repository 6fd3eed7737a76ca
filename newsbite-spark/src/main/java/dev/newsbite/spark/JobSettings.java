package dev.newsbite.spark;

import java.util.List;
import java.util.Objects;

/**
 * What the job was asked to do. {@code recordsPerTask} 0 means chosen from the number of pages and
 * cores; {@code probePages} is how far a gzip file is read before slicing it by bytes.
 */
record JobSettings(List<String> inputs, String out, OutputFormat format, int recordsPerTask, boolean overwrite,
        int probePages) {
    /** Pages read from the start of a gzip file to learn its layout and its bytes per page. */
    static final int DEFAULT_PROBE_PAGES = 100;

    JobSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        if (probePages < 1) {
            throw new IllegalArgumentException("probe pages must be at least 1: " + probePages);
        }
        if (recordsPerTask < 0) {
            throw new IllegalArgumentException("records per task cannot be negative: " + recordsPerTask);
        }
    }
}
