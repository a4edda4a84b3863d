package dev.kct.cli;

import dev.kct.report.CsvTableWriter;
import dev.kct.report.JsonResultWriter;
import dev.kct.report.ResultTable;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --format table|json|csv} and {@code -o FILE}. Without {@code --format}: the extension of
 * {@code -o} decides ({@code .json}, {@code .csv}), else {@code table} when stdout is a terminal and
 * {@code json} when it is a pipe or file. A file is written to a temporary sibling and moved into
 * place, so a failed run never leaves half a result.
 */
final class OutputOptions {

    /** The result formats. */
    enum Format {
        TABLE,
        JSON,
        CSV;

        /** Parses {@code table}, {@code json} or {@code csv} (any case). */
        static Format fromId(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.strip())) return f;
            }
            throw new IllegalArgumentException("'" + text + "' is not table, json or csv");
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = Converters.OutputFormats.class,
            completionCandidates = Converters.OutputFormats.class,
            description =
                    "Result format: ${COMPLETION-CANDIDATES}. Default: table on a terminal, json otherwise (or from"
                            + " -o's extension).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the result to FILE instead of stdout.")
    Path output;

    Format format() {
        if (format != null) return format;
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) return Format.JSON;
            if (name.endsWith(".csv")) return Format.CSV;
            return Format.TABLE;
        }
        return System.console() != null ? Format.TABLE : Format.JSON;
    }

    /** Writes the result in the chosen format: the JSON document, the CSV table, or the text rendering. */
    void emit(Object json, ResultTable csv, Consumer<PrintWriter> text) {
        Format f = format();
        write(out -> {
            switch (f) {
                case JSON:
                    JsonResultWriter.write(json, out);
                    break;
                case CSV:
                    CsvTableWriter.write(csv, out);
                    break;
                default:
                    PrintWriter pw = out instanceof PrintWriter p ? p : new PrintWriter(out);
                    text.accept(pw);
                    pw.flush();
            }
        });
    }

    /** Refuses (exit 2) an {@code -o} that is one of the inputs, lies inside the index or is the rejects file. */
    void guard(DataInput input) {
        OutputGuard.check("-o", output, input.files, input.index, input.ingest.rejects);
    }

    /** Runs {@code body} against stdout or, atomically, against the output file. */
    void write(Consumer<Writer> body) {
        AtomicOutput.write(output, spec.commandLine().getOut(), body);
    }
}
