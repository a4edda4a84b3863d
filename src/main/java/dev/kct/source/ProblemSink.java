package dev.kct.source;

import java.util.List;

/**
 * Where a reader reports what is wrong with its input, apart from the records themselves ({@link RecordSink} adds
 * those): a record that cannot be used, a note that loses nothing, a repair. Table readers that produce no
 * {@code PatentRecord}s ({@link CsvInput}, {@link TsvTable}) take only this.
 */
public interface ProblemSink {

    /** A record that cannot be used; it is skipped (or, in strict mode, the run stops). */
    void reject(Rejection rejection);

    /** A note on the input that loses nothing, e.g. unknown columns ignored; said once per file and kind. */
    void warn(SourceLocation where, String message);

    /**
     * A record that was used after a repair (e.g. one IPC of several could not be parsed and was dropped);
     * {@code what} names the repair kind so the run's summary can count them.
     */
    void repaired(SourceLocation where, String what);

    /** A sink that keeps the rejections in {@code rejections} and lets warnings and repairs pass unrecorded. */
    static ProblemSink rejectionsInto(List<Rejection> rejections) {
        return new ProblemSink() {
            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }

            @Override
            public void warn(SourceLocation where, String message) {
                // not recorded: the caller asked for rejections only
            }

            @Override
            public void repaired(SourceLocation where, String what) {
                // not recorded: the caller asked for rejections only
            }
        };
    }
}
