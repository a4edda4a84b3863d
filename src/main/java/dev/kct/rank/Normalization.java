package dev.kct.rank;

import java.util.Arrays;
import java.util.Locale;

/**
 * Column-wise normalisation of a benefit matrix x (rows = alternatives, columns = criteria) into the
 * step-1 matrix y that weighting and aggregation work on (docs/METHODS.md, "From indicators to scores", step 1;
 * the vector form is the one of Hwang &amp; Yoon 1981, <i>Multiple Attribute Decision Making</i>, for TOPSIS).
 *
 * <ul>
 *   <li>{@link #MINMAX}: y = (x − min) / (max − min), in [0, 1];</li>
 *   <li>{@link #VECTOR}: y = x / √(Σ<sub>i</sub> x<sub>i</sub>²);</li>
 *   <li>{@link #SUM}: y = x / Σ<sub>i</sub> x<sub>i</sub>;</li>
 *   <li>{@link #NONE}: y = x.</li>
 * </ul>
 *
 * <p>Rules common to all four, so that the result is always finite and non-negative:
 * <ul>
 *   <li>a <b>missing</b> cell (NaN) takes the column's smallest observed value before normalising (under
 *       minmax it becomes 0); {@link #missingColumns} names the columns without any observed value;</li>
 *   <li>a <b>constant</b> column (observed values agreeing to a relative 1e-12), an all-zero column and a
 *       column without observed values normalise to all zeros;</li>
 *   <li>vector, sum and none need non-negative values: a column with a negative value is first shifted by
 *       its minimum, x − min x ({@link #shiftedColumns} names them); minmax is unaffected by such a shift;</li>
 *   <li>an infinite value is an error;</li>
 *   <li>a column whose values reach beyond ±2<sup>900</sup> (about 8e270) is first multiplied by a power of two
 *       that brings it below, which changes no minmax, vector or sum result (they do not depend on the column's
 *       scale) but keeps max − min, Σx and Σx² finite; under {@link #NONE}, which keeps the scale, such a
 *       column is an error rather than an overflow to infinity.</li>
 * </ul>
 * Cost columns are turned into benefit columns beforehand with {@link Orientation#toBenefit}.
 */
public enum Normalization {
    /** (x − min) / (max − min); the default. */
    MINMAX,
    /** x / √Σx²: the classic TOPSIS normalisation. */
    VECTOR,
    /** x / Σx. */
    SUM,
    /** x unchanged (apart from the common rules). */
    NONE;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code minmax}, {@code vector}, {@code sum} or {@code none} (case-insensitive; {@code min-max} too). */
    public static Normalization fromId(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "minmax":
                return MINMAX;
            case "vector":
                return VECTOR;
            case "sum":
                return SUM;
            case "none":
                return NONE;
            default:
                throw new IllegalArgumentException(
                        "unknown normalisation '" + text + "': use minmax, vector, sum or none");
        }
    }

    /** The normalised copy of {@code x}; {@code x} itself is left unchanged. */
    public double[][] apply(double[][] x) {
        requireNoInfinity(x);
        int m = x.length;
        int n = Columns.count(x);
        double[][] y = new double[m][n];
        for (int j = 0; j < n; j++) {
            double f = rescaling(x, j);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    min = Math.min(min, row[j] * f);
                    max = Math.max(max, row[j] * f);
                }
            }
            if (min > max || Columns.constant(min, max)) {
                continue;
            }
            double shift = min < 0 ? -min : 0;
            double scale = scale(x, j, f, min, max, shift);
            if (!(scale > 0) || !Double.isFinite(scale)) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                double v = Double.isNaN(x[i][j]) ? min : x[i][j] * f;
                y[i][j] = this == MINMAX ? (v - min) / scale : (v + shift) / scale;
            }
        }
        return y;
    }

    /** Largest magnitude a column may reach before it is rescaled: 2^900, far from overflow in Σx² of 2^100 rows. */
    private static final int LARGEST_EXPONENT = 900;

    /** The power of two that brings column j within ±2^900 (1 when it already is). */
    private double rescaling(double[][] x, int j) {
        double maxAbs = 0;
        for (double[] row : x) {
            if (!Double.isNaN(row[j])) maxAbs = Math.max(maxAbs, Math.abs(row[j]));
        }
        int e = Math.getExponent(maxAbs);
        if (e <= LARGEST_EXPONENT) return 1;
        if (this == NONE) {
            throw new IllegalArgumentException("column " + j + " holds values up to " + maxAbs + ", too large to use"
                    + " without normalising; use --normalize minmax, vector or sum, or rescale the column");
        }
        return Math.scalb(1.0, LARGEST_EXPONENT - e);
    }

    private double scale(double[][] x, int j, double f, double min, double max, double shift) {
        switch (this) {
            case MINMAX:
                return max - min;
            case VECTOR: {
                double top = max + shift;
                double s = 0;
                for (double[] row : x) {
                    double v = ((Double.isNaN(row[j]) ? min : row[j] * f) + shift) / top;
                    s += v * v;
                }
                return top * Math.sqrt(s);
            }
            case SUM: {
                double s = 0;
                for (double[] row : x) {
                    s += (Double.isNaN(row[j]) ? min : row[j] * f) + shift;
                }
                return s;
            }
            default:
                return 1;
        }
    }

    /** Indices of the columns of {@code x} in which every cell is NaN (callers normally drop them). */
    public static int[] missingColumns(double[][] x) {
        Columns.requireRectangular(x);
        return Arrays.stream(columnIndices(x))
                .filter(j -> {
                    for (double[] row : x) {
                        if (!Double.isNaN(row[j])) {
                            return false;
                        }
                    }
                    return true;
                })
                .toArray();
    }

    /** Indices of the non-constant columns that this normalisation shifts because they hold a negative value. */
    public int[] shiftedColumns(double[][] x) {
        Columns.requireRectangular(x);
        if (this == MINMAX) {
            return new int[0];
        }
        return Arrays.stream(columnIndices(x))
                .filter(j -> {
                    double min = Double.POSITIVE_INFINITY;
                    double max = Double.NEGATIVE_INFINITY;
                    for (double[] row : x) {
                        if (!Double.isNaN(row[j])) {
                            min = Math.min(min, row[j]);
                            max = Math.max(max, row[j]);
                        }
                    }
                    return min < 0 && !Columns.constant(min, max);
                })
                .toArray();
    }

    private static int[] columnIndices(double[][] x) {
        int[] js = new int[Columns.count(x)];
        Arrays.setAll(js, j -> j);
        return js;
    }

    private static void requireNoInfinity(double[][] x) {
        Columns.requireRectangular(x);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (Double.isInfinite(x[i][j])) {
                    throw new IllegalArgumentException("value at row " + i + ", column " + j
                            + " is infinite; expected a finite number or NaN for a missing value");
                }
            }
        }
    }
}
