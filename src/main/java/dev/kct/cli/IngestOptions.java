package dev.kct.cli;

import dev.kct.index.PatentIndexer;
import dev.kct.source.SourceFormats;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How input files are read: format, strictness, where rejected records go. */
final class IngestOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto (detect per file), canonical (CSV), jsonl, … (see README). Default: ${DEFAULT-VALUE}.")
    String inputFormat;

    @Option(names = "--strict", description = "Stop at the first bad record (exit 3) and commit nothing.")
    boolean strict;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected record to FILE as CSV: file,line,field,reason,raw.")
    Path rejects;

    PatentIndexer.Options options() {
        return PatentIndexer.Options.defaults()
                .withStrict(strict)
                .withFormat(SourceFormats.byName(inputFormat));
    }
}
