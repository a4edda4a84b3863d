package dev.kct.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link ResultTable} as an aligned plain-text table for a terminal: numbers right-aligned
 * with a fixed number of decimals, text left-aligned and cut with {@code …} to fit {@code maxTextWidth}.
 */
public final class TextTableWriter {

    private TextTableWriter() {}

    public static void write(ResultTable table, PrintWriter out, int maxTextWidth) {
        write(table, out, maxTextWidth, Map.of());
    }

    /**
     * As {@link #write(ResultTable, PrintWriter, int)}, with other text widths for the columns named in
     * {@code maxWidthOf}.
     */
    public static void write(ResultTable table, PrintWriter out, int maxTextWidth, Map<String, Integer> maxWidthOf) {
        List<ResultTable.Column> cols = table.columns();
        int[] width = new int[cols.size()];
        String[][] cells = cells(table, maxTextWidth, maxWidthOf, width);
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            pad(line, cols.get(c).name(), width[c], cols.get(c).decimals() >= 0, c == cols.size() - 1);
        }
        out.println(line.toString().stripTrailing());
        for (String[] row : cells) {
            line.setLength(0);
            for (int c = 0; c < cols.size(); c++) {
                pad(line, row[c], width[c], cols.get(c).decimals() >= 0, c == cols.size() - 1);
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** The length of the longest line {@link #write(ResultTable, PrintWriter, int)} would print. */
    public static int lineWidth(ResultTable table, int maxTextWidth) {
        int[] width = new int[table.columns().size()];
        cells(table, maxTextWidth, Map.of(), width);
        int total = 2 * Math.max(0, width.length - 1);
        for (int w : width) total += w;
        return total;
    }

    private static String[][] cells(ResultTable table, int maxTextWidth, Map<String, Integer> maxWidthOf, int[] width) {
        List<ResultTable.Column> cols = table.columns();
        String[][] cells = new String[table.rows().size()][cols.size()];
        for (int c = 0; c < cols.size(); c++) width[c] = cols.get(c).name().length();
        for (int r = 0; r < cells.length; r++) {
            Object[] row = table.rows().get(r);
            for (int c = 0; c < cols.size(); c++) {
                String s = format(row[c], cols.get(c).decimals());
                int max = maxWidthOf.getOrDefault(cols.get(c).name(), maxTextWidth);
                if (cols.get(c).decimals() < 0 && s.length() > max) {
                    s = s.substring(0, Math.max(1, max - 1)) + "…";
                }
                cells[r][c] = s;
                width[c] = Math.max(width[c], s.length());
            }
        }
        return cells;
    }

    private static void pad(StringBuilder b, String s, int width, boolean right, boolean last) {
        int gap = width - s.length();
        if (right) b.append(" ".repeat(gap)).append(s);
        else b.append(s).append(last ? "" : " ".repeat(gap));
        if (!last) b.append("  ");
    }

    static String format(Object v, int decimals) {
        if (v == null) return "-";
        if (v instanceof Double d) {
            if (d.isNaN()) return "-";
            return String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", d);
        }
        return v.toString();
    }
}
