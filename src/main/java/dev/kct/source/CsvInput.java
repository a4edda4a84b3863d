package dev.kct.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.kct.KctException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A CSV file read with FastCSV, with what every CSV-based reader needs on top: the header row bound
 * by name (case- and space-insensitive), the line where each record starts, and rows of the wrong
 * width or an unclosed quote turned into {@link Rejection}s instead of exceptions.
 *
 * <p>Use: {@code try (CsvInput csv = CsvInput.open(...)) { int id = csv.column("id"); for (Row r : csv) ... }}.
 */
public final class CsvInput implements Closeable, Iterable<CsvInput.Row> {

    private final String displayName;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final long headerLine;
    private final Map<String, Integer> columns = new HashMap<>();
    /** Second column of each header name given twice, refused only when a reader asks for that name. */
    private final Map<String, Integer> repeated = new HashMap<>();

    private final ProblemSink sink;

    private final TailTrackingReader tail;

    private CsvInput(
            String displayName, CsvReader<CsvRecord> reader, TailTrackingReader tail, ProblemSink sink, int skipLines) {
        this.displayName = displayName;
        this.tail = tail;
        this.reader = reader;
        this.records = reader.iterator();
        this.sink = sink;
        CsvRecord head = null;
        for (int i = 0; i <= skipLines; i++) {
            head = records.hasNext() ? records.next() : null;
        }
        if (head == null) {
            header = List.of();
            headerLine = 0;
        } else {
            header = head.getFields();
            headerLine = head.getStartingLineNumber();
            for (int i = 0; i < header.size(); i++) {
                if (columns.putIfAbsent(key(header.get(i)), i) != null) repeated.putIfAbsent(key(header.get(i)), i);
            }
        }
    }

    /**
     * Opens {@code file} as CSV with the given separator and charset; the header is the first row after
     * {@code skipLines} preamble rows. Rows that cannot be parsed are reported to {@code sink}.
     */
    public static CsvInput open(
            Path file, String displayName, Charset charset, char separator, int skipLines, ProblemSink sink)
            throws IOException {
        TailTrackingReader text = new TailTrackingReader(TextInput.open(file, charset));
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(text);
        try {
            return new CsvInput(displayName, reader, text, sink, skipLines);
        } catch (CsvParseException e) {
            reader.close();
            throw KctException.data(displayName + ": cannot read the header row: " + rootMessage(e));
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
            private CsvRecord ahead;

            private CsvRecord pull() {
                try {
                    return records.hasNext() ? records.next() : null;
                } catch (CsvParseException e) {
                    sink.reject(new Rejection(
                            new SourceLocation(displayName, headerLine + 1),
                            "(record)",
                            "unparseable CSV: " + rootMessage(e),
                            ""));
                    return null;
                }
            }

            @Override
            public boolean hasNext() {
                while (next == null) {
                    CsvRecord r = ahead != null ? ahead : pull();
                    if (r == null) return false;
                    ahead = pull();
                    SourceLocation where = new SourceLocation(displayName, r.getStartingLineNumber());
                    if (ahead == null && runsToEndOfFile(r)) {
                        sink.reject(new Rejection(
                                where,
                                "(record)",
                                "unclosed quote: a quoted field opened in this"
                                        + " record runs to the end of the file (line " + tail.lines()
                                        + "), swallowing the lines"
                                        + " after it; close the quote with \" and read the file again",
                                raw(r)));
                        continue;
                    }
                    if (r.getFieldCount() != header.size()) {
                        sink.reject(new Rejection(
                                where,
                                "(record)",
                                "has " + r.getFieldCount()
                                        + " fields but the header has " + header.size()
                                        + ": quote fields that contain the separator",
                                raw(r)));
                        continue;
                    }
                    next = new Row(where, r);
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

    /**
     * True when the last record's last field holds a line break although the file does not end with a
     * closing quote: the only way a field can span lines and reach the end of the file is an unclosed
     * quote (a properly quoted last field ends with {@code "}).
     */
    private boolean runsToEndOfFile(CsvRecord r) {
        String last = r.getField(r.getFieldCount() - 1);
        return (last.indexOf('\n') >= 0 || last.indexOf('\r') >= 0) && tail.lastChar() != '"';
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    /** The record re-joined as one CSV line, for the rejects file. */
    static String raw(CsvRecord r) {
        return raw(r.getFields());
    }

    /** The cells joined as one CSV line (cut after 10,000 characters), for the rejects file. */
    static String raw(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String f = cells.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
            if (b.length() > 10_000) {
                b.setLength(10_000);
                b.append("…");
                break;
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Passes text through, remembering the last character that is not a line break, and counting lines. */
    private static final class TailTrackingReader extends java.io.FilterReader {
        private int last = -1;
        private long lines = 1;

        TailTrackingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) note((char) c);
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) note(buf[i]);
            return n;
        }

        private void note(char c) {
            if (c == '\n') lines++;
            else if (c != '\r') last = c;
        }

        int lastChar() {
            return last;
        }

        long lines() {
            return lines;
        }
    }

    /** One data row: where it starts and its fields (by column index). */
    public static final class Row {
        private final SourceLocation where;
        private final CsvRecord record;

        Row(SourceLocation where, CsvRecord record) {
            this.where = where;
            this.record = record;
        }

        public SourceLocation where() {
            return where;
        }

        /** The trimmed field at {@code column}, or null when the column is absent (-1) or the cell blank. */
        public String get(int column) {
            if (column < 0 || column >= record.getFieldCount()) return null;
            String v = record.getField(column).strip();
            return v.isEmpty() ? null : v;
        }

        public String raw() {
            return CsvInput.raw(record);
        }

        public int size() {
            return record.getFieldCount();
        }
    }
}
