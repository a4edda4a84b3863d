package dev.kct.source;

import java.util.List;

/**
 * The columns of kct's canonical input (CSV and JSONL), in the order kct writes them. {@code id} and
 * {@code ipc} are required; at least one of the three dates must be present in each record.
 */
public enum CanonicalField {
    ID("id", true),
    IPC("ipc", true),
    PRIORITY_DATE("priority_date", false),
    FILING_DATE("filing_date", false),
    PUBLICATION_DATE("publication_date", false),
    FAMILY_ID("family_id", false),
    APPLICANTS("applicants", false),
    APPLICANT_COUNTRIES("applicant_countries", false),
    CITED("cited", false),
    CLAIMS("claims", false),
    NPL_CITATIONS("npl_citations", false),
    TITLE("title", false),
    ABSTRACT("abstract", false);

    private final String column;
    private final boolean required;

    CanonicalField(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    /** The column (or JSON key) name. */
    public String column() {
        return column;
    }

    public boolean isRequired() {
        return required;
    }

    /** The three date columns, in fallback order. */
    public static final List<CanonicalField> DATES = List.of(PRIORITY_DATE, FILING_DATE, PUBLICATION_DATE);

    /** The field with this column name, or null. */
    public static CanonicalField byColumn(String name) {
        for (CanonicalField f : values()) {
            if (f.column.equals(name)) return f;
        }
        return null;
    }
}
