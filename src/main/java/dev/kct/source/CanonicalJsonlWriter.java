package dev.kct.source;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@link PatentRecord}s in kct's canonical JSONL schema: one compact JSON object per line
 * (UTF-8, LF), keys in the order of {@link CanonicalCsvWriter#COLUMNS}, lists as JSON arrays, claims
 * and NPL counts as numbers, dates as strings ({@code 2019-03-07}, or {@code 2019} when the day is not
 * known). Absent values and empty lists are left out (never {@code null}). In
 * {@code applicant_countries}, aligned with {@code applicants}, an applicant of unknown country is
 * {@code ""}; the key is left out when no applicant has a known country. Names are written as they are
 * (unlike CSV, a {@code ;} inside a name needs no change). The same records always give the same bytes.
 *
 * <p>Use {@link #open(Path)} for a file (gzip-compressed when its name ends with {@code .gz}).
 */
public final class CanonicalJsonlWriter implements Closeable {

    private static final JsonFactory JSON =
            new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator json;
    private long count;

    /** Writes to {@code out}, which {@link #close()} closes. */
    public CanonicalJsonlWriter(Writer out) throws IOException {
        json = JSON.createGenerator(out);
    }

    /** Writes UTF-8 to {@code out}, which {@link #close()} closes. */
    public CanonicalJsonlWriter(OutputStream out) throws IOException {
        json = JSON.createGenerator(out, JsonEncoding.UTF8);
    }

    /**
     * Creates (or replaces) {@code file}; the output is gzip-compressed when the file name ends with
     * {@code .gz} (e.g. {@code patents.jsonl.gz}).
     */
    public static CanonicalJsonlWriter open(Path file) throws IOException {
        return new CanonicalJsonlWriter(CanonicalCsvWriter.newOutput(file));
    }

    /** Appends one record as one line. */
    public void write(PatentRecord r) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", r.id());
        if (!r.ipc().isEmpty()) {
            json.writeArrayFieldStart("ipc");
            for (IpcSymbol s : r.ipc()) json.writeString(s.toString());
            json.writeEndArray();
        }
        stringField("priority_date", CanonicalCsvWriter.date(r.priorityDate()));
        stringField("filing_date", CanonicalCsvWriter.date(r.filingDate()));
        stringField("publication_date", CanonicalCsvWriter.date(r.publicationDate()));
        stringField("family_id", r.familyId());
        List<Applicant> applicants = r.applicants();
        if (!applicants.isEmpty()) {
            json.writeArrayFieldStart("applicants");
            for (Applicant a : applicants) json.writeString(a.name());
            json.writeEndArray();
            if (CanonicalCsvWriter.anyCountry(applicants)) {
                json.writeArrayFieldStart("applicant_countries");
                for (Applicant a : applicants) json.writeString(a.country() == null ? "" : a.country());
                json.writeEndArray();
            }
        }
        if (!r.cited().isEmpty()) {
            json.writeArrayFieldStart("cited");
            for (String c : r.cited()) json.writeString(c);
            json.writeEndArray();
        }
        if (r.claims() != null) json.writeNumberField("claims", r.claims());
        if (r.nplCitations() != null) json.writeNumberField("npl_citations", r.nplCitations());
        stringField("title", r.title());
        stringField("abstract", r.abstractText());
        json.writeEndObject();
        json.writeRaw('\n');
        count++;
    }

    /** Number of records written so far. */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void stringField(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) json.writeStringField(name, value);
    }
}
