package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.analysis.Trend;
import dev.kct.index.CountUnit;
import dev.kct.index.PatentTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The periods of {@code kct trend} and of section 6 of {@code kct report}: {@code --periods} or {@code --window}
 * with {@code --step}, the weights' basis and Kleinberg's burst parameters; cutting the selection into those periods
 * and running {@link Trend} on them, with the parameters its JSON records.
 */
final class PeriodOptions {

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

    /** A trend run: its result and the parameters its JSON records. */
    record Run(Trend.Result result, Map<String, Object> parameters) {}

    /** Whether periods were asked for ({@code --periods} or {@code --window}). */
    boolean asked() {
        return periods != null || window != null;
    }

    /**
     * Checks the options before any data is read; {@code asked} are the rank-uncertainty settings of the command.
     */
    Trend.WeightsFrom check(RankUncertainty.Settings asked) {
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
        if (asked.weightSamples() > 0) {
            throw KctException.usage("--weight-samples does not apply to trend (each period's weights are the whole"
                    + " selection's or its own); use it with rank or score on one period");
        }
        if ((periods == null) == (window == null)) {
            throw KctException.usage("give either --periods FROM-TO,... or --window W (with --step S)");
        }
        return from;
    }

    /**
     * Cuts {@code table} (the selection's patents one by one) into the periods asked for and analyses each as
     * {@code rank --from --to} would, with the parameters of {@code kct trend --format json}.
     */
    Run run(
            PatentTable table,
            FilterOptions filter,
            NetworkOptions network,
            AnalysisOptions analysis,
            KeyTechnologyAnalysis.Settings settings,
            RankUncertainty.Settings asked,
            int threads) {
        Trend.WeightsFrom from = check(asked);
        List<Trend.Period> chosen = periods(table, filter.from, filter.to);
        Trend.Result result = Trend.run(
                table, chosen, settings, from, filter.count == CountUnit.FAMILIES, burstS, burstGamma, asked, threads);
        Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
        params.put("periods", chosen.stream().map(Trend.Period::id).toList());
        params.put("weights_from", from.id());
        params.put("burst_s", burstS);
        params.put("burst_gamma", burstGamma);
        params.putAll(network.parameters());
        params.putAll(analysis.parameters(settings));
        params.put("bootstrap", asked.resamples());
        params.put("confidence", asked.confidence());
        return new Run(result, params);
    }

    /** The periods asked for, checked: in order, not overlapping, inside {@code from}/{@code to} when given. */
    private List<Trend.Period> periods(PatentTable table, Integer from, Integer to) {
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
            int first = from != null ? from : firstYear(table, true);
            int last = to != null ? to : firstYear(table, false);
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
