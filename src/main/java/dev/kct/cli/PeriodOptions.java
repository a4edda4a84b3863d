package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.analysis.Trend;
import dev.kct.index.CountUnit;
import dev.kct.index.PatentTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The periods of {@code kct trend} and of section 6 of {@code kct report}: {@code --periods} or {@code --window}
 * with {@code --step} ({@link PeriodChoice}, which {@code kct aggregates} shares), the weights' basis and Kleinberg's
 * burst parameters; cutting the selection into those periods (or reading them from an aggregates directory) and
 * running {@link Trend} on them, with the parameters its JSON records.
 */
final class PeriodOptions {

    @Mixin
    PeriodChoice choice;

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
        return choice.asked();
    }

    /**
     * Checks the options before any data is read; {@code asked} are the rank-uncertainty settings of the command.
     */
    Trend.WeightsFrom check(RankUncertainty.Settings asked) {
        Trend.WeightsFrom from = checkAnalysis(asked);
        choice.requireOne();
        return from;
    }

    /**
     * Checks the options of the analysis (weights' basis, burst parameters), not the choice of periods, which
     * {@code --aggregates} takes from its directory.
     */
    Trend.WeightsFrom checkAnalysis(RankUncertainty.Settings asked) {
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
        check(asked);
        List<Trend.Period> chosen = choice.periods(PeriodChoice.Span.of(table, filter.from, filter.to));
        Trend.Source source = Trend.source(table, chosen, filter.count == CountUnit.FAMILIES, threads);
        return run(source, chosen, filter.parameters(), network, analysis, settings, asked, threads);
    }

    /**
     * Analyses the periods {@code chosen} of {@code source} (cut from patents, or read from an aggregates directory),
     * with the parameters of {@code kct trend --format json}.
     *
     * @param selection the parameters of the whole selection (filters, level, count)
     */
    Run run(
            Trend.Source source,
            List<Trend.Period> chosen,
            Map<String, Object> selection,
            NetworkOptions network,
            AnalysisOptions analysis,
            KeyTechnologyAnalysis.Settings settings,
            RankUncertainty.Settings asked,
            int threads) {
        Trend.WeightsFrom from = checkAnalysis(asked);
        Trend.Result result = Trend.run(source, chosen, settings, from, burstS, burstGamma, asked, threads);
        Map<String, Object> params = new LinkedHashMap<>(selection);
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
}
