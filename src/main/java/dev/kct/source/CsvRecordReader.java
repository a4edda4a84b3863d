package dev.kct.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Splits delimited text into records the way RFC 4180 does, keeping what a generic CSV parser throws away: the
 * physical lines each record was made of, and where a quoted field ran across a line break. {@link CsvInput}
 * needs both to tell a legitimate multi-line field from a stray quote that swallowed the lines after it, and to
 * read those lines again ({@link #unread}).
 *
 * <p>The rules are FastCSV's lenient ones, which kct used before: a quote opens a quoted field only as a field's
 * first character (elsewhere it is text); inside quotes {@code ""} is a quote and a line break is text; text after
 * a closing quote is kept; {@code \n}, {@code \r\n} and {@code \r} end a line; empty lines between records are
 * skipped. A record that breaks the strict rules (a quote inside an unquoted field, text after a closing quote) is
 * still read, but is not {@link Record#strict() strict}.
 *
 * <p>Memory is bounded: a record stops at the end of the line on which it passes {@link #MAX_RECORD_CHARS}
 * characters (a line longer than that is cut there), and only the first {@link #MAX_FIELDS} fields are kept; both
 * are marked on the record, and such a record is never used.
 */
final class CsvRecordReader implements Closeable {

    /** The most characters of a record that are read before the record is ended and marked {@code tooLong}. */
    static final int MAX_RECORD_CHARS = 1 << 24;

    /** The most fields of a record that are kept; more are counted, not kept. */
    static final int MAX_FIELDS = 1 << 14;

    private static final int BUFFER = 1 << 16;

    /**
     * One physical line.
     *
     * @param number    its 1-based number in the file
     * @param text      its text, without the line break
     * @param lineBreak the line break that ended it ({@code ""} at the end of the file)
     * @param cut       true when the line was longer than {@link #MAX_RECORD_CHARS} and the rest was dropped
     */
    record Line(long number, String text, String lineBreak, boolean cut) {}

    /**
     * A quoted field that ran across a line break.
     *
     * @param line  the index, in {@link Record#lines()}, of the line on which its quote opened
     * @param field its 0-based field index
     */
    record Span(int line, int field) {}

    /**
     * One record as read.
     *
     * @param lines      the physical lines it was read from (never empty)
     * @param fields     its fields, at most {@link #MAX_FIELDS}
     * @param fieldCount how many fields it has (may exceed {@code fields.size()})
     * @param spans      its quoted fields that ran across a line break, in order
     * @param strict     true when no quote is out of place (see the class comment)
     * @param unclosed   true when the text ended inside quotes
     * @param tooLong    true when the record was cut at {@link #MAX_RECORD_CHARS}
     */
    record Record(
            List<Line> lines,
            List<String> fields,
            int fieldCount,
            List<Span> spans,
            boolean strict,
            boolean unclosed,
            boolean tooLong) {

        long firstLine() {
            return lines.get(0).number();
        }

        long lastLine() {
            return lines.get(lines.size() - 1).number();
        }
    }

    private final Reader in;
    private final char separator;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private long lineNumber = 1;
    private final Deque<Line> unread = new ArrayDeque<>();
    private final StringBuilder line = new StringBuilder();

    CsvRecordReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record, or null at the end of the text. */
    Record next() throws IOException {
        return read(this::nextLine, separator);
    }

    /** Puts {@code lines} back: they are read again, in order, before the rest of the text. */
    void unread(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) unread.addFirst(lines.get(i));
    }

    /**
     * True when {@code lines}, read on their own, hold a {@link Record#strict() strict} record of {@code width}
     * fields that ends within them: the sign that a quote swallowed them (see {@link CsvInput}).
     */
    static boolean holdsStrictRecord(List<Line> lines, char separator, int width) {
        Iterator<Line> it = lines.iterator();
        LineSource source = () -> it.hasNext() ? it.next() : null;
        try {
            for (Record r = read(source, separator); r != null; r = read(source, separator)) {
                if (r.strict() && !r.unclosed() && !r.tooLong() && r.fieldCount() == width) return true;
            }
        } catch (IOException e) {
            throw new IllegalStateException("lines in memory cannot fail to read", e);
        }
        return false;
    }

    private interface LineSource {
        Line next() throws IOException;
    }

    private static Record read(LineSource source, char separator) throws IOException {
        Line first = source.next();
        while (first != null && first.text().isEmpty() && !first.cut()) first = source.next();
        if (first == null) return null;
        Fields fields = new Fields(separator);
        List<Line> lines = new ArrayList<>(1);
        long chars = 0;
        for (Line l = first; ; ) {
            lines.add(l);
            chars += l.text().length() + l.lineBreak().length();
            boolean ended = fields.add(l, lines.size() - 1);
            boolean tooLong = l.cut() || chars > MAX_RECORD_CHARS;
            if (ended || tooLong) return fields.record(lines, false, tooLong);
            l = source.next();
            if (l == null) return fields.record(lines, true, false);
        }
    }

    /** The next physical line: one put back, else one from the text; null at the end. */
    private Line nextLine() throws IOException {
        if (!unread.isEmpty()) return unread.removeFirst();
        line.setLength(0);
        boolean any = false;
        boolean cut = false;
        while (true) {
            if (pos == len && !fill()) {
                return any ? new Line(lineNumber++, line.toString(), "", cut) : null;
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            int room = MAX_RECORD_CHARS - line.length();
            if (pos - start > room) cut = true;
            line.append(buf, start, Math.min(pos - start, room));
            if (pos == len) continue;
            String lineBreak = "\n";
            if (buf[pos++] == '\r') {
                lineBreak = "\r";
                if ((pos < len || fill()) && buf[pos] == '\n') {
                    pos++;
                    lineBreak = "\r\n";
                }
            }
            return new Line(lineNumber++, line.toString(), lineBreak, cut);
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The fields of one record, filled line by line. */
    private static final class Fields {
        private final char separator;
        private final List<String> values = new ArrayList<>();
        private final List<Span> spans = new ArrayList<>(0);
        private final StringBuilder field = new StringBuilder();
        private int count;
        private boolean strict = true;
        private boolean inQuotes;

        Fields(char separator) {
            this.separator = separator;
        }

        /** Reads one more line of the record; true when the record ends with it (outside quotes). */
        boolean add(Line line, int index) {
            String t = line.text();
            int i = 0;
            if (inQuotes) {
                i = quoted(t, 0);
                if (i < 0) {
                    field.append(line.lineBreak());
                    return false;
                }
                inQuotes = false;
                i = afterQuote(t, i);
                if (i == t.length()) return true;
                i++;
            }
            while (true) {
                if (i < t.length() && t.charAt(i) == '"') {
                    int close = quoted(t, i + 1);
                    if (close < 0) {
                        inQuotes = true;
                        spans.add(new Span(index, count));
                        field.append(line.lineBreak());
                        return false;
                    }
                    i = afterQuote(t, close);
                } else {
                    int end = t.indexOf(separator, i);
                    if (end < 0) end = t.length();
                    String value = t.substring(i, end);
                    if (value.indexOf('"') >= 0) strict = false;
                    keep(value);
                    i = end;
                }
                if (i == t.length()) return true;
                i++;
            }
        }

        /** Adds quoted text from {@code i} to the field: the index after the closing quote, or -1 at the line's end. */
        private int quoted(String t, int i) {
            while (true) {
                int q = t.indexOf('"', i);
                if (q < 0) {
                    field.append(t, i, t.length());
                    return -1;
                }
                field.append(t, i, q);
                if (q + 1 < t.length() && t.charAt(q + 1) == '"') {
                    field.append('"');
                    i = q + 2;
                } else {
                    return q + 1;
                }
            }
        }

        /** Ends the quoted field at the next separator, keeping any text after its closing quote. */
        private int afterQuote(String t, int i) {
            int end = t.indexOf(separator, i);
            if (end < 0) end = t.length();
            if (end > i) {
                strict = false;
                field.append(t, i, end);
            }
            keep(field.toString());
            field.setLength(0);
            return end;
        }

        private void keep(String value) {
            if (count++ < MAX_FIELDS) values.add(value);
        }

        Record record(List<Line> lines, boolean atEnd, boolean tooLong) {
            if (inQuotes) keep(field.toString());
            return new Record(lines, values, count, spans, strict && !inQuotes, atEnd && inQuotes, tooLong);
        }
    }
}
