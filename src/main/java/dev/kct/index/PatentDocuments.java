package dev.kct.index;

import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentRecord;
import java.util.List;
import java.util.StringJoiner;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;

/** Encodes a {@link PreparedRecord} as a Lucene document following {@link IndexSchema}. */
final class PatentDocuments {

    /**
     * UTF-8 terms of the IPC symbols, shared read-only by the
     * indexing threads: Lucene copies a term's bytes, so one encoding serves every patent that holds it.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, BytesRef> TERMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int TERM_CACHE_LIMIT = 300_000;

    /** {@link IndexSchema#ID_KEY}'s point type, built once (a {@code new BinaryPoint} builds and freezes a new one each time). */
    private static final FieldType ID_KEY_TYPE = idKeyType();

    private PatentDocuments() {}

    private static BytesRef ipcTerm(String value) {
        BytesRef t = TERMS.get(value);
        if (t == null) {
            t = new BytesRef(value);
            if (TERMS.size() < TERM_CACHE_LIMIT) TERMS.put(value, t);
        }
        return t;
    }

    static Document toDocument(PreparedRecord p) {
        PatentRecord r = p.record();
        Document d = new Document();
        d.add(new StoredField(IndexSchema.ID, r.id()));
        d.add(new Field(IndexSchema.ID_KEY, new BytesRef(IdHash.key(r.id())), ID_KEY_TYPE));
        d.add(new BinaryDocValuesField(IndexSchema.FACTS, PatentFacts.encode(p)));

        StringJoiner symbols = new StringJoiner(";");
        Distinct<String> distinct = new Distinct<>(r.ipc().size());
        for (IpcSymbol s : r.ipc()) {
            String code = s.toString();
            if (distinct.add(code)) {
                d.add(new SortedSetDocValuesField(IndexSchema.IPC, ipcTerm(code)));
            }
            symbols.add(code);
        }
        d.add(new StoredField(IndexSchema.IPC, symbols.toString()));

        addApplicants(d, r.applicants(), p.variants());
        if (r.office() != null) {
            d.add(new StoredField(IndexSchema.OFFICE, r.office()));
        }
        if (r.familyId() != null) {
            d.add(new StoredField(IndexSchema.FAMILY, r.familyId()));
        }
        if (r.title() != null) d.add(new Field(IndexSchema.TITLE, r.title(), TextAnalysis.STORED_TEXT));
        if (r.abstractText() != null) d.add(new Field(IndexSchema.ABSTRACT, r.abstractText(), TextAnalysis.TEXT));
        return d;
    }

    private static FieldType idKeyType() {
        FieldType t = new FieldType();
        t.setDimensions(1, 16);
        t.freeze();
        return t;
    }

    private static void addApplicants(Document d, List<Applicant> applicants, List<BytesRef> variants) {
        if (applicants.isEmpty()) return;
        StringJoiner raw = new StringJoiner("\n");
        for (Applicant a : applicants) raw.add(a.name());
        for (BytesRef variant : variants) {
            d.add(new SortedSetDocValuesField(IndexSchema.APPLICANT_VARIANT, variant));
        }
        String names = raw.toString();
        d.add(new StoredField(IndexSchema.APPLICANT_RAW, names));
        d.add(new Field(IndexSchema.APPLICANT_TEXT, names, TextAnalysis.TEXT));
    }
}
