package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.MinimumSupport;
import dev.kct.indicator.CountryCount;
import dev.kct.indicator.IndicatorCatalogue;
import dev.kct.indicator.IndicatorFamily;
import dev.kct.indicator.IndicatorMix;
import dev.kct.ipc.IpcTitles;
import dev.kct.rank.AggregationMethod;
import dev.kct.rank.KeyTechnologyScoring;
import dev.kct.rank.KeyTop;
import dev.kct.rank.Normalization;
import dev.kct.rank.WeightsSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** Indicator, scoring and target-country options of {@code score}, {@code rank} and {@code explain}. */
final class AnalysisOptions {

    @Option(
            names = "--target",
            paramLabel = "CC",
            description = "Target country (ISO code): adds target_share, target_rta, chokepoint_score and class.")
    String target;

    @Option(
            names = "--country-count",
            paramLabel = "MODE",
            defaultValue = "first",
            converter = Converters.CountryCounts.class,
            completionCandidates = Converters.CountryCounts.class,
            description = "Country of a patent: ${COMPLETION-CANDIDATES} (first applicant, or each applicant 1/k)."
                    + " Default: ${DEFAULT-VALUE}.")
    CountryCount countryCount;

    @Option(
            names = "--indicators",
            paramLabel = "LIST",
            description =
                    "Indicators in the family mixes, e.g. betweenness,degree,share,hhi (each family named keeps only"
                            + " those listed; other families keep their defaults).")
    String indicators;

    @Option(
            names = "--normalize",
            paramLabel = "METHOD",
            defaultValue = "minmax",
            converter = Converters.Normalizations.class,
            completionCandidates = Converters.Normalizations.class,
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Normalization normalize;

    @Option(
            names = "--weights",
            paramLabel = "W",
            converter = Converters.Weights.class,
            completionCandidates = Converters.Weights.class,
            description = "Weights inside families: entropy, critic, equal, or fixed like share=0.5,growth=0.5."
                    + " Default: entropy.")
    WeightsSpec weights;

    @Option(
            names = "--weights-file",
            paramLabel = "FILE",
            description = "Fixed weights inside families from a file of name=weight lines (instead of --weights).")
    Path weightsFile;

    @Option(
            names = "--method",
            paramLabel = "AGG",
            defaultValue = "topsis",
            converter = Converters.Aggregations.class,
            completionCandidates = Converters.Aggregations.class,
            description = "Aggregation: topsis or wsum (weighted sum). Default: ${DEFAULT-VALUE}.")
    AggregationMethod method;

    @Option(
            names = "--family-weights",
            paramLabel = "W",
            converter = Converters.Weights.class,
            completionCandidates = Converters.Weights.class,
            description = "Weights across the three families: a method or centrality=w,dominance=w,barrier=w"
                    + " (default: the --weights method; equal when --weights are fixed).")
    WeightsSpec familyWeights;

    @Option(
            names = "--family-weights-file",
            paramLabel = "FILE",
            description = "Weights across the families from a file of name=weight lines (instead of --family-weights).")
    Path familyWeightsFile;

    @Option(
            names = "--key-top",
            paramLabel = "N|P%",
            converter = Converters.KeyTops.class,
            description = "How many top key technologies count as key for chokepoints: a count or a percentage"
                    + " (default: 20%% of technologies, at least 10).")
    KeyTop keyTop;

    @Option(
            names = "--min-patents",
            paramLabel = "N",
            description = "Technologies with fewer patents in the selection are not ranked (listed as excluded);"
                    + " 0 ranks all. Default: max(10, 10 per million patents of the selection).")
    Integer minPatents;

    @Option(
            names = "--titles",
            paramLabel = "FILE",
            description = "WIPO IPC title list (file or folder of tab-separated symbol and title) to show titles.")
    Path titles;

    String target() {
        if (target == null) return null;
        String t = target.strip().toUpperCase(Locale.ROOT);
        if (!t.matches("[A-Z]{2}"))
            throw KctException.usage("--target: '" + target + "' is not a two-letter country code");
        return t;
    }

    IpcTitles titles() {
        return titles == null ? IpcTitles.none() : IpcTitles.load(titles);
    }

    /** {@code --weights} or {@code --weights-file} (entropy when neither is given). */
    WeightsSpec weights() {
        WeightsSpec w = WeightsFile.either("--weights", weights, "--weights-file", weightsFile);
        return w == null ? WeightsSpec.entropy() : w;
    }

    /** {@code --family-weights} or {@code --family-weights-file}, or null for the default. */
    WeightsSpec familyWeights() {
        return WeightsFile.either("--family-weights", familyWeights, "--family-weights-file", familyWeightsFile);
    }

    KeyTechnologyAnalysis.Settings settings(NetworkOptions network, int threads) {
        IndicatorMix mix;
        try {
            mix = indicators == null ? IndicatorCatalogue.defaultMix() : IndicatorCatalogue.parseMix(indicators);
        } catch (IllegalArgumentException e) {
            throw KctException.usage(e.getMessage());
        }
        KeyTechnologyScoring.Settings scoring = scoring();
        // Fixed weights are checked against the indicators only after the whole analysis; check the names now, so
        // that a typo is a usage error (exit 2) at once rather than an error at the end.
        List<String> mixed = new ArrayList<>();
        mix.asMap().values().forEach(mixed::addAll);
        check("--weights", () -> scoring.weights().weighting(mixed));
        if (scoring.familyWeights() != null) {
            check("--family-weights", () -> scoring.familyWeights().weighting(IndicatorFamily.scoredIds()));
        }
        return new KeyTechnologyAnalysis.Settings(
                countryCount,
                target(),
                mix,
                network.counting,
                network.minWeight(),
                network.centralityOptions(threads),
                scoring,
                keyTop == null ? new KeyTop.Default() : keyTop,
                minSupport());
    }

    /** {@code --min-patents}: a count, 0 or more, or the default rule. */
    MinimumSupport minSupport() {
        if (minPatents != null && minPatents < 0) {
            throw KctException.usage(
                    "--min-patents: " + minPatents + " is negative; give a number of patents (0 ranks all)");
        }
        return new MinimumSupport(minPatents);
    }

    /** Normalisation, weights (unchecked: {@code rank --table} checks them against its own columns) and aggregation. */
    KeyTechnologyScoring.Settings scoring() {
        return new KeyTechnologyScoring.Settings(normalize, weights(), method, familyWeights());
    }

    private static void check(String option, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            throw KctException.usage(option + ": " + e.getMessage());
        }
    }

    Map<String, Object> parameters(KeyTechnologyAnalysis.Settings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", s.target());
        p.put("country_count", s.countryCount().id());
        Map<String, Object> mix = new LinkedHashMap<>();
        s.mix().asMap().forEach((family, names) -> mix.put(family.id(), names));
        p.put("indicators", mix);
        p.put("normalize", s.scoring().normalization().id());
        p.put("weights", s.scoring().weights().id());
        p.put("method", s.scoring().aggregation().id());
        p.put("family_weights", s.scoring().effectiveFamilyWeights().id());
        p.put("key_top", s.keyTop().id());
        p.put("min_patents", s.minSupport().id());
        return p;
    }
}
