package dev.kct.source;

import dev.kct.KctException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads kct's canonical CSV: RFC 4180, UTF-8 with or without BOM, LF or CRLF, a header row, columns
 * in any order ({@link CanonicalField}); unknown columns are ignored with one warning; list cells are
 * {@code ;}-separated. A missing required column stops the run (exit 3) naming the column.
 */
public final class CanonicalCsvReader implements PatentReader {

    @Override
    public String format() {
        return "canonical";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        String name = head.baseName();
        if (!(name.endsWith(".csv") || name.endsWith(".txt") || !name.contains("."))) return false;
        List<String> cols = Arrays.asList(head.firstLine()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\"", "")
                .split(","));
        return cols.stream().map(String::strip).anyMatch(c -> c.equals("id") || c.equals("ipc"));
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        read(file, displayName, sink, 0);
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink, int threads) throws IOException {
        java.util.concurrent.atomic.AtomicReference<Map<CanonicalField, Integer>> columns =
                new java.util.concurrent.atomic.AtomicReference<>();
        try (OrderedParallelParser<CsvInput.Row> parser = new OrderedParallelParser<>(
                        (row, out) -> CanonicalRecordParser.parse(
                                new CsvFields(columns.get(), row), row.where(), row::raw, out),
                        sink,
                        threads);
                CsvInput csv = CsvInput.open(file, displayName, StandardCharsets.UTF_8, ',', 0, parser.inOrder())) {
            if (csv.isEmpty()) {
                sink.reject(new Rejection(
                        new SourceLocation(displayName, 1),
                        "(file)",
                        "empty file: expected a header row with at least id, ipc and a date column",
                        ""));
                return;
            }
            columns.set(bindColumns(csv, displayName, sink));
            for (CsvInput.Row row : csv) {
                parser.add(row);
            }
            parser.finish();
        }
    }

    private static Map<CanonicalField, Integer> bindColumns(CsvInput csv, String displayName, RecordSink sink) {
        Map<CanonicalField, Integer> columns = new EnumMap<>(CanonicalField.class);
        List<String> unknown = new ArrayList<>();
        List<String> header = csv.header();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().replace("\uFEFF", "");
            CanonicalField f = CanonicalField.byColumn(name.toLowerCase());
            if (f == null) {
                unknown.add(name);
            } else if (columns.putIfAbsent(f, i) != null) {
                throw KctException.data(displayName + ":" + csv.headerLine() + ": the header names '" + f.column()
                        + "' twice (columns " + (columns.get(f) + 1) + " and " + (i + 1) + "): rename or remove one");
            }
        }
        for (CanonicalField f : CanonicalField.values()) {
            if (f.isRequired() && !columns.containsKey(f)) {
                throw KctException.data(displayName + ":" + csv.headerLine() + ": required column '" + f.column()
                        + "' is missing; the header has: " + String.join(",", header));
            }
        }
        if (CanonicalField.DATES.stream().noneMatch(columns::containsKey)) {
            throw KctException.data(displayName + ":" + csv.headerLine()
                    + ": no date column: add priority_date, filing_date or publication_date");
        }
        if (!unknown.isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            unknown.forEach(j::add);
            sink.warn(new SourceLocation(displayName, csv.headerLine()), "unknown columns ignored: " + j);
        }
        return columns;
    }

    private static final class CsvFields implements CanonicalRecordParser.Fields {
        private final Map<CanonicalField, Integer> columns;
        private final CsvInput.Row row;

        CsvFields(Map<CanonicalField, Integer> columns, CsvInput.Row row) {
            this.columns = columns;
            this.row = row;
        }

        @Override
        public String text(CanonicalField field) {
            Integer c = columns.get(field);
            return c == null ? null : row.get(c);
        }

        @Override
        public List<String> items(CanonicalField field) {
            return CanonicalRecordParser.items(text(field));
        }
    }
}
