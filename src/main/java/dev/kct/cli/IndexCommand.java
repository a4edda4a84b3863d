package dev.kct.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kct index}: reads source files into an index (create or add; the same id again replaces). */
@Command(
        header = "Reads patent records into an index (same id again replaces).",
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Reads patent records into a Lucene index (creates it, or adds to it).",
            "A record whose id is already in the index replaces it, so re-running is idempotent.",
            "The index changes only when the whole run succeeds."
        })
final class IndexCommand implements Callable<Integer> {

    @Option(
            names = "--index",
            paramLabel = "DIR",
            required = true,
            description = "Index directory (created if missing).")
    Path index;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files (.gz allowed).")
    List<Path> files;

    @Mixin
    IngestOptions ingest;

    @Mixin
    ThreadOptions threads;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Ingest.run(index, files, ingest, threads.threads(), common.diagnostics());
        return ExitCode.OK.code();
    }
}
