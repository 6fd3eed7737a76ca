package dev.newsbite.content;

import dev.newsbite.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/** Tells data tables from layout tables and reads the former into rows of cell texts. */
final class Tables {
    private static final int MAX_ROWS = 2000;

    private Tables() {
    }

    /**
     * A table of data, not of layout: it has header cells or a caption, or its cells hold no
     * paragraphs and no nested tables.
     */
    static boolean isDataTable(Element table, DomStats.Stats s) {
        if ("presentation".equals(table.attr("role"))) {
            return false;
        }
        if (s.paragraphs > 0 || s.linkDensity() > 0.5 || s.tables > 1) {
            return false;
        }
        // One cell is a frame around the page, never rows of data.
        if (table.stream().filter(e -> e.nameIs("td") || e.nameIs("th")).limit(2).count() < 2) {
            return false;
        }
        return table.selectFirst("th, caption, thead") != null || s.text < 5000;
    }

    static Table read(Element table, Function<Element, String> cellText) {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> footer = new ArrayList<>();
        int headerRows = 0;
        boolean bodySeen = false;
        for (Element tr : table.getElementsByTag("tr")) {
            if (rows.size() >= MAX_ROWS) {
                break;
            }
            List<String> cells = new ArrayList<>();
            boolean allHeader = true;
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells.add(cellText.apply(cell));
                    allHeader &= cell.nameIs("th");
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (tr.parent() != null && tr.parent().nameIs("tfoot")) {
                // A footer shows below the body; one that repeats the header adds nothing.
                footer.add(cells);
                continue;
            }
            if (allHeader && !bodySeen) {
                headerRows++;
            } else {
                bodySeen = true;
            }
            rows.add(cells);
        }
        for (List<String> row : footer) {
            if (!rows.subList(0, headerRows).contains(row)) {
                rows.add(row);
            }
        }
        Element caption = table.selectFirst("caption");
        String captionText = caption == null ? null : cellText.apply(caption);
        return new Table(captionText == null || captionText.isEmpty() ? null : captionText, headerRows, rows);
    }
}
