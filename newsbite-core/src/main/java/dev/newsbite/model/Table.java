package dev.newsbite.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A data table: rows of cell texts; the first {@code headerRows} rows are headers. {@code caption}
 * may be null.
 */
public record Table(String caption, int headerRows, List<List<String>> rows) implements Block {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        headerRows = Math.max(0, Math.min(headerRows, rows.size()));
    }

    @Override
    public String text() {
        return rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
    }
}
