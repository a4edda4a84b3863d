package dev.kct.source;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@link PatentRecord}s in kct's canonical CSV schema, the format {@code kct index} reads back:
 * RFC 4180, UTF-8 without BOM, LF line ends, a header row with the columns of {@link #COLUMNS} in
 * that order, and quotes only where a cell needs them. The same records always give the same bytes.
 *
 * <p>Cells: lists ({@code ipc}, {@code applicants}, {@code applicant_countries}, {@code cited}) are
 * joined with {@code ;}; dates are {@code yyyy-mm-dd}, or {@code yyyy} when the day is not known
 * (the schema has no month-only form); IPC symbols in canonical form ({@code H01L 21/027}); absent values are empty
 * cells. {@code applicant_countries} is aligned with {@code applicants}: an applicant of unknown
 * country leaves an empty item at its position ({@code US;;DE}); when no applicant has a known country
 * the cell is empty. Since {@code ;} separates applicants, a {@code ;} inside an applicant's name is
 * written as {@code ,} (the only change this writer makes to a value). Fields of {@link PatentRecord}
 * outside the schema ({@code office}, {@code priorityOffices}, {@code citedByCount}) are not written.
 *
 * <p>Use {@link #open(Path)} for a file (gzip-compressed when its name ends with {@code .gz}).
 */
public final class CanonicalCsvWriter implements Closeable {

    /** The canonical columns, in the order kct writes them (CSV header and JSONL key order). */
    public static final List<String> COLUMNS = List.of(
            "id",
            "ipc",
            "priority_date",
            "filing_date",
            "publication_date",
            "family_id",
            "applicants",
            "applicant_countries",
            "cited",
            "claims",
            "npl_citations",
            "title",
            "abstract");

    private final CsvWriter csv;
    private final String[] cells = new String[COLUMNS.size()];
    private final StringBuilder buffer = new StringBuilder(256);
    private long count;

    /** Writes to {@code out} (closed by {@link #close()}); the header row is written at once. */
    public CanonicalCsvWriter(Writer out) {
        csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .bufferSize(1 << 16)
                .build(out);
        csv.writeRecord(COLUMNS);
    }

    /** Writes UTF-8 to {@code out} (closed by {@link #close()}); the header row is written at once. */
    public CanonicalCsvWriter(OutputStream out) {
        this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Creates (or replaces) {@code file}; the output is gzip-compressed when the file name ends with
     * {@code .gz} (e.g. {@code patents.csv.gz}).
     */
    public static CanonicalCsvWriter open(Path file) throws IOException {
        return new CanonicalCsvWriter(newOutput(file));
    }

    /** Appends one record as one CSV row. */
    public void write(PatentRecord r) throws IOException {
        cells[0] = r.id();
        cells[1] = joinIpc(r.ipc());
        cells[2] = date(r.priorityDate());
        cells[3] = date(r.filingDate());
        cells[4] = date(r.publicationDate());
        cells[5] = orEmpty(r.familyId());
        cells[6] = joinApplicantNames(r.applicants());
        cells[7] = joinCountries(r.applicants());
        cells[8] = String.join(";", r.cited());
        cells[9] = r.claims() == null ? "" : r.claims().toString();
        cells[10] = r.nplCitations() == null ? "" : r.nplCitations().toString();
        cells[11] = orEmpty(r.title());
        cells[12] = orEmpty(r.abstractText());
        try {
            csv.writeRecord(cells);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        count++;
    }

    /** Number of records written so far (the header not counted). */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /**
     * A buffered output stream to a new (or truncated) file, gzip-compressed when the name ends with
     * {@code .gz}. Shared by the canonical writers.
     */
    static OutputStream newOutput(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new BufferedOutputStream(new FastGzipOutputStream(out), 1 << 16);
        }
        return new BufferedOutputStream(out, 1 << 16);
    }

    /**
     * The canonical text of a date: {@code yyyy-mm-dd}, or {@code yyyy} when the day is unknown (the
     * canonical schema has no month-only form, so a known month without a day is not written).
     */
    static String date(PatentDate d) {
        if (d == null) return "";
        boolean full = d.day() != 0;
        char[] c = new char[full ? 10 : 4];
        int y = d.year();
        c[0] = (char) ('0' + y / 1000);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        if (full) {
            c[4] = '-';
            c[5] = (char) ('0' + d.month() / 10);
            c[6] = (char) ('0' + d.month() % 10);
            c[7] = '-';
            c[8] = (char) ('0' + d.day() / 10);
            c[9] = (char) ('0' + d.day() % 10);
        }
        return new String(c);
    }

    /** True when at least one applicant has a known country, i.e. the countries list is worth writing. */
    static boolean anyCountry(List<Applicant> applicants) {
        for (Applicant a : applicants) {
            if (a.country() != null) return true;
        }
        return false;
    }

    private String joinIpc(List<IpcSymbol> ipc) {
        if (ipc.size() == 1) return ipc.get(0).toString();
        buffer.setLength(0);
        for (int i = 0; i < ipc.size(); i++) {
            if (i > 0) buffer.append(';');
            buffer.append(ipc.get(i).toString());
        }
        return buffer.toString();
    }

    private String joinApplicantNames(List<Applicant> applicants) {
        buffer.setLength(0);
        for (int i = 0; i < applicants.size(); i++) {
            if (i > 0) buffer.append(';');
            buffer.append(applicants.get(i).name().replace(';', ','));
        }
        return buffer.toString();
    }

    private String joinCountries(List<Applicant> applicants) {
        if (!anyCountry(applicants)) return "";
        buffer.setLength(0);
        for (int i = 0; i < applicants.size(); i++) {
            if (i > 0) buffer.append(';');
            String c = applicants.get(i).country();
            if (c != null) buffer.append(c);
        }
        return buffer.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Gzip at the fastest level: generated corpora are large and written once. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
