package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.PeriodAggregates;
import dev.kct.analysis.RankUncertainty;
import dev.kct.analysis.Trend;
import dev.kct.centrality.Centralities;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
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
            "declining, new_strength, persistent_strength, other) and finds bursts in its yearly counts (Kleinberg).",
            "With --aggregates DIR (written by 'kct aggregates --periods|--window') it runs from files, with no index."
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
            names = "--aggregates",
            paramLabel = "DIR",
            description = "Run from an aggregates directory written with 'kct aggregates --periods|--window' instead"
                    + " of patents: no index, no filters, its periods (--periods/--window, if given, must be the"
                    + " same), no --bootstrap.")
    Path aggregatesDir;

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
        if (aggregatesDir != null) return fromAggregates(asked);
        period.check(asked);
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        List<String> warnings = new ArrayList<>();
        try (DataInput.Opened data = input.open(diag)) {
            PatentTable table = filter.loadPatents(data.index(), warnings, input.threads.threads());
            PeriodOptions.Run run =
                    period.run(table, filter, network, analysis, settings, asked, input.threads.threads());
            return report(run, warnings, settings, diag);
        }
    }

    /**
     * {@code --aggregates DIR}: the same trend from the periods stored in DIR, with the selection they record (the
     * level, count and date basis of the files, not of the options).
     */
    private int fromAggregates(RankUncertainty.Settings asked) throws IOException {
        AnalysisCommand.refuseWithAggregates(this::matched, input);
        period.checkAnalysis(asked);
        PeriodAggregates.Loaded loaded = PeriodAggregates.read(aggregatesDir);
        Object level = loaded.selection().get("level");
        if (level != null) {
            AnalysisCommand.checkLevel(this::matched, filter, IpcLevel.fromId(level.toString()), aggregatesDir);
        }
        if (period.asked()) {
            period.choice.requireOne();
            PeriodAggregates.Manifest m = loaded.manifest();
            List<Trend.Period> wanted = period.choice.periods(
                    m.windowFirst() == null ? null : new PeriodChoice.Span(m.windowFirst(), m.windowLast()));
            if (!wanted.equals(loaded.periods())) {
                throw KctException.usage((period.choice.window != null ? "--window" : "--periods") + " gives "
                        + ids(wanted) + ", but the aggregates in " + aggregatesDir + " hold the periods "
                        + ids(loaded.periods()) + "; drop --periods/--window (the stored periods are used) or write"
                        + " the aggregates again with 'kct aggregates' and these periods");
            }
        }
        OutputGuard.check("-o", output.output, null, aggregatesDir);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        PeriodOptions.Run run = period.run(
                loaded,
                loaded.periods(),
                loaded.selection(),
                network,
                analysis,
                settings,
                asked,
                input.threads.threads());
        return report(run, new ArrayList<>(loaded.warnings()), settings, diag);
    }

    private static String ids(List<Trend.Period> periods) {
        return String.join(",", periods.stream().map(Trend.Period::id).toList());
    }

    private boolean matched(String option) {
        return output.spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Warns and writes the trend: the selection's warnings, then the periods'. */
    private int report(
            PeriodOptions.Run run, List<String> warnings, KeyTechnologyAnalysis.Settings settings, Diagnostics diag)
            throws IOException {
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
