package dev.kct.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A result as rows and named columns, ready for any writer: the aligned text table, CSV, or a list of
 * JSON objects. Cells are {@link String}, {@link Integer}/{@link Long}, {@link Double} (NaN = missing)
 * or null (missing).
 */
public final class ResultTable {

    /** A column: its stable name (snake_case, as in JSON and CSV headers) and how many decimals a table shows. */
    public record Column(String name, int decimals) {
        public static Column text(String name) {
            return new Column(name, -1);
        }

        public static Column number(String name, int decimals) {
            return new Column(name, decimals);
        }
    }

    private final List<Column> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public ResultTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Object[]> rows() {
        return rows;
    }

    public ResultTable add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(cells);
        return this;
    }

    /** The same rows with some columns renamed ({@code old name -> new name}; others keep theirs). */
    public ResultTable renamed(Map<String, String> names) {
        List<Column> cols = new ArrayList<>();
        for (Column c : columns) cols.add(new Column(names.getOrDefault(c.name(), c.name()), c.decimals()));
        ResultTable t = new ResultTable(cols);
        t.rows.addAll(rows);
        return t;
    }

    /** The columns named, in that order (names not present are skipped). */
    public ResultTable select(List<String> names) {
        List<Column> cols = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (String n : names) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(n)) {
                    cols.add(columns.get(i));
                    idx.add(i);
                }
            }
        }
        ResultTable t = new ResultTable(cols);
        for (Object[] r : rows) {
            Object[] c = new Object[idx.size()];
            for (int i = 0; i < c.length; i++) c[i] = r[idx.get(i)];
            t.add(c);
        }
        return t;
    }
}
