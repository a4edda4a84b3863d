package dev.kct.index;

import java.util.Locale;

/** The unit of count (docs/METHODS.md, "Vocabulary"): each record, or each family of records sharing a family id. */
public enum CountUnit {
    DOCUMENTS,
    FAMILIES;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code documents} or {@code families} (any case; the singular too). */
    public static CountUnit fromId(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "documents":
            case "document":
                return DOCUMENTS;
            case "families":
            case "family":
                return FAMILIES;
            default:
                throw new IllegalArgumentException("'" + text + "' is not documents or families");
        }
    }
}
