package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.indicator.CorpusStats;
import dev.kct.report.StatsReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kct stats}: counts by technology, year, country and applicant. */
@Command(
        header = "Counts by technology, year, country and applicant.",
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Counts patents, technologies, applicants, countries and years;",
            "top technologies and applicants, and patents by year and by country."
        })
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataInput input;

    @Mixin
    FilterOptions filter;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "Length of the top lists. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (top < 0) throw KctException.usage("--top: " + top + " is negative; give a number of rows");
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        List<String> warnings = new ArrayList<>();
        CorpusStats stats;
        Map<String, List<String>> variants;
        try (DataInput.Opened data = input.open(diag)) {
            Optional<AggregateFiles.Loaded> cached = filter.cached(input, data.index());
            if (cached.isPresent()) {
                warnings.addAll(cached.get().warnings());
                stats = CorpusStats.of(cached.get().aggregates(), top);
            } else {
                stats = CorpusStats.of(
                        filter.loadCounts(data.index(), warnings, input.threads.threads())
                                .table(),
                        top);
            }
            variants = data.index()
                    .applicantVariants(stats.topApplicants().stream()
                            .map(CorpusStats.Count::code)
                            .toList());
        }
        warnings.forEach(diag::warn);
        StatsReport report = new StatsReport(stats, variants, filter.level.id());
        Map<String, Object> params = filter.parameters();
        params.put("top", top);
        output.emit(report.json(params, warnings), report.table(), report::writeText);
        return ExitCode.OK.code();
    }
}
