package dev.kct.source;

import dev.kct.KctException;
import dev.kct.source.table.ColumnMapping;
import dev.kct.source.table.MappedRecordBuilder;
import dev.kct.source.table.MappedRow;
import dev.kct.source.table.MappedTable;
import dev.kct.source.table.MappingProfiles;
import dev.kct.source.table.XlsxTableSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads any table export (delimited text in any common encoding, or an {@code .xlsx} workbook) through a
 * {@link ColumnMapping}: the user's ({@code --map FILE}), or a built-in profile ({@link MappingProfiles}) that
 * detection picks when the file's header holds every column the profile names. {@link MappedTable} picks, splits
 * and normalises the cells; the values then go through the canonical parser unchanged, so a mapped file gives
 * exactly the {@code PatentRecord}s the canonical CSV with the same values would, and its bad rows are rejected
 * with the same reasons, located by file, line (or workbook row) and the file's own column name.
 */
public final class MappedTableReader implements PatentReader {

    private static final int SHOWN_UNKNOWN_COUNTRIES = 5;

    private final String format;
    private final ColumnMapping mapping;
    private final boolean detectable;

    private MappedTableReader(String format, ColumnMapping mapping, boolean detectable) {
        this.format = format;
        this.mapping = mapping;
        this.detectable = detectable;
    }

    /** A reader for {@code --map} (or a mapping {@code kct inspect} proposes): never detected, given for every file. */
    public static MappedTableReader of(String format, ColumnMapping mapping) {
        return new MappedTableReader(format, mapping, false);
    }

    /** The built-in profile {@code name}, detected by its header. */
    public static MappedTableReader profile(String name) {
        return new MappedTableReader(name, MappingProfiles.get(name), true);
    }

    /** The mapping this reader reads with. */
    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public String format() {
        return format;
    }

    /**
     * A profile recognises delimited text whose header row (the profile's {@code header_row}) names every column
     * the profile maps by name, compared without case, spaces, {@code _} and {@code -}.
     */
    @Override
    public boolean recognizes(SourceHead head) {
        if (!detectable) return false;
        List<String> lines = SourceFields.headLines(head, mapping.headerRow());
        if (lines.size() < mapping.headerRow()) return false;
        String line = lines.get(mapping.headerRow() - 1);
        for (char separator : new char[] {',', ';', '\t'}) {
            Set<String> keys = SourceFields.headerKeys(line, separator);
            if (mapping.columns().values().stream()
                    .allMatch(c -> c.name() != null && keys.contains(SourceFields.key(c.name())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reader for a workbook read by detection, or null: a built-in profile whose columns the sheet's header (at
     * the profile's sheet and header row) holds, else the canonical columns when the first sheet's first row names
     * {@code id}, {@code ipc} and a date (a canonical table saved from Excel). Workbooks hold no text to detect by,
     * so the header is read from the sheet.
     */
    public static MappedTableReader forWorkbook(Path file) throws IOException {
        for (String name : MappingProfiles.NAMES) {
            ColumnMapping profile = MappingProfiles.get(name);
            Set<String> keys = keys(new XlsxTableSource(file, profile.sheet(), profile.headerRow()).header());
            if (profile.columns().values().stream()
                    .allMatch(c -> c.name() != null && keys.contains(SourceFields.key(c.name())))) {
                return profile(name);
            }
        }
        List<String> header = new XlsxTableSource(file, null, 1).header();
        Set<String> keys = keys(header);
        Map<String, ColumnMapping.Column> columns = new LinkedHashMap<>();
        for (String field : ColumnMapping.FIELDS) {
            if (!field.equals("forward_citations") && keys.contains(SourceFields.key(field))) {
                columns.put(field, new ColumnMapping.Column(field, 0));
            }
        }
        boolean dated = ColumnMapping.DATES.stream().anyMatch(columns::containsKey);
        if (!columns.containsKey("id") || !columns.containsKey("ipc") || !dated) return null;
        return new MappedTableReader(
                "canonical", new ColumnMapping(columns, null, null, 1, List.of(), List.of(), false), false);
    }

    private static Set<String> keys(List<String> header) {
        Set<String> keys = new HashSet<>();
        header.forEach(h -> keys.add(SourceFields.key(h)));
        return keys;
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        read(file, displayName, sink, 0);
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink, int threads) throws IOException {
        MappedRecordBuilder builder;
        try (OrderedParallelParser<MappedRow> parser = new OrderedParallelParser<>(
                (row, out) -> CanonicalRecordParser.parse(
                        new Fields(row),
                        new SourceLocation(displayName, row.line()),
                        () -> CsvInput.rawCells(row.cells()),
                        out),
                sink,
                threads)) {
            builder = MappedTable.read(file, displayName, mapping, parser::add);
            parser.finish();
        } catch (KctException e) {
            // a file that does not fit a built-in format is bad data; a --map that does not fit is a bad argument
            if (detectable && e.kind() == KctException.Kind.USAGE) {
                throw new KctException(KctException.Kind.DATA, e.getMessage(), e);
            }
            throw e;
        }
        warnUnknownCountries(builder.unknownCountries(), displayName, sink);
    }

    /** Country names that matched no country are kept as unknown: said once per file, the commonest first. */
    private static void warnUnknownCountries(Map<String, Integer> unknown, String displayName, RecordSink sink) {
        if (unknown.isEmpty()) return;
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(unknown.entrySet());
        byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> shown = new ArrayList<>();
        int records = 0;
        for (Map.Entry<String, Integer> e : byCount) {
            records += e.getValue();
            if (shown.size() < SHOWN_UNKNOWN_COUNTRIES) shown.add("'" + e.getKey() + "' (" + e.getValue() + ")");
        }
        if (byCount.size() > SHOWN_UNKNOWN_COUNTRIES) {
            shown.add((byCount.size() - SHOWN_UNKNOWN_COUNTRIES) + " more");
        }
        sink.warn(
                new SourceLocation(displayName, 1),
                String.format(
                        Locale.ROOT,
                        "%d country names were left unknown as they name no country (regional offices such as"
                                + " the European Patent Office have none): %s",
                        records,
                        String.join(", ", shown)));
    }

    /** A mapped row as the canonical parser asks for it, naming the file's own columns. */
    private record Fields(MappedRow row) implements CanonicalRecordParser.Fields {
        @Override
        public String text(CanonicalField field) {
            return row.text(field);
        }

        @Override
        public List<String> items(CanonicalField field) {
            return row.items(field);
        }

        @Override
        public String columnName(CanonicalField field) {
            return row.columnName(field);
        }

        @Override
        public List<CanonicalField> dateFields() {
            return row.dateFields();
        }

        @Override
        public String forwardCitations() {
            return row.forwardCitations();
        }

        @Override
        public String forwardCitationsColumn() {
            return row.forwardCitationsColumn();
        }
    }
}
