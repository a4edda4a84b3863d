package dev.kct.source;

/**
 * Where a record is: the file as the user named it and its 1-based line, or the range of lines it spans when
 * that is what a report must name (a CSV record swallowed by an unclosed quote).
 *
 * @param file     the file as the user named it
 * @param line     the first line
 * @param lastLine the last line; equal to {@code line} for a location on one line
 */
public record SourceLocation(String file, long line, long lastLine) {

    public SourceLocation {
        if (lastLine < line) throw new IllegalArgumentException("line range " + line + "-" + lastLine);
    }

    /** A location on one line. */
    public SourceLocation(String file, long line) {
        this(file, line, line);
    }

    /** {@code 57}, or {@code 57-81} for a range. */
    public String lines() {
        return lastLine == line ? Long.toString(line) : line + "-" + lastLine;
    }

    @Override
    public String toString() {
        return file + ":" + lines();
    }
}
