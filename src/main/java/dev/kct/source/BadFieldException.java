package dev.kct.source;

/**
 * A field of one record that cannot be used; readers turn it into a {@link Rejection} for that record.
 * Checked so that a reader's record-building code says where it can fail.
 */
final class BadFieldException extends Exception {

    private final String field;

    BadFieldException(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The source's name for the field at fault. */
    String field() {
        return field;
    }
}
