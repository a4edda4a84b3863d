package dev.kct.cli;

import dev.kct.KctVersion;
import dev.kct.report.JsonResultWriter;
import dev.kct.report.ResultTable;
import dev.kct.source.FileInspection;
import dev.kct.source.MappedTableReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kct inspect FILE...}: how kct would read each file, before anything is indexed (see
 * {@link FileInspection}): encoding, format, header with sample values, records accepted and rejected by reason,
 * and a proposed column mapping when no built-in format fits.
 */
@Command(
        header = "Shows how kct would read each file, and proposes a column mapping.",
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "For each file: its encoding and format, the header with a few sample values per column, how many records"
                    + " kct would accept and why it would reject the others (by field and reason), and, when no"
                    + " built-in format fits, a proposed column mapping (JSON) to edit and give to --map.",
            "Nothing is indexed or written. Exit 0 when every file could be inspected, whatever its records."
        })
final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files (any format kct reads, or any table).")
    List<Path> files;

    @Option(
            names = "--map",
            paramLabel = "FILE",
            description = "Inspect every file as read through this column mapping instead of by detection.")
    Path mapFile;

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "3",
            description = "Sample values shown per column. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Mixin
    ThreadOptions threads;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (samples < 0) throw dev.kct.KctException.usage("--samples: " + samples + " is negative");
        OutputGuard.check("-o", output.output, files, null);
        MappedTableReader mapped = mapFile == null ? null : IngestOptions.mappedReader(mapFile);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Path f : files) {
            reports.add(FileInspection.inspect(f, f.toString(), mapped, samples, threads.threads()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kct_version", KctVersion.get());
        doc.put("command", "inspect");
        doc.put("files", reports);
        output.emit(doc, table(reports), out -> text(reports, out));
        return ExitCode.OK.code();
    }

    /** CSV: one row per file and column, with its samples. */
    private static ResultTable table(List<Map<String, Object>> reports) {
        ResultTable t = new ResultTable(List.of(
                ResultTable.Column.text("file"),
                ResultTable.Column.text("format"),
                ResultTable.Column.text("column"),
                ResultTable.Column.text("name"),
                ResultTable.Column.text("mapped_to"),
                ResultTable.Column.text("samples")));
        for (Map<String, Object> r : reports) {
            Map<String, String> mappedTo = mappedTo(r);
            for (Map<String, Object> c : columns(r)) {
                t.add(
                        r.get("file"),
                        String.valueOf(r.get("format")),
                        String.valueOf(c.get("number")),
                        c.get("name"),
                        mappedTo.getOrDefault(String.valueOf(c.get("number")), ""),
                        String.join(" | ", strings(c.get("samples"))));
            }
        }
        return t;
    }

    private static void text(List<Map<String, Object>> reports, PrintWriter out) {
        for (Map<String, Object> r : reports) {
            if (r != reports.get(0)) out.println();
            out.println("== " + r.get("file"));
            line(out, "kind", r.get("kind"));
            if (r.get("encoding") != null) line(out, "encoding", r.get("encoding"));
            Object format = r.get("format");
            line(out, "format", format == null ? "none of kct's formats fits" : format);
            StringBuilder table = new StringBuilder();
            if (r.get("sheet") != null)
                table.append("sheet '").append(r.get("sheet")).append("', ");
            if (r.get("separator") != null)
                table.append("'").append(r.get("separator")).append("'-separated, ");
            if (r.get("header_row") != null) table.append("header on row ").append(r.get("header_row"));
            if (table.length() > 0) line(out, "table", table);
            Map<String, String> mappedTo = mappedTo(r);
            List<Map<String, Object>> columns = columns(r);
            if (!columns.isEmpty()) {
                out.println("columns");
                int width = 4;
                int mappedWidth = 0;
                for (Map<String, Object> c : columns) {
                    width = Math.max(width, displayWidth(String.valueOf(c.get("name"))));
                    String to = mappedTo.get(String.valueOf(c.get("number")));
                    if (to != null) mappedWidth = Math.max(mappedWidth, displayWidth("-> " + to));
                }
                width = Math.min(width, 32);
                for (Map<String, Object> c : columns) {
                    String number = String.valueOf(c.get("number"));
                    String to = mappedTo.get(number);
                    out.printf(
                            Locale.ROOT,
                            "  %3s  %s  %s%s%n",
                            number,
                            pad(String.valueOf(c.get("name")), width),
                            mappedWidth == 0 ? "" : pad(to == null ? "" : "-> " + to, mappedWidth) + "  ",
                            String.join(" | ", strings(c.get("samples"))));
                }
            }
            records(out, "records", r.get("records"));
            if (r.get("mapping") != null) {
                out.println("mapping");
                java.io.StringWriter json = new java.io.StringWriter();
                JsonResultWriter.write(r.get("mapping"), json);
                json.toString().lines().forEach(l -> out.println("  " + l));
            }
            records(out, "read with this mapping", r.get("mapping_records"));
            for (String note : strings(r.get("notes"))) line(out, "note", note);
        }
        out.flush();
    }

    @SuppressWarnings("unchecked")
    private static void records(PrintWriter out, String label, Object value) {
        if (!(value instanceof Map<?, ?> m)) return;
        Map<String, Object> counts = (Map<String, Object>) m;
        if (counts.containsKey("error")) {
            line(out, label, "cannot be read: " + counts.get("error"));
            return;
        }
        line(
                out,
                label,
                String.format(
                        Locale.ROOT,
                        "%,d read: %,d accepted, %,d rejected",
                        counts.get("read"),
                        counts.get("accepted"),
                        counts.get("rejected")));
        for (Object o : (List<Object>) counts.get("rejected_by_reason")) {
            Map<String, Object> e = (Map<String, Object>) o;
            out.printf(
                    Locale.ROOT,
                    "  rejected %,7d  %s: %s (first at %s)%n",
                    e.get("count"),
                    e.get("field"),
                    e.get("reason"),
                    e.get("first"));
        }
        ((Map<String, Object>) counts.get("repaired"))
                .forEach((kind, n) -> out.printf(Locale.ROOT, "  repaired %,7d  %s%n", n, kind));
        for (String w : strings(counts.get("warnings"))) out.println("  warning: " + w);
    }

    /** {@code text} padded with spaces to {@code width} terminal columns (a CJK character takes two). */
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    private static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean wide = script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL
                    || (cp >= 0xFF01 && cp <= 0xFF60)
                    || (cp >= 0x3000 && cp <= 0x303F);
            w += wide ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static void line(PrintWriter out, String label, Object value) {
        out.printf(Locale.ROOT, "%-9s %s%n", label, value);
    }

    /** Column number → the field the report's mapping gives it (by name or number). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> mappedTo(Map<String, Object> report) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(report.get("mapping") instanceof Map<?, ?> mapping)) return out;
        for (Map<String, Object> c : columns(report)) {
            String number = String.valueOf(c.get("number"));
            ((Map<String, Object>) mapping).forEach((key, v) -> {
                if (!dev.kct.source.table.ColumnMapping.FIELDS.contains(key)) return;
                boolean byNumber = String.valueOf(v).equals(number);
                boolean byName = v instanceof String s
                        && s.strip()
                                .equalsIgnoreCase(String.valueOf(c.get("name")).strip());
                if (byNumber || byName) out.merge(number, key, (a, b) -> a + ", " + b);
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> columns(Map<String, Object> report) {
        Object c = report.get("columns");
        return c == null ? List.of() : (List<Map<String, Object>>) c;
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) l.forEach(o -> out.add(String.valueOf(o)));
        return out;
    }
}
