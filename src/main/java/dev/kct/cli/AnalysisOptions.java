package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.indicator.CountryCount;
import dev.kct.indicator.IndicatorCatalogue;
import dev.kct.indicator.IndicatorMix;
import dev.kct.ipc.IpcTitles;
import dev.kct.rank.AggregationMethod;
import dev.kct.rank.ChokepointClassifier;
import dev.kct.rank.KeyTechnologyScoring;
import dev.kct.rank.Normalization;
import dev.kct.rank.Weighting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** Indicator, scoring and target-country options of {@code score}, {@code rank} and {@code explain}. */
final class AnalysisOptions {

    @Option(names = "--target", paramLabel = "CC",
            description = "Target country (ISO code): adds target_share, target_rta, chokepoint_score and class.")
    String target;

    @Option(names = "--country-count", paramLabel = "MODE", defaultValue = "first",
            description = "Country of a patent: first (first applicant) or fractional (each applicant 1/k). Default: ${DEFAULT-VALUE}.")
    String countryCount;

    @Option(names = "--indicators", paramLabel = "LIST",
            description = "Indicators in the family mixes, e.g. betweenness,degree,share,hhi (each family named keeps only"
                    + " those listed; other families keep their defaults).")
    String indicators;

    @Option(names = "--normalize", paramLabel = "METHOD", defaultValue = "minmax",
            description = "minmax, vector, sum or none. Default: ${DEFAULT-VALUE}.")
    String normalize;

    @Option(names = "--weights", paramLabel = "W", defaultValue = "entropy",
            description = "Weights inside families: entropy, critic, equal, fixed like share=0.5,growth=0.5, or a file of"
                    + " name=weight lines. Default: ${DEFAULT-VALUE}.")
    String weights;

    @Option(names = "--method", paramLabel = "AGG", defaultValue = "topsis",
            description = "Aggregation: topsis or wsum (weighted sum). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--family-weights", paramLabel = "W",
            description = "Weights across the three families: a method or centrality=w,dominance=w,barrier=w"
                    + " (default: the --weights method; equal when --weights are fixed).")
    String familyWeights;

    @Option(names = "--key-top", paramLabel = "N|P%",
            description = "How many top key technologies count as key for chokepoints: a count or a percentage"
                    + " (default: 20%% of technologies, at least 10).")
    String keyTop;

    @Option(names = "--titles", paramLabel = "FILE",
            description = "WIPO IPC title list (file or folder of tab-separated symbol and title) to show titles.")
    Path titles;

    String target() {
        if (target == null) return null;
        String t = target.strip().toUpperCase(Locale.ROOT);
        if (!t.matches("[A-Z]{2}")) throw KctException.usage("--target: '" + target + "' is not a two-letter country code");
        return t;
    }

    IpcTitles titles() {
        return titles == null ? IpcTitles.none() : IpcTitles.load(titles);
    }

    KeyTechnologyAnalysis.Settings settings(NetworkOptions network, int threads) {
        IndicatorMix mix;
        KeyTechnologyScoring.Settings scoring;
        CountryCount cc;
        try {
            mix = indicators == null ? IndicatorCatalogue.defaultMix() : IndicatorCatalogue.parseMix(indicators);
            scoring = scoring();
            cc = CountryCount.fromId(countryCount);
        } catch (IllegalArgumentException e) {
            throw KctException.usage(e.getMessage());
        }
        // Weight specs and --key-top are used only after the whole analysis; check them now, so that a typo
        // is a usage error (exit 2) at once rather than an internal error at the end.
        List<String> mixed = new ArrayList<>();
        mix.asMap().values().forEach(mixed::addAll);
        check("--weights", () -> Weighting.parse(WeightsSpec.inline("--weights", weights), mixed));
        if (familyWeights != null) {
            check("--family-weights", () -> Weighting.parse(WeightsSpec.inline("--family-weights", familyWeights), FAMILIES));
        }
        if (keyTop != null) check("--key-top", () -> ChokepointClassifier.parseKeyTop(keyTop, 100));
        return new KeyTechnologyAnalysis.Settings(cc, target(), mix, network.counting, network.minWeight,
                network.centralityOptions(threads), scoring, keyTop);
    }

    /** Normalisation, weights (unchecked: {@code rank --table} checks them against its own columns) and aggregation. */
    KeyTechnologyScoring.Settings scoring() {
        try {
            return new KeyTechnologyScoring.Settings(Normalization.fromId(normalize),
                    WeightsSpec.inline("--weights", weights), AggregationMethod.fromId(method),
                    WeightsSpec.inline("--family-weights", familyWeights));
        } catch (IllegalArgumentException e) {
            throw KctException.usage(e.getMessage());
        }
    }

    private static final List<String> FAMILIES = List.of("centrality", "dominance", "barrier");

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
        p.put("weights", s.scoring().weights());
        p.put("method", s.scoring().aggregation().id());
        p.put("family_weights", s.scoring().effectiveFamilyWeights());
        p.put("key_top", keyTop == null ? "default" : keyTop);
        return p;
    }
}
