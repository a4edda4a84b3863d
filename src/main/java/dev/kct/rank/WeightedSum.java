package dev.kct.rank;

/**
 * Weighted sum (simple additive weighting): s_i = Σ_j w_j y_ij (Hwang &amp; Yoon 1981, <i>Multiple
 * Attribute Decision Making</i>, SAW; docs/METHODS.md step 3). With min–max normalised y and weights summing
 * to 1 the score lies in [0, 1]. Cost: O(m·n).
 */
public final class WeightedSum implements Aggregation {

    @Override
    public String id() {
        return "wsum";
    }

    @Override
    public double[] scores(double[][] y, double[] w) {
        Columns.requireFinite(y);
        int n = Columns.count(y);
        if (y.length > 0) {
            Columns.requireWeights(w, n);
        }
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += w[j] * y[i][j];
            }
            s[i] = sum;
        }
        return s;
    }
}
