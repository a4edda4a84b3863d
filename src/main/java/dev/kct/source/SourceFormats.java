package dev.kct.source;

import dev.kct.KctException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The input formats kct reads, by name ({@code --format}) or detected from a file's start. Detection
 * asks the readers in order, most specific first; a file nobody recognises fails with the list tried.
 */
public final class SourceFormats {

    private static final List<PatentReader> READERS = List.of(
            new PatentsViewReader(),
            new UsptoXmlReader(),
            new EspacenetCsvReader(),
            new PatentscopeCsvReader(),
            new LensCsvReader(),
            new CanonicalJsonlReader(),
            new CanonicalCsvReader());

    private SourceFormats() {}

    /** All readers, in detection order. */
    public static List<PatentReader> all() {
        return READERS;
    }

    /** Names accepted by {@code --format}, plus {@code auto}. */
    public static String names() {
        StringJoiner j = new StringJoiner(", ", "auto, ", "");
        READERS.forEach(r -> j.add(r.format()));
        return j.toString();
    }

    /** {@code auto} and every reader's format name, for completion. */
    public static List<String> ids() {
        List<String> ids = new java.util.ArrayList<>(List.of("auto"));
        READERS.forEach(r -> ids.add(r.format()));
        return ids;
    }

    /** The reader named {@code name}; {@code auto} or null means detect per file (returns null). */
    public static PatentReader byName(String name) {
        if (name == null || name.equalsIgnoreCase("auto")) return null;
        for (PatentReader r : READERS) {
            if (r.format().equalsIgnoreCase(name)
                    || (name.equalsIgnoreCase("csv") && r.format().equals("canonical"))) {
                return r;
            }
        }
        throw KctException.usage("unknown input format '" + name + "': use one of " + names());
    }

    /** Detects the format of {@code file}, or fails naming the formats tried. */
    public static PatentReader detect(Path file, String displayName) throws IOException {
        SourceHead head = SourceHead.of(file);
        if (head.bytes().length == 0) {
            return READERS.get(READERS.size() - 1);
        }
        for (PatentReader r : READERS) {
            if (r.recognizes(head)) return r;
        }
        StringJoiner tried = new StringJoiner(", ");
        READERS.forEach(r -> tried.add(r.format()));
        throw KctException.data(displayName + ": cannot tell the input format (tried " + tried + "); first line: '"
                + abbreviate(head.firstLine()) + "'. Name it with --input-format");
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
