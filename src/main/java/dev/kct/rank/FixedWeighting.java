package dev.kct.rank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Weights given by the analyst, e.g. {@code hhi=0.4,cr4=0.2,complexity=0.4} (docs/METHODS.md step 2).
 *
 * <p>The given weights are divided by their sum, so {@code a=3,b=1} means 0.75 and 0.25; a column not
 * mentioned gets 0. As with every weighting, a column that is constant in the matrix gets weight 0 and the
 * others are rescaled to sum 1; if every weighted column is constant the given weights are returned as they
 * are (all scores are then equal anyway).
 */
public final class FixedWeighting implements Weighting {

    private final double[] given;

    /**
     * @param weights one non-negative finite weight per column, at least one positive; divided by their sum
     */
    public FixedWeighting(double[] weights) {
        double total = 0;
        for (int j = 0; j < weights.length; j++) {
            if (!Double.isFinite(weights[j]) || weights[j] < 0) {
                throw new IllegalArgumentException(
                        "weight " + j + " is " + weights[j] + "; weights must be non-negative numbers");
            }
            total += weights[j];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("all weights are zero: give at least one column a positive weight");
        }
        given = new double[weights.length];
        for (int j = 0; j < weights.length; j++) {
            given[j] = weights[j] / total;
        }
    }

    /**
     * Parses {@code name=weight} items separated by commas, e.g. {@code a=0.3,b=0.7}.
     *
     * @param spec the items; spaces around names and numbers are ignored
     * @param columnNames the columns, in matrix order; a name may appear at most once in {@code spec}
     * @throws IllegalArgumentException naming the bad item: not {@code name=number}, an unknown or repeated
     *     name, a weight that is not a finite number or is negative, or all weights zero
     */
    public static FixedWeighting parse(String spec, List<String> columnNames) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException(
                    "no weights given: write name=weight items such as " + example(columnNames));
        }
        double[] w = new double[columnNames.size()];
        Set<String> seen = new HashSet<>();
        for (String item : spec.split(",", -1)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "weight item '" + item.trim() + "' is not name=weight, e.g. " + example(columnNames));
            }
            String name = item.substring(0, eq).trim();
            String number = item.substring(eq + 1).trim();
            int j = columnNames.indexOf(name);
            if (j < 0) {
                throw new IllegalArgumentException(
                        "unknown column '" + name + "' in weights: expected one of " + String.join(", ", columnNames));
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("column '" + name + "' is given a weight twice");
            }
            double value;
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight of '" + name + "' is not a number: '" + number + "'");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("weight of '" + name + "' is not a finite number: '" + number + "'");
            }
            if (value < 0) {
                throw new IllegalArgumentException("weight of '" + name + "' is negative: " + number);
            }
            w[j] = value;
        }
        return new FixedWeighting(w);
    }

    private static String example(List<String> columnNames) {
        return columnNames.size() >= 2 ? columnNames.get(0) + "=0.5," + columnNames.get(1) + "=0.5" : "name=1";
    }

    @Override
    public String id() {
        return "fixed";
    }

    /** The given weights divided by their sum, before constant columns are zeroed. */
    public double[] given() {
        return given.clone();
    }

    @Override
    public double[] weights(double[][] y) {
        Columns.requireFinite(y);
        int n = y.length == 0 ? given.length : Columns.count(y);
        if (n != given.length) {
            throw new IllegalArgumentException(given.length + " fixed weights for a matrix of " + n + " columns");
        }
        double[] w = given.clone();
        double total = 0;
        for (int j = 0; j < n; j++) {
            if (Columns.isConstant(y, j)) {
                w[j] = 0;
            }
            total += w[j];
        }
        if (!(total > 0)) {
            return given.clone();
        }
        for (int j = 0; j < n; j++) {
            w[j] /= total;
        }
        return w;
    }
}
