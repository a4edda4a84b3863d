package dev.kct.index;

import dev.kct.record.Applicant;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * A record as it goes into the index: after the applicant thesaurus and the country-of-origin
 * fallbacks, with its country of origin and, per applicant, its {@link ApplicantVariants variant term}
 * ({@code key U+0000 raw}): the index derives the applicants from these, and reports show which raw names
 * were counted as one applicant.
 *
 * @param record   the record with mapped applicant names and filled applicant countries
 * @param country  the patent's country of origin, or null
 * @param variants the distinct variant terms of the raw applicant names that were kept
 */
record PreparedRecord(PatentRecord record, String country, List<BytesRef> variants) {

    /** Prepares {@code raw} with the run's thesaurus (the one {@code variants} applies) and the country policy {@code origin}. */
    static PreparedRecord of(PatentRecord raw, ApplicantVariants variants, CountryOfOrigin origin) {
        ApplicantMap map = variants.map();
        PatentRecord mapped = map.size() > 0 ? map.apply(raw) : raw;
        Distinct<BytesRef> terms = new Distinct<>(raw.applicants().size());
        for (Applicant a : raw.applicants()) {
            BytesRef t = variants.term(a.name());
            if (t != null) terms.add(t);
        }
        CountryOfOrigin.Resolution res = origin.resolve(mapped);
        return new PreparedRecord(res.record(), res.country(), terms.list());
    }
}
