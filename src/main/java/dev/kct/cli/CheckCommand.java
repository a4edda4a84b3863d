package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.index.IndexCheck;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kct check}: verifies every file of an index (Lucene's CheckIndex); a damaged index exits 4. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        header = "Verifies an index: every file's checksum and every segment.",
        description = {
            "Reads the whole index and verifies the checksum of every file of its last commit and,",
            "unless --checksums-only, that every segment decodes. Exit 0 when clean, 4 when damaged",
            "(rebuild a damaged index from its source files with 'kct index --index NEW_DIR FILE...')."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The kct index to verify.")
    Path index;

    @Option(names = "--checksums-only", description = "Only verify file checksums (one sequential read; faster).")
    boolean checksumsOnly;

    @Mixin
    ThreadOptions threads;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        IndexCheck.Result r = IndexCheck.run(index, checksumsOnly, threads.threads());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!r.clean()) {
            throw KctException.io(
                    "index " + index + " is damaged: " + String.join("; ", r.problems())
                            + ". Rebuild it from its source files with 'kct index --index NEW_DIR FILE...'",
                    null);
        }
        spec.commandLine()
                .getOut()
                .println(String.format(
                        Locale.ROOT,
                        "index %s: ok (%d segments, %d documents, %d files, %.1f MB verified%s in %.1f s)",
                        index,
                        r.segments(),
                        r.documents(),
                        r.files(),
                        r.bytes() / 1048576.0,
                        checksumsOnly ? " by checksum" : "",
                        seconds));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
