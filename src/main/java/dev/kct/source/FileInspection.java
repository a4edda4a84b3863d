package dev.kct.source;

import dev.kct.KctException;
import dev.kct.record.PatentRecord;
import dev.kct.source.table.ColumnMapping;
import dev.kct.source.table.DelimitedTableSource;
import dev.kct.source.table.EncodingDetector;
import dev.kct.source.table.MappedTable;
import dev.kct.source.table.MappingProposal;
import dev.kct.source.table.TableRow;
import dev.kct.source.table.TableSource;
import dev.kct.source.table.XlsxTableSource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code kct inspect} says about one input file, so that an analyst can see how kct would read it before
 * indexing anything: its kind (delimited text, workbook, XML, folder), its encoding, the format detection picks
 * (or the one {@code --map} gives), the table's header with a few sample values per column, and how many records
 * that reader accepts, rejects (counted by field and reason, with the first place of each) and repairs, read with
 * the reader itself so that the counts are exactly those of {@code kct index}. When no built-in format fits a
 * table, it proposes a column mapping ({@link MappingProposal}) and counts what that mapping would read; for a
 * built-in profile it shows the profile's mapping. Nothing is written anywhere.
 */
public final class FileInspection {

    /** Data rows sampled for the column samples and the proposal. */
    private static final int SAMPLE_ROWS = 200;
    /** Rows examined for the header when the table's header row is not known. */
    private static final int HEADER_CANDIDATES = 10;

    private static final int SAMPLE_LENGTH = 60;

    private FileInspection() {}

    /**
     * Inspects {@code file}.
     *
     * @param display the file's name in messages and the report (the path as given)
     * @param mapped  the reader {@code --map} gives for every file, or null to detect
     * @param samples sample values shown per column
     * @param threads parsing threads (0: all cores)
     * @return the report as an ordered map (its keys are the JSON output's)
     */
    public static Map<String, Object> inspect(
            Path file, String display, MappedTableReader mapped, int samples, int threads) throws IOException {
        if (!Files.exists(file)) throw KctException.io(display + ": no such file", null);
        if (!Files.isReadable(file)) throw KctException.io(display + ": cannot be read", null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", display);
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(file)) {
            out.put("kind", "folder");
            boolean tables = PatentsViewReader.isTableFolder(file);
            out.put("format", tables ? "patentsview" : null);
            if (tables) out.put("records", count(SourceFormats.byName("patentsview"), file, display, threads));
            else notes.add("a folder without PatentsView tables (g_patent.tsv): inspect its files instead");
            out.put("notes", notes);
            return out;
        }
        boolean workbook = MappedTable.isWorkbook(file);
        PatentReader reader = mapped;
        if (reader == null) {
            try {
                reader = SourceFormats.detect(file, display);
            } catch (KctException e) {
                notes.add(e.getMessage());
            }
        }
        out.put("kind", kind(file, workbook, reader));
        out.put(
                "encoding",
                workbook
                        ? null
                        : reader != null && !(reader instanceof MappedTableReader)
                                ? SourceFields.charsetOf(file).name()
                                : encoding(file, mapped));
        out.put("format", reader == null ? null : reader.format());

        Table table = null;
        if (reader instanceof MappedTableReader m) {
            table = Table.read(
                    MappedTable.open(file, m.mapping()),
                    m.mapping().headerRow(),
                    m.mapping().sheet());
        } else if (!(reader instanceof UsptoXmlReader)
                && !MappedTable.isOldWorkbook(file)
                && !file.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".zip")) {
            table = workbook
                    ? guessWorkbook(file)
                    : guessText(file, reader == null ? null : SourceFields.charsetOf(file));
        }
        if (table != null) {
            if (table.sheet() != null) out.put("sheet", table.sheet());
            if (table.separator() != null) out.put("separator", table.separator());
            out.put("header_row", table.headerRow());
            out.put("columns", columns(table, samples));
        }
        if (reader != null) {
            out.put("records", countOrError(reader, file, display, threads, notes));
        }
        if (reader instanceof MappedTableReader m && mapped == null) {
            out.put("mapping", m.mapping().toJson());
            notes.add("read through the built-in mapping '" + m.format() + "' shown under mapping: it is a --map"
                    + " file, to edit and give with --map");
        } else if (reader == null && table != null && !table.header().isEmpty()) {
            propose(file, display, workbook, mapped, table, threads, out, notes);
        }
        out.put("notes", notes);
        return out;
    }

    private static void propose(
            Path file,
            String display,
            boolean workbook,
            MappedTableReader mapped,
            Table table,
            int threads,
            Map<String, Object> out,
            List<String> notes)
            throws IOException {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (!workbook) {
            Charset charset =
                    new DelimitedTableSource(file, ',', null, 1).encoding().charset();
            if (!charset.equals(StandardCharsets.UTF_8)) settings.put("encoding", charset.name());
        } else if (table.sheet() != null && table.sheetNumber() > 1) {
            settings.put("sheet", table.sheet());
        }
        if (table.headerRow() != 1) settings.put("header_row", table.headerRow());
        MappingProposal.Proposal proposal = MappingProposal.propose(table.header(), table.cells(), workbook, settings);
        out.put("mapping", proposal.mapping());
        notes.addAll(proposal.notes());
        if (!proposal.complete()) {
            notes.add("no proposal can be read: no column was found for "
                    + String.join(
                            ", ",
                            proposal.missing().stream()
                                    .filter(f -> f.equals("id") || f.equals("ipc") || f.endsWith("_date"))
                                    .toList())
                    + " (a mapping needs id, ipc and a date); add them to the mapping by hand");
            return;
        }
        notes.removeIf(n -> n.contains("cannot tell the input format"));
        notes.add("no built-in format fits: the mapping shown is a proposal from the header and the first rows;"
                + " check it, save it as a file and give it with --map");
        ColumnMapping mapping =
                ColumnMapping.parse(dev.kct.report.JsonResultWriter.inline(proposal.mapping()), "the proposal");
        out.put(
                "mapping_records",
                countOrError(MappedTableReader.of("proposed", mapping), file, display, threads, notes));
    }

    private static String kind(Path file, boolean workbook, PatentReader reader) throws IOException {
        if (workbook) return "workbook";
        if (MappedTable.isOldWorkbook(file)) return "old workbook";
        if (reader instanceof UsptoXmlReader) return "xml";
        return "text";
    }

    private static String encoding(Path file, MappedTableReader mapped) throws IOException {
        Charset given = mapped == null || mapped.mapping().encoding() == null
                ? null
                : EncodingDetector.named(mapped.mapping().encoding());
        EncodingDetector.Guess guess = new DelimitedTableSource(file, ',', given, 1).encoding();
        return guess.charset().name() + (guess.bomLength() > 0 ? " with BOM" : "");
    }

    /** The records {@code reader} accepts, rejects and repairs in {@code file}; an error that stops it is noted. */
    private static Map<String, Object> countOrError(
            PatentReader reader, Path file, String display, int threads, List<String> notes) throws IOException {
        try {
            return count(reader, file, display, threads);
        } catch (KctException e) {
            notes.add(e.getMessage());
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.getMessage());
            return error;
        }
    }

    private static Map<String, Object> count(PatentReader reader, Path file, String display, int threads)
            throws IOException {
        Counts counts = new Counts();
        reader.read(file, display, counts, threads);
        return counts.json();
    }

    /** Counts what a reader reports, grouping rejections by field and the shape of their reason. */
    private static final class Counts implements RecordSink {
        private long accepted;
        private long rejected;
        private final Map<String, Map<String, Object>> reasons = new LinkedHashMap<>();
        private final Map<String, Long> repaired = new TreeMap<>();
        private final Set<String> warnings = new LinkedHashSet<>();

        @Override
        public void accept(PatentRecord record, SourceLocation where) {
            accepted++;
        }

        @Override
        public void reject(Rejection r) {
            rejected++;
            String reason = shape(r.reason());
            Map<String, Object> entry = reasons.computeIfAbsent(r.field() + "\u0000" + reason, k -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("field", r.field());
                e.put("reason", reason);
                e.put("count", 0L);
                e.put("first", r.where().toString());
                e.put("example", r.reason());
                return e;
            });
            entry.put("count", (Long) entry.get("count") + 1);
        }

        @Override
        public void warn(SourceLocation where, String message) {
            if (warnings.size() < 5) warnings.add(shape(message));
        }

        @Override
        public void repaired(SourceLocation where, String what) {
            repaired.merge(what, 1L, Long::sum);
        }

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("read", accepted + rejected);
            out.put("accepted", accepted);
            out.put("rejected", rejected);
            List<Map<String, Object>> byReason = new ArrayList<>(reasons.values());
            byReason.sort((a, b) -> Long.compare((Long) b.get("count"), (Long) a.get("count")));
            out.put("rejected_by_reason", byReason);
            out.put("repaired", repaired);
            out.put("warnings", List.copyOf(warnings));
            return out;
        }
    }

    /**
     * A reason without the values that vary from record to record (quoted values, numbers as {@code N}, the examples
     * after "e.g."), so that rejections of one kind are counted together; each group keeps its first full reason.
     */
    static String shape(String reason) {
        String s = reason.replaceAll("'[^']*'", "'…'");
        int eg = s.indexOf("e.g.");
        if (eg > 0) s = s.substring(0, eg);
        s = s.replaceAll("\\(and \\d+ more\\)", "").replaceAll("\\d+", "N").strip();
        while (!s.isEmpty() && ",;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static List<Map<String, Object>> columns(Table table, int samples) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            Set<String> values = new LinkedHashSet<>();
            for (List<String> row : table.cells()) {
                if (values.size() >= samples) break;
                String v = c < row.size() ? row.get(c).strip() : "";
                if (v.isEmpty()) continue;
                v = v.replaceAll("\\s*[\\r\\n]+\\s*", " ⏎ ");
                values.add(v.length() > SAMPLE_LENGTH ? v.substring(0, SAMPLE_LENGTH - 1) + "…" : v);
            }
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("number", c + 1);
            column.put("name", table.header().get(c));
            column.put("samples", List.copyOf(values));
            out.add(column);
        }
        return out;
    }

    /**
     * Delimited text read by a reader that is not a mapping (or by none): the separator and header row are those
     * whose header is widest and agrees best with the rows below it in its number of cells ({@code ,} {@code ;} tab
     * {@code |}, header among the first rows, so that a title or a preamble above it is skipped).
     */
    private static Table guessText(Path file, Charset charset) throws IOException {
        Table best = null;
        double bestScore = 1;
        for (char separator : new char[] {',', ';', '\t', '|'}) {
            for (int row = 1; row <= HEADER_CANDIDATES; row++) {
                Table t = Table.read(new DelimitedTableSource(file, separator, charset, row), row, null, 20);
                if (t.header().isEmpty()) break;
                long agreeing = t.cells().stream()
                        .filter(r -> r.size() == t.header().size())
                        .count();
                double score = filled(t.header())
                        * (t.cells().isEmpty()
                                ? 0.5
                                : (double) agreeing / t.cells().size());
                if (score > bestScore) {
                    bestScore = score;
                    best = new Table(t.header(), t.cells(), row, null, 0, separator == '\t' ? "tab" : "" + separator);
                }
            }
        }
        return best == null
                ? null
                : new Table(
                        best.header(),
                        Table.read(
                                        new DelimitedTableSource(
                                                file,
                                                best.separator().equals("tab")
                                                        ? '\t'
                                                        : best.separator().charAt(0),
                                                charset,
                                                best.headerRow()),
                                        best.headerRow(),
                                        null,
                                        SAMPLE_ROWS)
                                .cells(),
                        best.headerRow(),
                        null,
                        0,
                        best.separator());
    }

    /**
     * A workbook whose format is not known: the first sheet with a row of two or more cells, and in it the first
     * widest of its first rows as the header (a title row above it is skipped).
     */
    private static Table guessWorkbook(Path file) throws IOException {
        List<String> sheets = new XlsxTableSource(file, null, 1).sheetNames();
        for (int s = 1; s <= sheets.size(); s++) {
            List<TableRow> head = new ArrayList<>();
            try {
                new XlsxTableSource(file, String.valueOf(s), 1).read(new TableSource.Handler() {
                    @Override
                    public void header(List<String> names, long line) {
                        head.add(new TableRow(line, names));
                    }

                    @Override
                    public void row(TableRow row) {
                        head.add(row);
                        if (head.size() >= HEADER_CANDIDATES) throw new TableSource.StopReading();
                    }
                });
            } catch (TableSource.StopReading enough) {
                // the first rows are all the guess needs
            }
            TableRow widest = null;
            for (TableRow r : head) {
                if (widest == null || filled(r.cells()) > filled(widest.cells())) widest = r;
            }
            if (widest != null && filled(widest.cells()) >= 2) {
                int headerRow = (int) widest.line();
                Table t = Table.read(new XlsxTableSource(file, sheets.get(s - 1), headerRow), headerRow, null);
                return new Table(t.header(), t.cells(), headerRow, sheets.get(s - 1), s, null);
            }
        }
        return null;
    }

    private static int filled(List<String> cells) {
        int n = 0;
        for (String c : cells) if (!c.isBlank()) n++;
        return n;
    }

    /**
     * A table's header, its first data rows, and where it is.
     *
     * @param sheetNumber the sheet's 1-based position (workbooks), else 0
     * @param separator   the separator shown for delimited text, or null
     */
    private record Table(
            List<String> header,
            List<List<String>> cells,
            int headerRow,
            String sheet,
            int sheetNumber,
            String separator) {

        static Table read(TableSource source, int headerRow, String sheet) throws IOException {
            return read(source, headerRow, sheet, SAMPLE_ROWS);
        }

        static Table read(TableSource source, int headerRow, String sheet, int limit) throws IOException {
            List<String> header = new ArrayList<>();
            List<List<String>> cells = new ArrayList<>();
            try {
                source.read(new TableSource.Handler() {
                    @Override
                    public void header(List<String> names, long line) {
                        header.addAll(names);
                    }

                    @Override
                    public void row(TableRow row) {
                        cells.add(row.cells());
                        if (cells.size() >= limit) throw new TableSource.StopReading();
                    }
                });
            } catch (TableSource.StopReading enough) {
                // a sample is all inspect shows
            }
            return new Table(header, cells, headerRow, sheet, 0, null);
        }
    }
}
