package dev.kct.source;

import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the export readers share: missing-value markers, list splitting, numbers and dates of a field
 * with the field named on failure, the encoding of a whole file, header names for detection, and the
 * loop that turns each CSV row into an accepted or rejected record.
 */
final class SourceFields {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceFields() {}

    /** Builds one record from one CSV row, adding the names of any repairs to {@code repairs}. */
    interface RowParser {
        PatentRecord parse(CsvInput.Row row, List<String> repairs) throws BadFieldException;
    }

    /** Reads every row of {@code csv}: accepted records and their repairs, or one rejection per bad row. */
    static void readRows(CsvInput csv, RecordSink sink, RowParser parser) {
        List<String> repairs = new ArrayList<>();
        for (CsvInput.Row row : csv) {
            repairs.clear();
            PatentRecord record;
            try {
                record = parser.parse(row, repairs);
            } catch (BadFieldException e) {
                sink.reject(new Rejection(row.where(), e.field(), e.getMessage(), row.raw()));
                continue;
            }
            sink.accept(record, row.where());
            for (String what : repairs) sink.repaired(row.where(), what);
        }
    }

    /** {@code applicants}, or a rejection of {@code field} when a record cannot hold that many ({@link PatentRecord#MAX_APPLICANTS}). */
    static List<Applicant> applicants(List<Applicant> applicants, String field) throws BadFieldException {
        if (applicants.size() > PatentRecord.MAX_APPLICANTS) {
            throw new BadFieldException(field, PatentRecord.tooManyApplicants(applicants.size()));
        }
        return applicants;
    }

    /** The header's name for {@code column}, as the source writes it, for rejections; {@code (none)} for an absent column. */
    static String columnName(CsvInput csv, int column) {
        return column >= 0 && column < csv.header().size()
                ? csv.header().get(column).strip()
                : "(none)";
    }

    /** The cell, or null when it is absent, blank or the literal {@code NA} that R-made exports write. */
    static String value(String cell) {
        if (cell == null) return null;
        String s = cell.strip();
        return s.isEmpty() || s.equals("NA") ? null : s;
    }

    /** {@code v} with tabs and line breaks turned into spaces, for values that must stay on one line. */
    static String oneLine(String v) {
        if (v == null || (v.indexOf('\t') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0)) return v;
        return v.replace("\r\n", " ").replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The items of a list cell joined by {@code separator} ({@code ;;}, {@code ;}, a line break), stripped, blanks and {@code NA} dropped. */
    static List<String> split(String cell, String separator) {
        List<String> items = new ArrayList<>();
        if (value(cell) == null) return items;
        int from = 0;
        while (from <= cell.length()) {
            int to = cell.indexOf(separator, from);
            if (to < 0) to = cell.length();
            String v = value(cell.substring(from, to));
            if (v != null) items.add(v);
            from = to + separator.length();
        }
        return items;
    }

    /** The items of a cell with one item per line. */
    static List<String> lines(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null) return items;
        for (String item : LINE_BREAK.split(cell)) {
            String v = value(item);
            if (v != null) items.add(v);
        }
        return items;
    }

    /** The office of a publication number: its first two letters in upper case ({@code kr10…} → {@code KR}), or null. */
    static String officeOf(String publicationNumber) {
        if (publicationNumber == null || publicationNumber.length() < 2) return null;
        String prefix = publicationNumber.substring(0, 2);
        return isTwoLetters(prefix) ? prefix.toUpperCase(Locale.ROOT) : null;
    }

    /** True when {@code s} is two ASCII letters (any case), the shape of an office or country code. */
    static boolean isTwoLetters(String s) {
        return s != null && s.length() == 2 && isAsciiLetter(s.charAt(0)) && isAsciiLetter(s.charAt(1));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** True when {@code s} is {@code n} ASCII digits. */
    static boolean isDigits(String s, int n) {
        if (s.length() != n) return false;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    /** {@code list} without repeats, in first-seen order. */
    static <T> List<T> distinct(List<T> list) {
        return List.copyOf(new LinkedHashSet<>(list));
    }

    /** The whole number in {@code cell}, or null when the cell is empty. */
    static Integer integer(String cell, String field) throws BadFieldException {
        String v = value(cell);
        if (v == null) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new BadFieldException(field, "'" + v + "' is not a whole number");
        }
    }

    /** The date in {@code cell} (see {@link PatentDates#parseNumeric}), or null when the cell is empty. */
    static PatentDate date(String cell, String field, int latestYear) throws BadFieldException {
        String v = value(cell);
        if (v == null) return null;
        try {
            return PatentDates.parseNumeric(v, latestYear);
        } catch (IllegalArgumentException e) {
            throw new BadFieldException(field, e.getMessage());
        }
    }

    /** The year in {@code cell} as a year-only date, or null when the cell is empty. */
    static PatentDate year(String cell, String field) throws BadFieldException {
        Integer year = integer(cell, field);
        if (year == null) return null;
        try {
            return PatentDate.ofYear(year);
        } catch (IllegalArgumentException e) {
            throw new BadFieldException(field, e.getMessage());
        }
    }

    /** The year two-digit years are resolved against when nothing in the record says better. */
    static int thisYear() {
        return LocalDate.now().getYear();
    }

    /**
     * The encoding of a whole (gunzipped) file: UTF-8 when every byte sequence is valid UTF-8; else
     * Windows-1252; else, when bytes occur that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
     * 0x9D), ISO-8859-1, which decodes every byte. Reading the whole file costs a fast byte scan and
     * spares rejecting records for a non-ASCII byte that a 64 KiB head would not have shown.
     */
    static Charset charsetOf(Path file) throws IOException {
        boolean utf8 = true;
        boolean windows1252 = true;
        int pending = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = TextInput.openBytes(file)) {
            for (int n = in.read(buffer); n >= 0 && (utf8 || windows1252); n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xff;
                    if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) windows1252 = false;
                    if (!utf8) continue;
                    if (pending > 0) {
                        utf8 = (b & 0xC0) == 0x80;
                        pending--;
                    } else if (b >= 0x80) {
                        pending =
                                b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
                        utf8 = pending > 0;
                    }
                }
            }
        }
        if (utf8 && pending == 0) return StandardCharsets.UTF_8;
        return windows1252 ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
    }

    /** The first {@code max} non-blank lines of the head (CR, LF and CRLF line ends alike). */
    static List<String> headLines(SourceHead head, int max) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(head.text(), max * 4)) {
            if (lines.size() == max) break;
            if (!line.isBlank()) lines.add(line);
        }
        return lines;
    }

    /** The names in the first line of the head, as {@link #key} makes them; empty for an empty file. */
    static Set<String> headerKeys(SourceHead head, char separator) {
        List<String> lines = headLines(head, 1);
        return lines.isEmpty() ? Set.of() : headerKeys(lines.get(0), separator);
    }

    /** The names in a header line, as {@link #key} makes them. */
    static Set<String> headerKeys(String line, char separator) {
        Set<String> keys = new HashSet<>();
        for (String name : line.split(Pattern.quote(String.valueOf(separator)))) {
            keys.add(key(name));
        }
        return keys;
    }

    /** A column name compared the way {@link CsvInput#column(String)} compares: case, spaces, {@code _-"} ignored. */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\uFEFF' || c == ' ' || c == '_' || c == '-' || c == '"' || c == '\t') continue;
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
