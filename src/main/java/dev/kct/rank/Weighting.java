package dev.kct.rank;

import java.util.List;

/**
 * A way to weight the criteria (columns) of a step-1 matrix y (rows = alternatives), docs/METHODS.md,
 * "From indicators to scores", step 2.
 *
 * <p>Every implementation returns n non-negative weights summing to 1, gives a constant column weight 0
 * unless every column is constant, and never returns NaN.
 */
public interface Weighting {

    /** One weight per column of {@code y}. */
    double[] weights(double[][] y);

    /** The lower-case name printed in results ({@code entropy}, {@code critic}, {@code equal}, {@code fixed}). */
    String id();

    /**
     * Parses a weighting as written on the command line: a method name ({@code entropy}, {@code critic},
     * {@code equal}) or fixed weights ({@code a=0.3,b=0.7}, see {@link FixedWeighting#parse}).
     */
    static Weighting parse(String spec, List<String> columnNames) {
        return spec.contains("=")
                ? FixedWeighting.parse(spec, columnNames)
                : WeightingMethod.fromId(spec).weighting();
    }
}
