package dev.kct.rank;

/**
 * Shannon-entropy weights: a column whose values are spread evenly over the alternatives says little and
 * gets a small weight (Zeleny 1982, <i>Multiple Criteria Decision Making</i>; Hwang &amp; Yoon 1981,
 * <i>Multiple Attribute Decision Making</i>; docs/METHODS.md step 2).
 *
 * <pre>
 *   p_ij = y_ij / Σ_i y_ij
 *   e_j  = −(1 / ln m) Σ_i p_ij ln p_ij        with 0 · ln 0 = 0
 *   w_j  = (1 − e_j) / Σ_k (1 − e_k)
 * </pre>
 *
 * <p>Needs non-negative values. A constant column (including an all-zero one, whose p is undefined) has
 * e = 1 and so weight 0. If no column has 1 − e &gt; 0 (every column constant, or a single alternative,
 * m = 1, where ln m = 0) the weights fall back to {@link EqualWeighting}'s. Cost: O(m·n).
 */
public final class EntropyWeighting implements Weighting {

    @Override
    public String id() {
        return "entropy";
    }

    @Override
    public double[] weights(double[][] y) {
        double[] e = entropies(y);
        double[] w = new double[e.length];
        double total = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.max(0, 1 - e[j]);
            total += w[j];
        }
        if (!(total > 0)) {
            return Columns.equalWeights(y);
        }
        for (int j = 0; j < w.length; j++) {
            w[j] /= total;
        }
        return w;
    }

    /** The normalised entropy e_j of each column, in [0, 1]; 1 for a constant column and when m ≤ 1. */
    public double[] entropies(double[][] y) {
        Columns.requireFinite(y);
        int m = y.length;
        int n = Columns.count(y);
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                if (y[i][j] < 0) {
                    throw new IllegalArgumentException("entropy weighting needs non-negative values, but column " + j
                            + " has " + y[i][j] + " at row " + i + "; normalise with minmax first");
                }
                sum += y[i][j];
            }
            if (m <= 1 || !(sum > 0) || Columns.isConstant(y, j)) {
                e[j] = 1;
                continue;
            }
            double h = 0;
            for (int i = 0; i < m; i++) {
                double p = y[i][j] / sum;
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
            e[j] = Math.min(1, h / Math.log(m));
        }
        return e;
    }
}
