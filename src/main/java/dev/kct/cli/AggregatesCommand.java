package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.analysis.PeriodAggregates;
import dev.kct.analysis.Trend;
import dev.kct.index.CountUnit;
import dev.kct.index.PatentIndex;
import dev.kct.index.PatentTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kct aggregates}: writes the aggregates of a selection (docs/DESIGN.md, "Aggregates schema") to a directory,
 * from which {@code score}, {@code rank} and {@code explain --aggregates DIR} rank with no index; with
 * {@code --periods} or {@code --window} also each period's aggregates ({@link PeriodAggregates}), from which
 * {@code trend --aggregates DIR} runs with no index. The directory is
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
            "a manifest.json; 'kct rank --aggregates DIR' then ranks from them with no index. With --periods or",
            "--window (as for 'kct trend') it also writes DIR/periods: each period's aggregates, as 'kct aggregates",
            "--from FROM --to TO' would write them, from which 'kct trend --aggregates DIR' runs with no index."
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
    PeriodChoice periods;

    @Mixin
    CommonOptions common;

    /**
     * Writes the periods asked for into {@code dir}/periods: each period's aggregates and the span's, as {@code kct
     * aggregates --from FROM --to TO} writes them, cut from {@code patents} as {@code kct trend} cuts them, and the
     * patents per year of the bursts.
     */
    private void writePeriods(PatentTable patents, PatentIndex index, List<String> warnings, Path dir)
            throws IOException {
        PeriodChoice.Span span = PeriodChoice.Span.of(patents, filter.from, filter.to);
        List<Trend.Period> chosen = periods.periods(span);
        Trend.Source source =
                Trend.source(patents, chosen, filter.count == CountUnit.FAMILIES, input.threads.threads());
        PeriodAggregates.Describe describe = new PeriodAggregates.Describe() {
            @Override
            public Map<String, Object> selection(Trend.Period p) {
                return filter.during(p.from(), p.to()).parameters();
            }

            @Override
            public List<String> warnings(Trend.Period p) {
                return filter.during(p.from(), p.to()).selectionWarnings(index);
            }
        };
        PeriodAggregates.write(
                dir.resolve(PeriodAggregates.DIR),
                source,
                describe,
                new PeriodAggregates.Manifest(
                        null,
                        null,
                        chosen.stream().map(Trend.Period::id).toList(),
                        null,
                        span == null ? null : span.first(),
                        span == null ? null : span.last(),
                        filter.parameters(),
                        List.copyOf(warnings)));
    }

    @Override
    public Integer call() throws IOException {
        Path target = output.toAbsolutePath().normalize();
        AggregateFiles.refuseForeign(target);
        OutputGuard.check("-o", target, input.files, input.index);
        if (periods.asked()) {
            periods.requireOne();
            if (periods.periods != null) periods.periods(null);
        }
        Diagnostics diag = common.diagnostics();
        List<String> warnings = new ArrayList<>();
        Aggregates aggregates;
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try (DataInput.Opened data = input.open(diag)) {
            boolean families = filter.count == CountUnit.FAMILIES;
            int threads = input.threads.threads();
            PatentTable patents = null;
            PatentTable table;
            if (periods.asked()) {
                patents = filter.loadPatents(data.index(), warnings, threads);
                table = families ? patents.byFamily() : patents;
            } else {
                table = filter.load(data.index(), warnings, threads).table();
            }
            aggregates = AggregateScan.of(table, families, threads);
            warnings.forEach(diag::warn);
            AggregateFiles.write(aggregates, filter.parameters(), warnings, temporary);
            if (patents != null) writePeriods(patents, data.index(), warnings, temporary);
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
