package dev.kct.source;

import java.util.List;

/**
 * The columns of kct's canonical input (CSV and JSONL), in the order kct writes them. {@code id} and
 * {@code ipc} are required; at least one of the three dates must be present in each record.
 */
public enum CanonicalField {
    ID("id", false, true),
    IPC("ipc", true, true),
    PRIORITY_DATE("priority_date", false, false),
    FILING_DATE("filing_date", false, false),
    PUBLICATION_DATE("publication_date", false, false),
    FAMILY_ID("family_id", false, false),
    APPLICANTS("applicants", true, false),
    APPLICANT_COUNTRIES("applicant_countries", true, false),
    CITED("cited", true, false),
    CLAIMS("claims", false, false),
    NPL_CITATIONS("npl_citations", false, false),
    TITLE("title", false, false),
    ABSTRACT("abstract", false, false);

    private final String column;
    private final boolean list;
    private final boolean required;

    CanonicalField(String column, boolean list, boolean required) {
        this.column = column;
        this.list = list;
        this.required = required;
    }

    /** The column (or JSON key) name. */
    public String column() {
        return column;
    }

    /** True for list fields ({@code ;}-separated in CSV, arrays in JSONL). */
    public boolean isList() {
        return list;
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
