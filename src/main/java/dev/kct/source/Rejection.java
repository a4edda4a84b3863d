package dev.kct.source;

/**
 * A record that a reader could not use, with where it is, which field is wrong, why, and the raw text
 * of the record (for the rejects file).
 *
 * @param where  file and line where the record starts
 * @param field  the field at fault (the source's column name), or {@code "(record)"} / {@code "(file)"}
 * @param reason what is wrong and, where it helps, how to fix it
 * @param raw    the raw record as read (may be shortened for very long records), or empty
 */
public record Rejection(SourceLocation where, String field, String reason, String raw) {

    /** One line for a terminal: {@code file:line: field 'claims': not an integer: 'x'}. */
    public String describe() {
        return where + ": " + (field.startsWith("(") ? "" : "field '" + field + "': ") + reason;
    }
}
