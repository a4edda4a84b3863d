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
     * Parses a weighting as written on the command line (see {@link WeightsSpec#parse}) for the given columns.
     */
    static Weighting parse(String spec, List<String> columnNames) {
        return WeightsSpec.parse(spec).weighting(columnNames);
    }
}
