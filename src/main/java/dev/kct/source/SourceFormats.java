package dev.kct.source;

import dev.kct.KctException;
import dev.kct.source.table.EncodingDetector;
import dev.kct.source.table.MappedTable;
import dev.kct.source.table.MappingProfiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The input formats kct reads, by name ({@code --format}) or detected from a file's start. Detection
 * asks the readers in order, most specific first; a file nobody recognises fails with the list tried.
 */
public final class SourceFormats {

    private static final List<PatentReader> READERS = readers();

    private SourceFormats() {}

    private static List<PatentReader> readers() {
        List<PatentReader> readers = new java.util.ArrayList<>(List.of(
                new PatentsViewReader(),
                new UsptoXmlReader(),
                new EspacenetCsvReader(),
                new PatentscopeCsvReader(),
                new LensCsvReader()));
        // the built-in column mappings (WIPO landscape tables, ...), each detected by every column it names
        MappingProfiles.NAMES.forEach(name -> readers.add(MappedTableReader.profile(name)));
        readers.add(new CanonicalJsonlReader());
        readers.add(new CanonicalCsvReader());
        return List.copyOf(readers);
    }

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
        if (MappedTable.isWorkbook(file)) {
            PatentReader workbook = MappedTableReader.forWorkbook(file);
            if (workbook != null) return workbook;
            throw KctException.usage(displayName + " is an Excel workbook whose first row is not the header of a"
                    + " format kct knows: write a column mapping and give it with --map FILE (`kct inspect "
                    + displayName + "` proposes one; see the README, \"Reading your own export\")");
        }
        if (MappedTable.isOldWorkbook(file)) {
            throw KctException.usage(displayName + " is an old .xls workbook: save it as .xlsx or CSV");
        }
        StringJoiner tried = new StringJoiner(", ");
        READERS.forEach(r -> tried.add(r.format()));
        throw KctException.data(displayName + ": cannot tell the input format (tried " + tried + "); first line: '"
                + abbreviate(firstLine(head))
                + "'. Name it with --input-format, or map its columns with --map FILE (`kct"
                + " inspect " + displayName + "` proposes a mapping)");
    }

    /** The head's first non-blank line in its detected encoding (GB18030, Windows-1252, ...), for messages. */
    private static String firstLine(SourceHead head) {
        EncodingDetector.Guess guess = EncodingDetector.detect(head.bytes(), head.bytes().length, false);
        byte[] b = head.bytes();
        String text = new String(b, guess.bomLength(), b.length - guess.bomLength(), guess.charset());
        for (String line : text.split("\r?\n", 50)) {
            if (!line.isBlank()) return line.strip();
        }
        return head.firstLine();
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
