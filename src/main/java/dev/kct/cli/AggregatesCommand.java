package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.index.CountUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kct aggregates}: writes the aggregates of a selection (docs/DESIGN.md, "Aggregates schema") to a directory,
 * from which {@code score}, {@code rank} and {@code explain --aggregates DIR} rank with no index. The directory is
 * written beside its target and renamed into place; an existing aggregates directory is replaced, any other
 * non-empty directory is refused.
 */
@Command(
        header = "Writes the aggregates of a selection (counts, pairs, sums) to a directory.",
        name = "aggregates",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the per-technology aggregates of the selection at --level (counts per year, country and",
            "applicant weights, citation and NPL sums, co-occurrence pairs, most-cited patents) as CSV files and",
            "a manifest.json; 'kct rank --aggregates DIR' then ranks from them with no index."
        })
final class AggregatesCommand implements Callable<Integer> {

    @Mixin
    DataInput input;

    @Mixin
    FilterOptions filter;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The directory to write (replaced when it holds aggregates; refused when it holds other"
                    + " files).")
    Path output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        Path target = output.toAbsolutePath().normalize();
        AggregateFiles.refuseForeign(target);
        OutputGuard.check("-o", target, input.files, input.index);
        Diagnostics diag = common.diagnostics();
        List<String> warnings = new ArrayList<>();
        Aggregates aggregates;
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try (DataInput.Opened data = input.open(diag)) {
            FilterOptions.Loaded loaded = filter.load(data.index(), warnings, input.threads.threads());
            aggregates = AggregateScan.of(loaded.table(), filter.count == CountUnit.FAMILIES, input.threads.threads());
            warnings.forEach(diag::warn);
            AggregateFiles.write(aggregates, filter.parameters(), warnings, temporary);
            AggregateFiles.install(temporary, target);
        } catch (IOException | RuntimeException e) {
            AggregateFiles.deleteTree(temporary);
            if (e instanceof IOException io) throw KctException.io("cannot write " + target + ": " + io, io);
            throw e;
        }
        diag.note("wrote the aggregates of " + aggregates.units() + " " + filter.count.id() + " ("
                + aggregates.technologyCount() + " technologies at level "
                + aggregates.level().id() + ") to "
                + output);
        return ExitCode.OK.code();
    }
}
