package dev.kct.rank;

/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation): a column weighs more the more it
 * varies and the less it agrees with the other columns (Diakoulaki, Mavrotas &amp; Papayannakis 1995,
 * "Determining objective weights in multiple criteria problems: the CRITIC method", <i>Computers &amp;
 * Operations Research</i> 22(7), 763–770; docs/METHODS.md step 2).
 *
 * <pre>
 *   z    = min–max normalisation of y, column by column
 *   σ_j  = sample standard deviation of z_j (divisor m − 1)
 *   r_jk = Pearson correlation of z_j and z_k
 *   C_j  = σ_j · Σ_k (1 − r_jk)
 *   w_j  = C_j / Σ_k C_k
 * </pre>
 *
 * <p>The method is defined on min–max normalised columns, so it min–max normalises whatever matrix it is
 * given (an already min–max normalised matrix is unchanged by this). A constant column has σ = 0, so
 * C = 0 and weight 0; its correlations are undefined, and it is left out of the other columns' sums, so
 * that adding a constant column does not change any weight. If every C is 0 (all columns constant, a single
 * informative column, perfectly correlated columns, or m &lt; 2) the weights fall back to
 * {@link EqualWeighting}'s. Cost: O(m·n²).
 */
public final class CriticWeighting implements Weighting {

    @Override
    public String id() {
        return "critic";
    }

    @Override
    public double[] weights(double[][] y) {
        double[] c = information(y);
        double total = 0;
        for (double v : c) {
            total += v;
        }
        if (!(total > 0)) {
            return Columns.equalWeights(y);
        }
        double[] w = new double[c.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = c[j] / total;
        }
        return w;
    }

    /** The amount of information C_j of each column (0 for a constant column and when m &lt; 2). */
    public double[] information(double[][] y) {
        Columns.requireFinite(y);
        int m = y.length;
        int n = Columns.count(y);
        double[] c = new double[n];
        if (m < 2) {
            return c;
        }
        double[][] z = Normalization.MINMAX.apply(y);
        double[][] dev = new double[n][m];
        double[] ss = new double[n];
        for (int j = 0; j < n; j++) {
            double mean = 0;
            for (int i = 0; i < m; i++) {
                mean += z[i][j];
            }
            mean /= m;
            for (int i = 0; i < m; i++) {
                dev[j][i] = z[i][j] - mean;
                ss[j] += dev[j][i] * dev[j][i];
            }
        }
        for (int j = 0; j < n; j++) {
            if (!(ss[j] > 0)) {
                continue;
            }
            double conflict = 0;
            for (int k = 0; k < n; k++) {
                if (k == j || !(ss[k] > 0)) {
                    continue;
                }
                double cross = 0;
                for (int i = 0; i < m; i++) {
                    cross += dev[j][i] * dev[k][i];
                }
                double r = Math.max(-1, Math.min(1, cross / Math.sqrt(ss[j] * ss[k])));
                conflict += 1 - r;
            }
            c[j] = Math.sqrt(ss[j] / (m - 1)) * conflict;
        }
        return c;
    }
}
