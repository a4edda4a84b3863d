package dev.kct.source;

/** Where a record starts: the file as the user named it and the 1-based line. */
public record SourceLocation(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
