package dev.kct.source.table;

import dev.kct.KctException;
import dev.kct.source.TextInput;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An export read through a {@link ColumnMapping}: opens the right {@link TableSource} for the file
 * ({@code .xlsx} as a workbook, anything else as delimited text with its separator guessed from the header
 * line), and streams {@link MappedRow}s. When a date column's day/month order is open it reads the file
 * twice: a first pass settles the order from the column's values (stopping as soon as every column is
 * settled), the second builds the rows.
 */
public final class MappedTable {

    private MappedTable() {}

    /** The table source for {@code file} as the mapping says (encoding, sheet, header row). */
    public static TableSource open(Path file, ColumnMapping mapping) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxTableSource(file, mapping.sheet(), mapping.headerRow());
        }
        if (name.endsWith(".xls")) {
            throw KctException.usage(file.getFileName() + ": old .xls workbooks are not read; save it as .xlsx or CSV");
        }
        Charset charset = mapping.encoding() == null ? null : EncodingDetector.named(mapping.encoding());
        DelimitedTableSource probe = new DelimitedTableSource(file, ',', charset, 1);
        Charset actual = probe.encoding().charset();
        return new DelimitedTableSource(
                file, separator(file, actual, mapping.headerRow()), charset, mapping.headerRow());
    }

    /** Reads every row of {@code file} through {@code mapping}; returns the builder (for its counts). */
    public static MappedRecordBuilder read(Path file, ColumnMapping mapping, Consumer<MappedRow> rows)
            throws IOException {
        TableSource source = open(file, mapping);
        boolean workbook = source instanceof XlsxTableSource;
        String display = file.getFileName().toString();
        List<String> header = source.header();
        if (header.isEmpty()) {
            throw KctException.data(display + ": no header row at row " + mapping.headerRow());
        }
        MappedRecordBuilder builder = new MappedRecordBuilder(mapping, header, display, workbook);
        if (builder.needsObservation()) {
            try {
                source.read(new Rows(row -> {
                    if (!builder.observe(row)) throw new TableSource.StopReading();
                }));
            } catch (TableSource.StopReading settled) {
                // every date column is settled: the rest of the first pass is not needed
            }
            builder.decide();
        }
        source.read(new Rows(row -> rows.accept(builder.build(row))));
        return builder;
    }

    /** The most frequent of {@code ,}, {@code ;}, tab and {@code |} outside quotes in the header line. */
    static char separator(Path file, Charset charset, int headerRow) throws IOException {
        byte[] head = TextInput.head(file, EncodingDetector.SAMPLE_BYTES);
        String text = new String(head, charset);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", headerRow + 1)));
        String line = lines.size() >= headerRow ? lines.get(headerRow - 1) : text;
        char best = ',';
        int bestCount = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char x = line.charAt(i);
                if (x == '"') quoted = !quoted;
                else if (x == c && !quoted) count++;
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /** Passes data rows to {@code action}; ignores the header. */
    private record Rows(Consumer<TableRow> action) implements TableSource.Handler {
        @Override
        public void header(List<String> names, long line) {}

        @Override
        public void row(TableRow row) {
            action.accept(row);
        }
    }
}
