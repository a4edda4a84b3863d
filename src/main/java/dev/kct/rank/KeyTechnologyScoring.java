package dev.kct.rank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From indicator families to the key score (docs/METHODS.md "From indicators to scores", steps 1–4 and 6):
 * each family's indicator matrix is normalised, weighted and aggregated into a family score in [0,1]
 * with {@link FamilyScorer}; the family scores are combined the same way into {@code key_score}, with
 * their own weighting; technologies are ranked by key score, ties by code.
 *
 * <p>A family without any usable column (all its indicators missing) is left out of the key score and
 * named in the warnings. Knows nothing of where the numbers came from.
 */
public final class KeyTechnologyScoring {

    /** One indicator family: its name ({@code centrality}, …), its column names and values (rows = technologies). */
    public record Family(String name, List<String> columns, double[][] values) {}

    /**
     * Choices for scoring.
     *
     * @param normalization  step 1
     * @param weights        in-family weighting: a method ({@code entropy}, {@code critic}, {@code equal}) or fixed
     *                       weights {@code name=w,...} over any indicators (a family none of whose columns is named
     *                       gets equal weights)
     * @param aggregation    step 3, inside families and across them
     * @param familyWeights  across families: a method or {@code centrality=w,dominance=w,barrier=w}; null means the
     *                       in-family method (or {@code equal} when {@code weights} are fixed)
     */
    public record Settings(
            Normalization normalization,
            WeightsSpec weights,
            AggregationMethod aggregation,
            WeightsSpec familyWeights) {

        public static Settings defaults() {
            return new Settings(Normalization.MINMAX, WeightsSpec.entropy(), AggregationMethod.TOPSIS, null);
        }

        /** The family weighting actually used. */
        public WeightsSpec effectiveFamilyWeights() {
            if (familyWeights != null) return familyWeights;
            return weights instanceof WeightsSpec.Fixed ? new WeightsSpec.Method(WeightingMethod.EQUAL) : weights;
        }
    }

    /**
     * The outcome.
     *
     * @param codes     technology codes (row labels)
     * @param families  each scored family, by name, in the order given (families left out are absent)
     * @param key       the scoring of the family-score matrix; its scores are {@code key_score}
     * @param keyRank   1-based rank of each technology by key score, ties by code
     * @param warnings  what the user should know: missing families, constant or missing columns
     */
    public record Result(
            String[] codes,
            Map<String, FamilyScorer.Result> families,
            FamilyScorer.Result key,
            int[] keyRank,
            List<String> warnings) {

        public double[] keyScore() {
            return key.scores();
        }

        /** The score of {@code family} per technology, or null when the family was left out. */
        public double[] familyScore(String family) {
            FamilyScorer.Result r = families.get(family);
            return r == null ? null : r.scores();
        }
    }

    private KeyTechnologyScoring() {}

    public static Result score(String[] codes, List<Family> families, Settings settings) {
        Aggregation aggregation = settings.aggregation().aggregation();
        Map<String, Double> fixed = settings.weights() instanceof WeightsSpec.Fixed f ? parseFixed(f, families) : null;
        Map<String, FamilyScorer.Result> scored = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Family f : families) {
            if (f.columns().isEmpty()) {
                warnings.add("the " + f.name() + " family has no usable indicator and is left out of key_score");
                continue;
            }
            Weighting w = fixed == null ? settings.weights().weighting(f.columns()) : fixedFor(f, fixed);
            FamilyScorer.Result r =
                    new FamilyScorer(settings.normalization(), w, aggregation).score(f.columns(), f.values());
            r.warnings().forEach(x -> warnings.add(f.name() + ": " + x));
            scored.put(f.name(), r);
        }
        List<String> names = new ArrayList<>(scored.keySet());
        double[][] familyMatrix = new double[codes.length][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] s = scored.get(names.get(j)).scores();
            for (int i = 0; i < codes.length; i++) familyMatrix[i][j] = s[i];
        }
        FamilyScorer.Result key;
        if (names.isEmpty()) {
            warnings.add("no indicator family could be scored; key_score is 0 for every technology");
            key = new FamilyScorer.Result(
                    List.of(),
                    new double[codes.length][0],
                    new double[0],
                    new double[codes.length],
                    java.util.Optional.empty(),
                    List.of());
        } else {
            Weighting fw = settings.effectiveFamilyWeights().weighting(names);
            key = new FamilyScorer(settings.normalization(), fw, aggregation).score(names, familyMatrix);
        }
        return new Result(codes, scored, key, Ranking.ranks(key.scores(), codes), List.copyOf(warnings));
    }

    private static Map<String, Double> parseFixed(WeightsSpec.Fixed spec, List<Family> families) {
        List<String> all = new ArrayList<>();
        families.forEach(f -> all.addAll(f.columns()));
        FixedWeighting parsed = (FixedWeighting) spec.weighting(all);
        Map<String, Double> out = new LinkedHashMap<>();
        double[] given = parsed.given();
        for (int j = 0; j < all.size(); j++) out.put(all.get(j), given[j]);
        return out;
    }

    private static Weighting fixedFor(Family f, Map<String, Double> fixed) {
        double[] w = new double[f.columns().size()];
        boolean any = false;
        for (int j = 0; j < w.length; j++) {
            w[j] = fixed.getOrDefault(f.columns().get(j), 0.0);
            any |= w[j] > 0;
        }
        return any ? new FixedWeighting(w) : new EqualWeighting();
    }
}
