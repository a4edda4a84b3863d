package dev.kct.analysis;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.centrality.Centralities;
import dev.kct.centrality.CentralityOptions;
import dev.kct.centrality.CentralityTable;
import dev.kct.index.PatentTable;
import dev.kct.indicator.CountryCount;
import dev.kct.indicator.IndicatorCatalogue;
import dev.kct.indicator.IndicatorFamily;
import dev.kct.indicator.IndicatorMix;
import dev.kct.indicator.IndicatorTable;
import dev.kct.indicator.Indicators;
import dev.kct.indicator.TechnologyStatistics;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.CooccurrenceNetworkBuilder;
import dev.kct.network.Counting;
import dev.kct.rank.ChokepointClass;
import dev.kct.rank.ChokepointClassifier;
import dev.kct.rank.KeyTechnologyScoring;
import dev.kct.rank.KeyTop;
import dev.kct.rank.Ranking;
import dev.kct.rank.WeightingMethod;
import dev.kct.rank.WeightsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kct's main job, end to end on one selection (docs/METHODS.md): the co-occurrence network and its
 * centralities, the dominance and barrier indicators, the three family scores and the key score, and,
 * for a target country, its position and the chokepoint classes. Each step is done by its own package;
 * this class only wires them in pipeline order and keeps what reports need to explain the result.
 */
public final class KeyTechnologyAnalysis {

    /**
     * Choices for one analysis.
     *
     * @param countryCount how a patent's countries count ({@code --country-count})
     * @param target       ISO code of {@code --target}, or null
     * @param mix          indicators in each family's mix ({@code --indicators})
     * @param counting     edge weights of the network
     * @param minWeight    lighter edges are dropped
     * @param centrality   betweenness paths, sampling, threads
     * @param scoring      normalisation, weighting, aggregation
     * @param keyTop       {@code --key-top}: the default (20 %, at least 10), a count or a percentage
     * @param minSupport   {@code --min-patents}: how many patents a technology needs to be ranked
     */
    public record Settings(
            CountryCount countryCount,
            String target,
            IndicatorMix mix,
            Counting counting,
            double minWeight,
            CentralityOptions centrality,
            KeyTechnologyScoring.Settings scoring,
            KeyTop keyTop,
            MinimumSupport minSupport) {

        public static Settings defaults() {
            return new Settings(
                    CountryCount.FIRST,
                    null,
                    IndicatorCatalogue.defaultMix(),
                    Counting.FULL,
                    0,
                    CentralityOptions.defaults(),
                    KeyTechnologyScoring.Settings.defaults(),
                    new KeyTop.Default(),
                    MinimumSupport.byDefault());
        }

        /** These settings with other centrality options (e.g. one thread for a bootstrap resample). */
        public Settings withCentrality(CentralityOptions other) {
            return new Settings(countryCount, target, mix, counting, minWeight, other, scoring, keyTop, minSupport);
        }

        /** These settings with other scoring choices (e.g. fixed weights for every trend period). */
        public Settings withScoring(KeyTechnologyScoring.Settings other) {
            return new Settings(countryCount, target, mix, counting, minWeight, centrality, other, keyTop, minSupport);
        }
    }

    /**
     * The outcome; arrays are indexed by technology row (code order).
     *
     * @param aggregates  the aggregates of the units analysed
     * @param network     the co-occurrence network (nodes in code order)
     * @param statistics  per-technology statistics (for profiles)
     * @param indicators  every indicator column, missing ones listed with reasons
     * @param scores      family and key scores, weights, key ranks
     * @param keyTop      how many top key ranks count as key technologies (with a target)
     * @param chokepointScore key_score × (1 − target_share), or null without a target
     * @param classes     chokepoint class per technology, or null without a target
     * @param order       rows in report order: by chokepoint score with a target, else by key score; ties by code
     * @param warnings    everything the analyst should know, in pipeline order
     * @param minPatents  the minimum support applied
     * @param excluded    the technologies below it, in code order: not ranked, not classified
     * @param leader      per row, the country with the largest share of the technology (ties by code), or null
     * @param leaderShare per row, that country's share, NaN without any country
     */
    public record Result(
            Aggregates aggregates,
            CooccurrenceNetwork network,
            TechnologyStatistics statistics,
            IndicatorTable indicators,
            KeyTechnologyScoring.Result scores,
            int keyTop,
            double[] chokepointScore,
            ChokepointClass[] classes,
            int[] order,
            List<String> warnings,
            int minPatents,
            List<Excluded> excluded,
            String[] leader,
            double[] leaderShare) {

        public String[] codes() {
            return indicators.codes();
        }

        public boolean hasTarget() {
            return classes != null;
        }
    }

    /** A technology below minimum support: not ranked, not classified. */
    public record Excluded(String code, int patents) {}

    private KeyTechnologyAnalysis() {}

    /**
     * The co-occurrence network of a selection (docs/METHODS.md, "The IPC co-occurrence network"): the one way
     * every command builds it.
     *
     * @param threads worker threads; 0 for all cores (the result does not depend on it)
     */
    public static CooccurrenceNetwork network(PatentTable table, Counting counting, double minWeight, int threads) {
        return new CooccurrenceNetworkBuilder()
                .counting(counting)
                .minWeight(minWeight)
                .threads(threads)
                .build(table.technologies());
    }

    /** Analyses the units of {@code table} (patents, or families after {@link PatentTable#byFamily()}). */
    public static Result run(PatentTable table, Settings settings) {
        return run(AggregateScan.of(table, false, settings.centrality().threads()), settings);
    }

    /** Analyses a selection from its aggregates (made by a scan or read from an aggregates directory). */
    public static Result run(Aggregates aggregates, Settings settings) {
        List<String> warnings = new ArrayList<>();
        CooccurrenceNetwork network = aggregates.network(settings.counting(), settings.minWeight());
        CentralityTable centrality = Centralities.compute(network, settings.centrality());
        TechnologyStatistics stats = TechnologyStatistics.of(aggregates, settings.countryCount());
        int minPatents = settings.minSupport().threshold(aggregates.units());
        IndicatorTable all = Indicators.compute(stats, settings.target(), minPatents);
        for (Map.Entry<String, double[]> c : centrality.asMap().entrySet()) {
            all.add(c.getKey(), alignToCodes(network, c.getValue(), all.codes()));
        }
        List<Excluded> excluded = new ArrayList<>();
        int[] supported = java.util.stream.IntStream.range(0, all.size())
                .filter(r -> all.patents(r) >= minPatents)
                .toArray();
        for (int r = 0; r < all.size(); r++) {
            if (all.patents(r) < minPatents) excluded.add(new Excluded(all.code(r), all.patents(r)));
        }
        if (supported.length == 0 && all.size() > 0) {
            throw KctException.data("no technology has " + minPatents + " or more patents in the selection (the most"
                    + " has " + java.util.Arrays.stream(all.patents()).max().orElse(0) + "): nothing can be ranked;"
                    + " give a lower --min-patents or a larger selection");
        }
        IndicatorTable indicators = excluded.isEmpty() ? all : all.rows(supported);
        String[] codes = indicators.codes();
        warnings.addAll(indicators.warnings());
        if (!excluded.isEmpty()) {
            warnings.add(excluded.size() + " of " + all.size() + " technologies have fewer than " + minPatents
                    + " patents and are not ranked (minimum support; they are listed under 'excluded';"
                    + " --min-patents 0 ranks all)");
        }

        List<KeyTechnologyScoring.Family> families = new ArrayList<>();
        for (IndicatorFamily f : IndicatorFamily.values()) {
            if (!f.scored()) continue;
            IndicatorTable.FamilyMatrix m = indicators.matrix(f, settings.mix());
            families.add(new KeyTechnologyScoring.Family(f.id(), m.columns(), m.values()));
        }
        KeyTechnologyScoring.Result scores = KeyTechnologyScoring.score(
                codes, families, withoutMissingWeights(settings.scoring(), indicators, warnings));
        warnings.addAll(scores.warnings());

        Leaders leaders = Leaders.of(stats, supported.length == all.size() ? null : supported, settings.target());
        int keyTop = 0;
        double[] chokepoint = null;
        ChokepointClass[] classes = null;
        int[] order;
        if (settings.target() == null) {
            order = Ranking.order(scores.keyScore(), codes);
        } else {
            keyTop = settings.keyTop().resolve(codes.length);
            double[] share = indicators.column(IndicatorCatalogue.TARGET_SHARE.name());
            double[] rta = indicators.column(IndicatorCatalogue.TARGET_RTA.name());
            chokepoint = ChokepointClassifier.chokepointScores(scores.keyScore(), share);
            classes = new ChokepointClassifier(keyTop).classify(scores.keyRank(), rta, leaders.targetLeads());
            order = Ranking.order(chokepoint, codes);
        }
        return new Result(
                aggregates,
                network,
                stats,
                indicators,
                scores,
                keyTop,
                chokepoint,
                classes,
                order,
                List.copyOf(warnings),
                minPatents,
                excluded,
                leaders.code(),
                leaders.share());
    }

    /**
     * Fixed weights (e.g. {@code forward_citations=0.5,share=0.5}) naming an indicator that this data cannot
     * give: docs/METHODS.md leaves a missing indicator out of its family's mix, so its weight is dropped too, with a
     * warning (the other weights are renormalised as usual; if none is left, families weigh equally).
     */
    private static KeyTechnologyScoring.Settings withoutMissingWeights(
            KeyTechnologyScoring.Settings s, IndicatorTable indicators, List<String> warnings) {
        if (!(s.weights() instanceof WeightsSpec.Fixed fixed)) return s;
        List<String> missing =
                fixed.names().stream().filter(indicators::isMissing).toList();
        if (missing.isEmpty()) return s;
        missing.forEach(name ->
                warnings.add("the fixed weight of " + name + " is dropped: the indicator is missing from this data"));
        WeightsSpec.Fixed kept = fixed.without(missing);
        return new KeyTechnologyScoring.Settings(
                s.normalization(),
                kept == null ? new WeightsSpec.Method(WeightingMethod.EQUAL) : kept,
                s.aggregation(),
                s.effectiveFamilyWeights());
    }

    /** A per-node column re-ordered to {@code codes} (a code that is not a node gets 0). */
    private static double[] alignToCodes(CooccurrenceNetwork network, double[] byNode, String[] codes) {
        double[] out = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            int node = network.indexOf(codes[i]);
            out[i] = node >= 0 ? byNode[node] : 0;
        }
        return out;
    }
}
