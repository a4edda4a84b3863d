package dev.kct.index;

import dev.kct.record.Applicant;
import dev.kct.record.ApplicantMap;
import dev.kct.record.ApplicantNames;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A record as it goes into the index: after the applicant thesaurus and the country-of-origin
 * fallbacks, with its country of origin and the spellings merged into each applicant key
 * ({@code key U+0000 raw}), so that reports can show which raw names were counted as one applicant.
 *
 * @param record   the record with mapped applicant names and filled applicant countries
 * @param country  the patent's country of origin, or null
 * @param variants {@code key + U+0000 + raw name} for each raw applicant name that was kept
 */
record PreparedRecord(PatentRecord record, String country, List<String> variants) {

    /** Prepares {@code raw} with the thesaurus {@code map} and the country policy {@code origin}. */
    static PreparedRecord of(PatentRecord raw, ApplicantMap map, CountryOfOrigin origin) {
        PatentRecord mapped = map.apply(raw);
        Set<String> variants = new LinkedHashSet<>();
        for (Applicant a : raw.applicants()) {
            String target = map.apply(a.name());
            if (target != null) variants.add(key(target) + '\u0000' + a.name());
        }
        CountryOfOrigin.Resolution res = origin.resolve(mapped);
        return new PreparedRecord(res.record(), res.country(), List.copyOf(variants));
    }

    /** The matching key of an applicant name ({@link ApplicantNames#normalize}, or the name when that is empty). */
    static String key(String name) {
        String k = ApplicantNames.normalize(name);
        return k.isEmpty() ? name : k;
    }
}
