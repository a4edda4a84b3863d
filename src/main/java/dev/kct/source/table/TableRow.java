package dev.kct.source.table;

import java.util.List;

/**
 * One row of a table (delimited text or a workbook sheet) with its 1-based line or row number, so that
 * every error about it can say where it is.
 *
 * @param line  the 1-based line (text) or row (workbook) number
 * @param cells the cell texts in column order; blank cells are empty strings, never null
 */
public record TableRow(long line, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at 0-based {@code column}, or "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
