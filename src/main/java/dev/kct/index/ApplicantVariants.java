package dev.kct.index;

import dev.kct.record.ApplicantMap;
import dev.kct.record.ApplicantNames;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link IndexSchema#APPLICANT_VARIANT} term of each raw applicant name for one indexing run:
 * {@code key + U+0000 + raw}, where the key is the {@linkplain ApplicantNames#normalize normalised} name
 * after the thesaurus. Names repeat heavily (a few applicants file most patents), so the terms are kept
 * by raw name, which spares normalising the same name for every patent it appears on.
 * The thesaurus is fixed for a run, so a raw name always gets the same term.
 */
final class ApplicantVariants {

    private static final int CACHE_LIMIT = 200_000;
    /** Marks a name that the thesaurus drops. */
    private static final BytesRef DROPPED = new BytesRef();

    private final ApplicantMap map;
    private final ConcurrentHashMap<String, BytesRef> terms = new ConcurrentHashMap<>();

    ApplicantVariants(ApplicantMap map) {
        this.map = map;
    }

    /** The thesaurus applied before the key is formed. */
    ApplicantMap map() {
        return map;
    }

    /** The variant term of the raw name {@code raw}, or null when the thesaurus drops the name. Do not modify it. */
    BytesRef term(String raw) {
        BytesRef t = terms.get(raw);
        if (t == null) {
            String target = map.size() > 0 ? map.apply(raw) : raw;
            t = target == null ? DROPPED : new BytesRef(key(target) + '\u0000' + raw);
            if (terms.size() < CACHE_LIMIT) terms.put(raw, t);
        }
        return t == DROPPED ? null : t;
    }

    /** The matching key of an applicant name ({@link ApplicantNames#normalize}, or the name when that is empty). */
    static String key(String name) {
        String k = ApplicantNames.normalize(name);
        return k.isEmpty() ? name : k;
    }
}
