package dev.kct.source;

import dev.kct.record.PatentRecord;

/**
 * Where a reader pushes what it reads. Readers stream: they call {@link #accept} once per good record,
 * {@link #reject} once per bad one (the record is then skipped), and never hold a whole file.
 */
public interface RecordSink extends ProblemSink {

    /** A record that was read successfully. */
    void accept(PatentRecord record, SourceLocation where);
}
