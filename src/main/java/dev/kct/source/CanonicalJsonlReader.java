package dev.kct.source;

import java.io.IOException;
import java.nio.file.Path;

/** Placeholder until the canonical reader lands. */
public final class CanonicalJsonlReader implements PatentReader {
    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        return false;
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        throw new UnsupportedOperationException();
    }
}
