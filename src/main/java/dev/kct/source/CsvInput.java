package dev.kct.source;

import dev.kct.KctException;
import dev.kct.source.CsvRecordReader.Line;
import dev.kct.source.CsvRecordReader.Record;
import dev.kct.source.CsvRecordReader.Span;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A CSV file read record by record, with what every CSV-based reader needs on top: the header row bound by name
 * (case- and space-insensitive), the line where each record starts, and records that cannot be rows turned into
 * located {@link Rejection}s instead of exceptions.
 *
 * <p>Use: {@code try (CsvInput csv = CsvInput.open(...)) { int id = csv.column("id"); for (Row r : csv) ... }}.
 *
 * <p><b>Every line is accounted for.</b> Each physical line after the header is in exactly one accepted row or in
 * the line range of exactly one rejection (empty lines between records excepted). Two malformations used to break
 * this, because a CSV parser reads a quoted field across line breaks until the next quote, and gives up on a row
 * with too many fields:
 *
 * <ul>
 *   <li><b>A stray quote</b> (a field that starts with {@code "} and is not closed on its line) swallows the lines
 *       after it into one field, up to the next quote anywhere in the file. A quoted field may hold line breaks
 *       (a title or an Espacenet cell of several lines), so a field that spans lines is not wrong in itself. It is
 *       taken for a swallowing when the lines after the line its quote opened on, read on their own, hold a
 *       record of the header's width with every quote in place (what a swallowed record looks like, and what the
 *       rest of a legitimate multi-line field almost never does: its last line ends in the closing quote), or
 *       when the quote is never closed. Then the lines up to the one the quote opened on are rejected, naming the
 *       field, the line the quote opened on and the range it swallowed, and the swallowed lines are read again
 *       as records, so that no record after a stray quote is lost. A multi-line record that is not a swallowing
 *       but has the wrong width is rejected whole, with its line range.</li>
 *   <li><b>A runaway row</b> (far more fields than the header, e.g. 100,000 commas) is rejected at its own line like
 *       any row of the wrong width, and the rows after it are read as usual; a record is cut at
 *       {@link CsvRecordReader#MAX_RECORD_CHARS} characters, so no input can exhaust the memory.</li>
 * </ul>
 *
 * <p>The splitting into records and fields is {@link CsvRecordReader}'s (kct's own, rather than FastCSV's, because
 * it must keep the physical lines to name their range and read them again).
 */
public final class CsvInput implements Closeable, Iterable<CsvInput.Row> {

    /**
     * The most multi-line fields of one record checked for a swallowing; each check reads the rest of the record,
     * so the bound keeps a record of many multi-line fields (garbage, or a damaged file) from costing quadratic time.
     */
    private static final int MAX_SPANS_CHECKED = 16;

    /** The most characters of a record's raw text that a rejection keeps. */
    private static final int MAX_RAW = 10_000;

    private final String displayName;
    private final CsvRecordReader records;
    private final char separator;
    private final List<String> header;
    private final long headerLine;
    private final Map<String, Integer> columns = new HashMap<>();
    /** Second column of each header name given twice, refused only when a reader asks for that name. */
    private final Map<String, Integer> repeated = new HashMap<>();

    private final ProblemSink sink;

    private CsvInput(String displayName, CsvRecordReader records, char separator, ProblemSink sink, int skipLines)
            throws IOException {
        this.displayName = displayName;
        this.records = records;
        this.separator = separator;
        this.sink = sink;
        Record head = null;
        for (int i = 0; i <= skipLines; i++) {
            head = records.next();
        }
        if (head == null) {
            header = List.of();
            headerLine = 0;
        } else {
            headerLine = head.firstLine();
            if (head.unclosed()
                    || head.tooLong()
                    || head.fieldCount() > head.fields().size()) {
                throw KctException.data(displayName + ":" + headerLine + ": cannot read the header row: "
                        + (head.unclosed()
                                ? "a quote in it is never closed; close it with \" and read the file again"
                                : "it is longer than " + CsvRecordReader.MAX_RECORD_CHARS + " characters or has more"
                                        + " than " + CsvRecordReader.MAX_FIELDS + " columns: is the file CSV?"));
            }
            header = head.fields();
            for (int i = 0; i < header.size(); i++) {
                if (columns.putIfAbsent(key(header.get(i)), i) != null) repeated.putIfAbsent(key(header.get(i)), i);
            }
        }
    }

    /**
     * Opens {@code file} as CSV with the given separator and charset; the header is the first row after
     * {@code skipLines} preamble rows. Rows that cannot be used are reported to {@code sink}.
     */
    public static CsvInput open(
            Path file, String displayName, Charset charset, char separator, int skipLines, ProblemSink sink)
            throws IOException {
        return of(TextInput.open(file, charset), displayName, separator, skipLines, sink);
    }

    /** As {@link #open}, over text already opened (a table inside a zip); closing the input closes {@code text}. */
    static CsvInput of(Reader text, String displayName, char separator, int skipLines, ProblemSink sink)
            throws IOException {
        CsvRecordReader records = new CsvRecordReader(text, separator);
        try {
            return new CsvInput(displayName, records, separator, sink, skipLines);
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /** True when the file had no header row at all (an empty file). */
    public boolean isEmpty() {
        return header.isEmpty();
    }

    public List<String> header() {
        return header;
    }

    public long headerLine() {
        return headerLine;
    }

    /**
     * Index of the column named {@code name} (case, spaces, dashes and underscores ignored), or -1; a name the
     * header gives twice fails (exit 3) naming it, rather than silently using the first.
     */
    public int column(String name) {
        String key = key(name);
        Integer second = repeated.get(key);
        if (second != null) {
            int first = columns.get(key);
            throw KctException.data(displayName + ":" + headerLine + ": the header names '"
                    + header.get(first).strip() + "' twice (columns " + (first + 1) + " and " + (second + 1)
                    + "): rename or remove one");
        }
        return columns.getOrDefault(key, -1);
    }

    /** Index of the first of {@code names} present, or -1. */
    public int column(String... names) {
        for (String n : names) {
            int c = column(n);
            if (c >= 0) return c;
        }
        return -1;
    }

    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\uFEFF' || c == ' ' || c == '_' || c == '-' || c == '"' || c == '\t') continue;
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    Record r = nextRecord();
                    if (r == null) return false;
                    Rejection why = check(r);
                    if (why == null) {
                        next = new Row(new SourceLocation(displayName, r.firstLine()), r);
                    } else {
                        sink.reject(why);
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    private Record nextRecord() {
        try {
            return records.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why {@code r} cannot be a row, or null when it can. A quoted field that ran across line breaks and swallowed
     * records (see the class comment) rejects only the lines up to the one its quote opened on, and puts the
     * swallowed lines back to be read again.
     */
    private Rejection check(Record r) {
        for (Span span : r.spans().subList(0, Math.min(r.spans().size(), MAX_SPANS_CHECKED))) {
            List<Line> after = r.lines().subList(span.line() + 1, r.lines().size());
            if (CsvRecordReader.holdsStrictRecord(after, separator, header.size())) {
                records.unread(after);
                return swallowed(r, span);
            }
        }
        if (r.tooLong()) {
            return rejection(
                    r.lines(),
                    "(record)",
                    "longer than " + CsvRecordReader.MAX_RECORD_CHARS
                            + " characters (a quote that is never closed, or not CSV?); reading goes on after line "
                            + r.lastLine());
        }
        if (r.unclosed()) {
            Span span = r.spans().get(r.spans().size() - 1);
            return rejection(
                    r.lines(),
                    columnName(span.field()),
                    "unclosed quote: " + opens(r, span)
                            + " is never closed, so it runs to the end of the file (line " + r.lastLine()
                            + "); close it with \" and read the file again");
        }
        if (!r.spans().isEmpty() && !r.strict()) {
            Span span = r.spans().get(0);
            return rejection(
                    r.lines(),
                    columnName(span.field()),
                    "quotes out of place: " + opens(r, span)
                            + " runs over a line break, and in lines " + r.firstLine() + "-" + r.lastLine() + " a quote"
                            + " stands inside an unquoted field or text follows a closing quote; fix the quotes (a quote"
                            + " inside a quoted field is written \"\")");
        }
        if (r.fieldCount() != header.size()) {
            return rejection(
                    r.lines(),
                    "(record)",
                    "has " + r.fieldCount() + " fields but the header has " + header.size()
                            + ": quote fields that contain the separator");
        }
        return null;
    }

    /** The rejection of the lines up to the one where {@code span}'s quote opened; the rest are read again. */
    private Rejection swallowed(Record r, Span span) {
        long opened = r.lines().get(span.line()).number();
        long last = r.lastLine();
        long count = last - opened;
        return rejection(
                r.lines().subList(0, span.line() + 1),
                columnName(span.field()),
                "unclosed quote: " + opens(r, span) + " is not closed on its line, so CSV reads lines " + r.firstLine()
                        + "-" + last + " as one record, swallowing the next " + count
                        + (count == 1 ? " line" : " lines")
                        + (r.unclosed() ? " (to the end of the file)" : "") + " into this field; "
                        + lines(r.firstLine(), opened) + " rejected and " + lines(opened + 1, last)
                        + " read again as records of their own. Fix the quote: close it, double it (\"\") inside a"
                        + " quoted field, or remove it");
    }

    /** The cells joined as one CSV line (cut after {@value #MAX_RAW} characters), for the rejects file. */
    static String rawCells(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size() && b.length() <= MAX_RAW; i++) {
            if (i > 0) b.append(',');
            String f = cells.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        if (b.length() > MAX_RAW) {
            b.setLength(MAX_RAW);
            b.append('…');
        }
        return b.toString();
    }

    /** {@code line 5 is} or {@code lines 5-9 are}. */
    private static String lines(long first, long last) {
        return first == last ? "line " + first + " is" : "lines " + first + "-" + last + " are";
    }

    private static String opens(Record r, Span span) {
        return "the quote that opens this field at line "
                + r.lines().get(span.line()).number();
    }

    /** A rejection of {@code lines}, located at their range. */
    private Rejection rejection(List<Line> lines, String field, String reason) {
        SourceLocation where = new SourceLocation(
                displayName, lines.get(0).number(), lines.get(lines.size() - 1).number());
        return new Rejection(where, field, reason, raw(lines));
    }

    /** The header's name of the 0-based {@code column}, or {@code (record)} beyond the header. */
    private String columnName(int column) {
        return column < header.size() ? header.get(column).strip() : "(record)";
    }

    /** The lines as they were read, joined by their line breaks, shortened to {@value #MAX_RAW} characters. */
    static String raw(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size() && b.length() <= MAX_RAW; i++) {
            if (i > 0) b.append(lines.get(i - 1).lineBreak());
            String text = lines.get(i).text();
            b.append(text, 0, Math.min(text.length(), MAX_RAW + 1));
        }
        if (b.length() > MAX_RAW) {
            b.setLength(MAX_RAW);
            b.append('…');
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    /** One data row: where it starts and its fields (by column index). */
    public static final class Row {
        private final SourceLocation where;
        private final Record record;

        Row(SourceLocation where, Record record) {
            this.where = where;
            this.record = record;
        }

        public SourceLocation where() {
            return where;
        }

        /** The trimmed field at {@code column}, or null when the column is absent (-1) or the cell blank. */
        public String get(int column) {
            if (column < 0 || column >= record.fields().size()) return null;
            String v = record.fields().get(column).strip();
            return v.isEmpty() ? null : v;
        }

        /** The row's text as read (its lines joined), shortened for very long rows. */
        public String raw() {
            return CsvInput.raw(record.lines());
        }

        public int size() {
            return record.fieldCount();
        }

        /** The row's last line: {@code where().line()} unless a quoted field in it spans lines. */
        long lastLine() {
            return record.lastLine();
        }
    }
}
