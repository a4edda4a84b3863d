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

    @Option(
            names = "--periods",
            paramLabel = "LIST",
            split = ",",
            description = "Periods as FROM-TO years, e.g. 2005-2009,2010-2014 (in order, not overlapping).")
    List<String> periods;

    @Option(
            names = "--window",
            paramLabel = "W",
            description = "Instead of --periods: periods of W years from --from (or the first year) to --to (or the"
                    + " last), starting every --step years.")
    Integer window;

    @Option(names = "--step", paramLabel = "S", description = "With --window: years between period starts. Default: W.")
    Integer step;

    @Option(
            names = "--weights-from",
            paramLabel = "all|each",
            defaultValue = "all",
            description = "Weights computed once on the whole selection and held fixed (all), or per period (each)."
                    + " Default: ${DEFAULT-VALUE}.")
    String weightsFrom;

    @Option(
            names = "--burst-s",
            paramLabel = "S",
            defaultValue = "2",
            description = "Kleinberg's s: the burst rate over the base rate. Default: ${DEFAULT-VALUE}.")
    double burstS;

    @Option(
            names = "--burst-gamma",
            paramLabel = "G",
            defaultValue = "1",
            description =
                    "Kleinberg's gamma: the cost of entering a burst, times ln(years). Default: ${DEFAULT-VALUE}.")
    double burstGamma;

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
        Trend.WeightsFrom from;
        try {
            from = Trend.WeightsFrom.fromId(weightsFrom);
        } catch (IllegalArgumentException e) {
            throw KctException.usage("--weights-from: " + e.getMessage());
        }
        if (!(burstS > 1) || !(burstGamma >= 0) || Double.isInfinite(burstS) || Double.isInfinite(burstGamma)) {
            throw KctException.usage("--burst-s must be above 1 and --burst-gamma 0 or more (Kleinberg's s and"
                    + " gamma), not " + burstS + " and " + burstGamma);
        }
        if (top < 0) throw KctException.usage("--top: " + top + " is negative; give a number of rows (0 = all)");
        RankUncertainty.Settings asked = uncertainty.settings(network.seed);
        if (asked.weightSamples() > 0) {
            throw KctException.usage("--weight-samples does not apply to trend (each period's weights are the whole"
                    + " selection's or its own); use it with rank or score on one period");
        }
        if ((periods == null) == (window == null)) {
            throw KctException.usage("give either --periods FROM-TO,... or --window W (with --step S)");
        }
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        List<String> warnings = new ArrayList<>();
        try (DataInput.Opened data = input.open(diag)) {
            PatentTable table = filter.loadPatents(data.index(), warnings, input.threads.threads());
            List<Trend.Period> chosen = periods(table);
            Trend.Result result = Trend.run(
                    table,
                    chosen,
                    settings,
                    from,
                    filter.count == dev.kct.index.CountUnit.FAMILIES,
                    burstS,
                    burstGamma,
                    asked,
                    input.threads.threads());
            warnings.addAll(result.warnings());
            warnings.forEach(diag::warn);
            Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
            params.put("periods", chosen.stream().map(Trend.Period::id).toList());
            params.put("weights_from", from.id());
            params.put("burst_s", burstS);
            params.put("burst_gamma", burstGamma);
            params.putAll(network.parameters());
            params.putAll(analysis.parameters(settings));
            params.put("bootstrap", asked.resamples());
            params.put("confidence", asked.confidence());
            if (networks != null) writeNetworks(result, settings);
            TrendReport report = new TrendReport(result, analysis.titles(), analysis.titles != null);
            output.emit(report.json(params, List.copyOf(warnings)), report.table(), out -> report.writeText(out, top));
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

    /** The periods asked for, checked: in order, not overlapping, inside --from/--to when given. */
    private List<Trend.Period> periods(PatentTable table) {
        List<Trend.Period> out = new ArrayList<>();
        if (periods != null) {
            for (String p : periods) {
                String[] ends = p.strip().split("-", -1);
                try {
                    if (ends.length != 2) throw new NumberFormatException();
                    out.add(new Trend.Period(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip())));
                } catch (NumberFormatException e) {
                    throw KctException.usage("--periods: '" + p + "' is not FROM-TO, e.g. 2005-2009");
                } catch (IllegalArgumentException e) {
                    throw KctException.usage("--periods: " + e.getMessage());
                }
            }
        } else {
            int first = filter.from != null ? filter.from : firstYear(table, true);
            int last = filter.to != null ? filter.to : firstYear(table, false);
            int s = step == null ? window : step;
            if (window < 1 || s < 1) throw KctException.usage("--window and --step must be 1 or more years");
            for (int start = first; start + window - 1 <= last; start += s) {
                out.add(new Trend.Period(start, start + window - 1));
            }
            if (out.isEmpty()) {
                throw KctException.usage("--window " + window + ": no whole window fits in " + first + "-" + last
                        + "; give a shorter window or a wider --from/--to");
            }
        }
        for (int p = 1; p < out.size(); p++) {
            if (out.get(p).from() <= out.get(p - 1).to()) {
                throw KctException.usage("--periods: " + out.get(p).id() + " starts before "
                        + out.get(p - 1).id() + " ends; give periods in order, without overlap");
            }
        }
        return out;
    }

    private static int firstYear(PatentTable table, boolean first) {
        int best = first ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (int r = 0; r < table.size(); r++) {
            int y = table.year(r);
            if (y <= 0) continue;
            best = first ? Math.min(best, y) : Math.max(best, y);
        }
        if (best == Integer.MAX_VALUE || best == Integer.MIN_VALUE) {
            throw KctException.data(
                    "no patent of the selection has a year on the --date basis: nothing to cut into" + " periods");
        }
        return best;
    }
}
