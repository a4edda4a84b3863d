package dev.kct.source.table;

import java.io.IOException;
import java.util.List;

/**
 * A streaming source of table rows, whatever the file: delimited text ({@link DelimitedTableSource}) or an
 * Excel workbook ({@link XlsxTableSource}). Rows are pushed to a {@link Handler} one at a time, so memory
 * stays bounded by one row however long the file is.
 */
public interface TableSource {

    /** Receives the header, then every data row below it, in file order. */
    interface Handler {
        /** The header row's cell texts (stripped) and its 1-based line or row number. */
        void header(List<String> names, long line);

        /** One data row below the header; rows with only blank cells are not passed. */
        void row(TableRow row);
    }

    /** Reads the whole table; the rows above the header row are skipped. */
    void read(Handler handler) throws IOException;

    /** Reads the header only (stops early where the format allows); empty when the table has no header row. */
    default List<String> header() throws IOException {
        List<List<String>> out = new java.util.ArrayList<>();
        try {
            read(new Handler() {
                @Override
                public void header(List<String> names, long line) {
                    out.add(names);
                    throw new StopReading();
                }

                @Override
                public void row(TableRow row) {}
            });
        } catch (StopReading expected) {
            // the header was all we wanted
        }
        return out.isEmpty() ? List.of() : out.get(0);
    }

    /** Thrown by a handler to end a read early (after the header, or once a first pass has seen enough). */
    final class StopReading extends RuntimeException {
        /** A new signal; it carries no stack trace. */
        public StopReading() {
            super(null, null, false, false);
        }
    }
}
