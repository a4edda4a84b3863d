package dev.kct.source;

import dev.kct.record.PatentRecord;

/**
 * Where a reader pushes what it reads. Readers stream: they call {@link #accept} once per good record,
 * {@link #reject} once per bad one (the record is then skipped), and never hold a whole file.
 */
public interface RecordSink {

    /** A record that was read successfully. */
    void accept(PatentRecord record, SourceLocation where);

    /** A record that cannot be used; it is skipped (or, in strict mode, the run stops). */
    void reject(Rejection rejection);

    /** A note on the input that loses nothing, e.g. unknown columns ignored; said once per file and kind. */
    void warn(SourceLocation where, String message);

    /**
     * A record that was used after a repair (e.g. one IPC of several could not be parsed and was dropped);
     * {@code what} names the repair kind so the run's summary can count them.
     */
    void repaired(SourceLocation where, String what);
}
