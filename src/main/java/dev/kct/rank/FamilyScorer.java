package dev.kct.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a named matrix of criteria (rows = alternatives) into one composite score per row: orient, normalise,
 * weight, aggregate (docs/METHODS.md, "From indicators to scores", steps 1–4). Used inside each indicator family
 * (centrality, dominance, barrier) and again over the three family scores to make the key score.
 *
 * <p>Weighting and aggregation both work on the normalised (step-1) matrix. The result names every column
 * that needed special treatment (missing, constant, shifted) in its warnings.
 */
public final class FamilyScorer {

    /**
     * What a scoring produced.
     *
     * @param columns the column names, in matrix order
     * @param normalized the step-1 matrix y
     * @param weights one weight per column, summing to 1 (all 0 when there are no rows)
     * @param scores one score per row
     * @param topsis distances and reference points, when the aggregation is {@link Topsis}
     * @param warnings one line per column that was missing, partly missing, constant or shifted
     */
    public record Result(
            List<String> columns,
            double[][] normalized,
            double[] weights,
            double[] scores,
            Optional<Topsis.Result> topsis,
            List<String> warnings) {

        /** The weights keyed by column name, in column order. */
        public Map<String, Double> weightsByColumn() {
            Map<String, Double> map = new LinkedHashMap<>();
            for (int j = 0; j < columns.size(); j++) {
                map.put(columns.get(j), weights[j]);
            }
            return Collections.unmodifiableMap(map);
        }
    }

    private final Normalization normalization;
    private final Weighting weighting;
    private final Aggregation aggregation;

    /** A scorer with the given choices for steps 1, 2 and 3. */
    public FamilyScorer(Normalization normalization, Weighting weighting, Aggregation aggregation) {
        this.normalization = normalization;
        this.weighting = weighting;
        this.aggregation = aggregation;
    }

    public Normalization normalization() {
        return normalization;
    }

    public Weighting weighting() {
        return weighting;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** Scores a matrix whose columns are all benefit criteria. */
    public Result score(List<String> columns, double[][] x) {
        Orientation[] benefit = new Orientation[columns.size()];
        Arrays.fill(benefit, Orientation.BENEFIT);
        return score(columns, x, benefit);
    }

    /**
     * Scores a matrix.
     *
     * @param columns one name per column
     * @param x rows = alternatives; NaN marks a missing value
     * @param orientations one per column
     */
    public Result score(List<String> columns, double[][] x, Orientation[] orientations) {
        Columns.requireRectangular(x);
        int m = x.length;
        int n = columns.size();
        if (orientations.length != n || (m > 0 && Columns.count(x) != n)) {
            throw new IllegalArgumentException(n + " column names, " + orientations.length + " orientations and "
                    + Columns.count(x) + " columns in the matrix");
        }
        List<String> names = List.copyOf(columns);
        if (new HashSet<>(names).size() != n) {
            throw new IllegalArgumentException("column names repeat: " + String.join(", ", names));
        }
        if (m == 0) {
            return new Result(
                    names,
                    new double[0][n],
                    new double[n],
                    new double[0],
                    Optional.empty(),
                    List.of("no alternatives to score"));
        }
        double[][] oriented = Orientation.toBenefit(x, orientations);
        List<String> warnings = warnings(names, oriented);
        double[][] y = normalization.apply(oriented);
        double[] w = weighting.weights(y);
        if (aggregation instanceof Topsis) {
            Topsis.Result t = ((Topsis) aggregation).evaluate(y, w);
            return new Result(names, y, w, t.scores(), Optional.of(t), warnings);
        }
        return new Result(names, y, w, aggregation.scores(y, w), Optional.empty(), warnings);
    }

    private List<String> warnings(List<String> names, double[][] x) {
        List<String> warnings = new ArrayList<>();
        boolean[] shifted = new boolean[names.size()];
        for (int j : normalization.shiftedColumns(x)) {
            shifted[j] = true;
        }
        for (int j = 0; j < names.size(); j++) {
            int missing = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                if (Double.isNaN(row[j])) {
                    missing++;
                } else {
                    min = Math.min(min, row[j]);
                    max = Math.max(max, row[j]);
                }
            }
            String name = names.get(j);
            if (missing == x.length) {
                warnings.add("'" + name + "' has no values, so it cannot tell the alternatives apart");
                continue;
            }
            if (missing > 0) {
                warnings.add("'" + name + "' is missing for " + missing + " of " + x.length
                        + " alternatives; those take the column's lowest value");
            }
            if (Columns.constant(min, max)) {
                warnings.add("'" + name + "' is the same for every alternative, so it cannot tell them apart");
            } else if (shifted[j]) {
                warnings.add("'" + name + "' has negative values; shifted by its minimum before " + normalization.id()
                        + " normalisation");
            }
        }
        return List.copyOf(warnings);
    }
}
