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
        if (isWorkbook(file)) {
            return new XlsxTableSource(file, mapping.sheet(), mapping.headerRow());
        }
        if (isOldWorkbook(file)) {
            throw KctException.usage(file.getFileName() + ": old .xls workbooks are not read; save it as .xlsx or CSV");
        }
        Charset charset = mapping.encoding() == null ? null : EncodingDetector.named(mapping.encoding());
        DelimitedTableSource probe = new DelimitedTableSource(file, ',', charset, 1);
        Charset actual = probe.encoding().charset();
        return new DelimitedTableSource(
                file, separator(file, actual, mapping.headerRow()), charset, mapping.headerRow());
    }

    /**
     * Whether {@code file} is an Excel {@code .xlsx} workbook: by its name ({@code .xlsx}, {@code .xlsm}), or by
     * its content (a ZIP archive, which no delimited text is, unless it is named {@code .zip}: zipped
     * tables such as PatentsView's {@code .tsv.zip} are not workbooks).
     */
    public static boolean isWorkbook(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) return true;
        if (name.endsWith(".zip")) return false;
        byte[] head = TextInput.head(file, 4);
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Whether {@code file} is an old binary {@code .xls} workbook (by name, or its OLE2 signature). */
    public static boolean isOldWorkbook(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) return true;
        byte[] head = TextInput.head(file, 4);
        return head.length == 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }

    /** Reads every row of {@code file} through {@code mapping}; returns the builder (for its counts). */
    public static MappedRecordBuilder read(Path file, ColumnMapping mapping, Consumer<MappedRow> rows)
            throws IOException {
        return read(file, file.getFileName().toString(), mapping, rows);
    }

    /**
     * As {@link #read(Path, ColumnMapping, Consumer)}, naming the file {@code display} in messages (the path as
     * the user gave it).
     */
    public static MappedRecordBuilder read(Path file, String display, ColumnMapping mapping, Consumer<MappedRow> rows)
            throws IOException {
        TableSource source = open(file, mapping);
        boolean workbook = source instanceof XlsxTableSource;
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
            try {
                builder.decide();
            } catch (KctException e) {
                throw new KctException(e.kind(), display + ": " + e.getMessage(), e);
            }
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
