package dev.kct.ingest;

import dev.kct.source.Rejection;
import dev.kct.source.SourceLocation;

/**
 * Hears what an ingest run meets, as it happens: the command line prints the first rejections,
 * writes the rejects file and drives a progress bar from these calls. Calls come from one thread.
 */
public interface IngestListener {

    default void rejected(Rejection rejection) {}

    default void warning(SourceLocation where, String message) {}

    /** Called every few thousand records with the running total of records read. */
    default void progress(long recordsRead) {}

    default void fileStarted(String displayName, String format) {}

    IngestListener NONE = new IngestListener() {};
}
