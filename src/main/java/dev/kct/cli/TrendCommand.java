package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.analysis.Trend;
import dev.kct.centrality.Centralities;
import dev.kct.index.PatentTable;
import dev.kct.network.VosviewerExporter;
import dev.kct.report.TrendReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kct trend}: the ranking period by period, each period as {@code rank --from --to} ranks it, with
 * trajectories, slopes and bursts (docs/METHODS.md, "Trends").
 */
@Command(
        header = "The ranking over time: periods, trajectories of chokepoints, bursts.",
        name = "trend",
        mixinStandardHelpOptions = true,
        description = {
            "Ranks each period (--periods 2005-2009,2010-2014 or --window W --step S) as 'kct rank --from --to'",
            "would, with the weights of the whole selection held fixed (--weights-from all) so that scores compare",
            "over time; names each technology's trajectory (emerging_chokepoint, persistent_chokepoint, resolved,",
            "declining, new_strength, persistent_strength, other) and finds bursts in its yearly counts (Kleinberg)."
        })
final class TrendCommand implements Callable<Integer> {

    @Mixin
    DataInput input;

    @Mixin
    FilterOptions filter;

    @Mixin
    PeriodOptions period;

    @Option(
            names = "--networks",
            paramLabel = "DIR",
            description = "Also write each period's network as a VOSviewer JSON file DIR/FROM-TO.json, with the"
                    + " average year of each technology as a score for overlay maps.")
    Path networks;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "0",
            description = "Table view: only the first N technologies (0 = all).")
    int top;

    @Mixin
    NetworkOptions network;

    @Mixin
    UncertaintyOptions uncertainty;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (top < 0) throw KctException.usage("--top: " + top + " is negative; give a number of rows (0 = all)");
        RankUncertainty.Settings asked = uncertainty.settings(network.seed);
        period.check(asked);
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        List<String> warnings = new ArrayList<>();
        try (DataInput.Opened data = input.open(diag)) {
            PatentTable table = filter.loadPatents(data.index(), warnings, input.threads.threads());
            PeriodOptions.Run run =
                    period.run(table, filter, network, analysis, settings, asked, input.threads.threads());
            Trend.Result result = run.result();
            warnings.addAll(result.warnings());
            warnings.forEach(diag::warn);
            if (networks != null) writeNetworks(result, settings);
            TrendReport report = new TrendReport(result, analysis.titles(), analysis.titles != null);
            output.emit(
                    report.json(run.parameters(), List.copyOf(warnings)),
                    report.table(),
                    out -> report.writeText(out, top));
            return ExitCode.OK.code();
        }
    }

    /** One VOSviewer file per period: the period's network, average years and centralities. */
    private void writeNetworks(Trend.Result result, KeyTechnologyAnalysis.Settings settings) throws IOException {
        Files.createDirectories(networks);
        for (int p = 0; p < result.periods().size(); p++) {
            KeyTechnologyAnalysis.Result r = result.analyses().get(p);
            Map<String, double[]> values = new LinkedHashMap<>();
            values.put(VosviewerExporter.AVERAGE_YEAR, r.aggregates().averageYears());
            values.putAll(
                    Centralities.compute(r.network(), settings.centrality()).asMap());
            Path file = networks.resolve(result.periods().get(p).id() + ".json");
            AtomicOutput.write(file, null, w -> {
                try {
                    new VosviewerExporter().write(r.network(), values, w);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
