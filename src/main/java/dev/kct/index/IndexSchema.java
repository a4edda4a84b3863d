package dev.kct.index;

/**
 * Field names and the schema version of a kct index, in one place. Every field that analysis reads
 * has doc values (column-stride, fast to scan for millions of patents). Only the id and the text
 * fields are inverted (searchable terms); IPC and country filters run on doc values, and ids are
 * hashed, which keeps bulk indexing fast.
 *
 * <p>Bump {@link #VERSION} whenever a field changes meaning or encoding: an index of another version
 * is refused with instructions to rebuild it.
 */
public final class IndexSchema {

    /** Schema version written to every commit's user data. */
    public static final String VERSION = "7";

    /** Commit user-data keys. */
    public static final String META_SCHEMA = "kct.schema";
    public static final String META_KCT_VERSION = "kct.version";
    public static final String META_PATENTS = "kct.patents";

    /** Unique document id: keyword (for replace) + stored. */
    public static final String ID = "id";
    /** A patent's dates, counts, id/family/cited hashes and applicant countries in one binary doc value ({@link PatentFacts}). */
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
    /** The patent's country of origin (first applicant's, after fallbacks): sorted doc values. */
    public static final String COUNTRY = "country";
    /** Publishing office: stored. */
    public static final String OFFICE = "office";
    /** Family id: stored. */
    public static final String FAMILY = "family_id";
    /** Free text. */
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    /** Applicant names as analysed text, for {@code --query}. */
    public static final String APPLICANT_TEXT = "applicants";

    private IndexSchema() {
    }
}
