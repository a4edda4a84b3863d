package dev.kct.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;

/**
 * Writes a {@link ResultTable} as RFC 4180 CSV: a header of the column names, then one row per line;
 * numbers in full precision ({@link Double#toString}), missing values empty.
 */
public final class CsvTableWriter {

    private CsvTableWriter() {}

    public static void write(ResultTable table, Writer out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        String[] header = new String[table.columns().size()];
        for (int c = 0; c < header.length; c++)
            header[c] = table.columns().get(c).name();
        csv.writeRecord(header);
        for (Object[] row : table.rows()) {
            String[] cells = new String[row.length];
            for (int c = 0; c < row.length; c++) cells[c] = cell(row[c]);
            csv.writeRecord(cells);
        }
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) return "";
        return v.toString();
    }
}
