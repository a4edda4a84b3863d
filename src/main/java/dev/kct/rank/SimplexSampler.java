package dev.kct.rank;

import java.util.SplittableRandom;

/**
 * Weight vectors drawn uniformly from the unit simplex {w : w_j ≥ 0, Σ_j w_j = 1} of n criteria: the weight
 * space of SMAA ({@link Smaa}) when nothing is known about the weights.
 *
 * <p>Method, uniform spacings: draw n − 1 independent uniforms on [0, 1), sort them into u_(1) ≤ … ≤ u_(n−1)
 * and take the gaps w_1 = u_(1), w_j = u_(j) − u_(j−1), w_n = 1 − u_(n−1). The gaps are uniform on the
 * simplex (Dirichlet(1, …, 1)); the marginal of each w_j is Beta(1, n − 1). Sources: Tervonen &amp; Lahdelma
 * 2007, "Implementing stochastic multicriteria acceptability analysis", <i>European Journal of Operational
 * Research</i> 178(2):500–513 (weight generation); Devroye 1986, <i>Non-Uniform Random Variate
 * Generation</i>, Springer, ch. V (uniform spacings).
 *
 * <p>Uniforms come from a seeded {@link SplittableRandom} through {@code nextLong()} only, as
 * (x &gt;&gt;&gt; 11)·2⁻⁵³, so a seed gives the same weights on every JVM. Not thread-safe; cost O(n²) per
 * vector (insertion sort of n − 1 values, n is 3 in kct).
 */
public final class SimplexSampler {

    private final int dimension;
    private final SplittableRandom random;
    private final double[] cuts;

    /**
     * @param dimension the number of weights n (at least 1)
     * @param seed      the seed; the same seed gives the same sequence of vectors
     */
    public SimplexSampler(int dimension, long seed) {
        if (dimension < 1) {
            throw new IllegalArgumentException("a weight vector needs at least one weight, not " + dimension);
        }
        this.dimension = dimension;
        this.random = new SplittableRandom(seed);
        this.cuts = new double[dimension - 1];
    }

    public int dimension() {
        return dimension;
    }

    /** Fills {@code w} (length n) with the next vector. */
    public void next(double[] w) {
        if (w.length != dimension) {
            throw new IllegalArgumentException(w.length + " weights asked of a sampler of " + dimension);
        }
        for (int k = 0; k < cuts.length; k++) {
            double u = (random.nextLong() >>> 11) * 0x1.0p-53;
            int at = k;
            while (at > 0 && cuts[at - 1] > u) {
                cuts[at] = cuts[at - 1];
                at--;
            }
            cuts[at] = u;
        }
        double previous = 0;
        for (int k = 0; k < cuts.length; k++) {
            w[k] = cuts[k] - previous;
            previous = cuts[k];
        }
        w[dimension - 1] = 1 - previous;
    }

    /** The next vector, newly allocated. */
    public double[] next() {
        double[] w = new double[dimension];
        next(w);
        return w;
    }
}
