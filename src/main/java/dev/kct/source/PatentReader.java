package dev.kct.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one input format and streams its records into a {@link RecordSink}. Implementations bind
 * columns by header name, never by position, and report every bad record with its location.
 */
public interface PatentReader {

    /** The format's name as {@code --format} takes it, e.g. {@code canonical}, {@code lens}. */
    String format();

    /** True when the start of a file looks like this format (header names, first bytes, file name). */
    boolean recognizes(SourceHead head);

    /**
     * Reads {@code file} (possibly gzip-compressed) and pushes each record to {@code sink}.
     *
     * @param displayName the name to use in messages (usually the path as the user typed it)
     * @throws dev.kct.KctException of kind DATA when the whole file is unusable (e.g. a required column missing)
     * @throws IOException when the file cannot be read
     */
    void read(Path file, String displayName, RecordSink sink) throws IOException;

    /**
     * As {@link #read(Path, String, RecordSink)}, parsing on at most {@code threads} threads (0: all cores) where the
     * reader parses in parallel; the records reach the sink in file order either way.
     */
    default void read(Path file, String displayName, RecordSink sink, int threads) throws IOException {
        read(file, displayName, sink);
    }
}
