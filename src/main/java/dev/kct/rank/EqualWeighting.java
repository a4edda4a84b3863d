package dev.kct.rank;

/**
 * Equal weights: 1/k for each of the k non-constant columns and 0 for a constant column; 1/n for every
 * column if all n are constant (docs/METHODS.md step 2). Cost: O(m·n).
 */
public final class EqualWeighting implements Weighting {

    @Override
    public String id() {
        return "equal";
    }

    @Override
    public double[] weights(double[][] y) {
        Columns.requireFinite(y);
        return Columns.equalWeights(y);
    }
}
