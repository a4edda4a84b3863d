package dev.kct.rank;

/**
 * A way to combine the weighted columns of a step-1 matrix y into one score per row (alternative),
 * docs/METHODS.md, "From indicators to scores", step 3. Scores are finite, never NaN.
 */
public interface Aggregation {

    /**
     * @param y rows = alternatives, columns = criteria, all benefit-oriented and finite
     * @param w one weight per column
     * @return one score per row
     */
    double[] scores(double[][] y, double[] w);

    /** The lower-case name printed in results ({@code topsis}, {@code wsum}). */
    String id();
}
