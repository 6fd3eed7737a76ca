package dev.newsbite.spark;

import java.util.List;
import java.util.Objects;

/**
 * What the job was asked to do. {@code recordsPerTask} 0 means chosen from the number of pages and
 * cores.
 */
record JobSettings(List<String> inputs, String out, OutputFormat format, int recordsPerTask, boolean overwrite) {
    JobSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        if (recordsPerTask < 0) {
            throw new IllegalArgumentException("records per task cannot be negative: " + recordsPerTask);
        }
    }
}
