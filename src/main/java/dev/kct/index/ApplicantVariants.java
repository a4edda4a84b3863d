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
 *
 * <p>A term must fit Lucene's limit for one doc value ({@value #MAX_TERM_BYTES} UTF-8 bytes). A name too long for it
 * (100 kB of text, or a few thousand characters that NFKC expands, such as U+FDFA into 18 letters) keeps its first
 * {@value #KEPT_CHARS} characters in each part; a cut key ends with {@code …} and the hex {@link IdHash} of the whole
 * key, so that two long names that differ only after the cut still count as two applicants.
 */
final class ApplicantVariants {

    private static final int CACHE_LIMIT = 200_000;
    /** The most UTF-8 bytes of one sorted-set doc value (Lucene refuses a document with a longer one). */
    static final int MAX_TERM_BYTES = org.apache.lucene.util.ByteBlockPool.BYTE_BLOCK_SIZE - 2;
    /** Characters kept of a key or raw name too long for one term: at most 3 UTF-8 bytes each, so both parts fit. */
    static final int KEPT_CHARS = 5_000;
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
            t = target == null ? DROPPED : term(key(target), raw);
            if (terms.size() < CACHE_LIMIT) terms.put(raw, t);
        }
        return t == DROPPED ? null : t;
    }

    /** The term {@code key U+0000 raw}, with over-long parts cut so that it fits {@link #MAX_TERM_BYTES}. */
    static BytesRef term(String key, String raw) {
        BytesRef t = new BytesRef(key + '\u0000' + raw);
        if (t.length <= MAX_TERM_BYTES) return t;
        String k = key.length() <= KEPT_CHARS ? key : cut(key) + '…' + Long.toHexString(IdHash.of(key));
        String r = raw.length() <= KEPT_CHARS ? raw : cut(raw) + '…';
        return new BytesRef(k + '\u0000' + r);
    }

    /** The first {@link #KEPT_CHARS} characters of {@code s}, one fewer rather than half a surrogate pair. */
    private static String cut(String s) {
        int end = Character.isHighSurrogate(s.charAt(KEPT_CHARS - 1)) ? KEPT_CHARS - 1 : KEPT_CHARS;
        return s.substring(0, end);
    }

    /** The matching key of an applicant name ({@link ApplicantNames#normalize}, or the name when that is empty). */
    static String key(String name) {
        String k = ApplicantNames.normalize(name);
        return k.isEmpty() ? name : k;
    }
}
