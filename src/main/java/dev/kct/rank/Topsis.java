package dev.kct.rank;

/**
 * TOPSIS (Technique for Order Preference by Similarity to Ideal Solution): an alternative scores high when
 * it lies far from the worst point and close to the best one (Hwang &amp; Yoon 1981, <i>Multiple Attribute
 * Decision Making: Methods and Applications</i>, Springer; docs/METHODS.md step 3).
 *
 * <pre>
 *   v_ij  = w_j · y_ij
 *   A⁺_j  = max_i v_ij        A⁻_j = min_i v_ij
 *   D⁺_i  = √Σ_j (v_ij − A⁺_j)²      D⁻_i = √Σ_j (v_ij − A⁻_j)²
 *   s_i   = D⁻_i / (D⁺_i + D⁻_i),   and s_i = 0 where D⁺_i + D⁻_i = 0
 * </pre>
 *
 * <p>All columns are taken as benefit columns (turn cost columns with {@link Orientation#toBenefit} first).
 * With y vector-normalised this is the classic method; kct uses whatever step-1 matrix it is given.
 * The score lies in [0, 1]. Cost: O(m·n).
 */
public final class Topsis implements Aggregation {

    /**
     * Everything TOPSIS computed, for reports that explain a score.
     *
     * @param scores the closeness coefficient s_i of each row
     * @param dPlus D⁺_i, the distance of each row to the ideal point
     * @param dMinus D⁻_i, the distance of each row to the anti-ideal point
     * @param ideal A⁺, the column maxima of the weighted matrix v
     * @param antiIdeal A⁻, the column minima of v
     */
    public record Result(double[] scores, double[] dPlus, double[] dMinus, double[] ideal, double[] antiIdeal) {}

    @Override
    public String id() {
        return "topsis";
    }

    @Override
    public double[] scores(double[][] y, double[] w) {
        return evaluate(y, w).scores();
    }

    /** Scores, distances and reference points of y under weights w. */
    public Result evaluate(double[][] y, double[] w) {
        Columns.requireFinite(y);
        int m = y.length;
        int n = Columns.count(y);
        if (m > 0) {
            Columns.requireWeights(w, n);
        }
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double v = w[j] * y[i][j];
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
            ideal[j] = max;
            anti[j] = min;
        }
        double[] dPlus = new double[m];
        double[] dMinus = new double[m];
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            double plus = 0;
            double minus = 0;
            for (int j = 0; j < n; j++) {
                double v = w[j] * y[i][j];
                plus += (v - ideal[j]) * (v - ideal[j]);
                minus += (v - anti[j]) * (v - anti[j]);
            }
            dPlus[i] = Math.sqrt(plus);
            dMinus[i] = Math.sqrt(minus);
            double d = dPlus[i] + dMinus[i];
            s[i] = d > 0 ? dMinus[i] / d : 0;
        }
        return new Result(s, dPlus, dMinus, ideal, anti);
    }
}
