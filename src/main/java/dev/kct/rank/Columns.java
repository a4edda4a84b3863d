package dev.kct.rank;

import java.util.Arrays;

/** Checks and column facts shared by the normalisers, weightings and aggregations of this package. */
final class Columns {

    /** Relative spread below which a column counts as constant (absorbs floating-point rounding). */
    static final double CONSTANT_TOLERANCE = 1e-12;

    private Columns() {}

    /** Number of columns; 0 for a matrix without rows. */
    static int count(double[][] y) {
        return y.length == 0 ? 0 : y[0].length;
    }

    static void requireRectangular(double[][] y) {
        int n = count(y);
        for (int i = 0; i < y.length; i++) {
            if (y[i] == null || y[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has "
                        + (y[i] == null ? "no" : String.valueOf(y[i].length)) + " values, expected " + n);
            }
        }
    }

    static void requireFinite(double[][] y) {
        requireRectangular(y);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[i].length; j++) {
                if (!Double.isFinite(y[i][j])) {
                    throw new IllegalArgumentException(
                            "value at row " + i + ", column " + j + " is " + y[i][j] + "; expected a finite number");
                }
            }
        }
    }

    static void requireWeights(double[] w, int n) {
        if (w.length != n) {
            throw new IllegalArgumentException(w.length + " weights for " + n + " columns");
        }
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(w[j])) {
                throw new IllegalArgumentException("weight " + j + " is " + w[j] + "; expected a finite number");
            }
        }
    }

    /** True when max and min agree to within {@link #CONSTANT_TOLERANCE}, relative to their magnitude. */
    static boolean constant(double min, double max) {
        return max - min <= CONSTANT_TOLERANCE * Math.max(Math.abs(min), Math.abs(max));
    }

    /** True when column j of a finite matrix is constant (a matrix without rows has only constant columns). */
    static boolean isConstant(double[][] y, int j) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : y) {
            min = Math.min(min, row[j]);
            max = Math.max(max, row[j]);
        }
        return y.length == 0 || constant(min, max);
    }

    /** 1/k for each of the k non-constant columns and 0 for constant ones; 1/n each if all are constant. */
    static double[] equalWeights(double[][] y) {
        int n = count(y);
        double[] w = new double[n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            if (!isConstant(y, j)) {
                w[j] = 1;
                k++;
            }
        }
        if (k == 0) {
            Arrays.fill(w, 1);
            k = n;
        }
        for (int j = 0; j < n; j++) {
            w[j] /= k;
        }
        return w;
    }
}
