package dev.kct.index;

/**
 * Field names and the schema version of a kct index, in one place. Every field that analysis reads
 * has doc values (column-stride, fast to scan for millions of patents). Only the text fields are
 * inverted (searchable terms); ids are found by a 128-bit hash (a point), IPC and country filters run on doc
 * values, which keeps bulk indexing fast.
 *
 * <p>Bump {@link #VERSION} whenever a field changes meaning or encoding: an index of another version
 * is refused with instructions to rebuild it.
 */
public final class IndexSchema {

    /** Schema version written to every commit's user data. */
    public static final String VERSION = "8";

    /** Commit user-data keys. */
    public static final String META_SCHEMA = "kct.schema";

    public static final String META_KCT_VERSION = "kct.version";
    public static final String META_PATENTS = "kct.patents";

    /** The patent's id as given: stored. */
    public static final String ID = "id";
    /**
     * The 128-bit {@linkplain IdHash#key key} of the id as a 16-byte point: finds the document to replace when
     * a record comes again (and {@code id:} in {@code --query}). A point costs far less to index than a
     * unique term per patent.
     */
    public static final String ID_KEY = "id_key";
    /**
     * A patent's dates, counts, id/family/cited hashes, country of origin (first applicant's, after fallbacks)
     * and applicant countries in one binary doc value ({@link PatentFacts}).
     */
    public static final String FACTS = "facts";
    /**
     * Canonical IPC symbols as given, each at its own precision: sorted-set doc values (cut to any level
     * when loaded, one parse per distinct symbol) + stored (semicolon-joined, for display).
     */
    public static final String IPC = "ipc";
    /** Applicant names as written, newline-joined: stored, for display. */
    public static final String APPLICANT_RAW = "applicant_raw";
    /**
     * {@code key + U+0000 + raw name} per applicant (sorted-set doc values): the applicant's matching key
     * (normalised, after the thesaurus) and which spellings were merged into it.
     */
    public static final String APPLICANT_VARIANT = "applicant_variant";
    /** Publishing office: stored. */
    public static final String OFFICE = "office";
    /** Family id: stored. */
    public static final String FAMILY = "family_id";
    /** Free text. */
    public static final String TITLE = "title";

    public static final String ABSTRACT = "abstract";
    /** Applicant names as analysed text, for {@code --query}. */
    public static final String APPLICANT_TEXT = "applicants";

    private IndexSchema() {}
}
