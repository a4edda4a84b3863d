package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;

/**
 * PageRank: the long-run share of time a random walker spends on a technology when it follows
 * co-occurrence edges in proportion to their weight, and jumps to a uniformly random technology with
 * probability 1 − α.
 *
 * <p>{@code x_i = α (Σ_j x_j w_ji / s_j + D / n) + (1 − α) / n}, with s_j the strength of j, D the
 * total score of the dangling (here: isolated) nodes, which is spread uniformly, and α = 0.85 by
 * default. The values sum to 1. Same as networkx {@code pagerank(G, alpha=0.85, weight="weight")}.
 *
 * <p>Algorithm: power iteration from the uniform vector; stops when the L1 change between two steps
 * is below 1e-10 (networkx's test is {@code change < n · tol}, so this is networkx with
 * {@code tol = 1e-10 / n}: stricter) or after 10,000 steps (not reached in practice: the error shrinks
 * by α per step). A network without edges gives 1/n to every node; a single node gets 1; an empty
 * network an empty array.
 *
 * <p>Source: Brin &amp; Page 1998 (The anatomy of a large-scale hypertextual Web search engine).
 * Cost: O(n + m) per step, about 150 steps.
 */
public final class PageRankCentrality {

    public static final double DAMPING = 0.85;
    public static final double TOLERANCE = 1e-10;
    public static final int MAX_ITERATIONS = 10_000;

    private PageRankCentrality() {}

    /** PageRank with damping 0.85, to an L1 change below 1e-10. */
    public static double[] compute(CooccurrenceNetwork network) {
        return compute(network, DAMPING, TOLERANCE);
    }

    /**
     * @param damping   probability α of following an edge, in [0, 1]
     * @param tolerance bound on the L1 change between two steps at which to stop
     */
    public static double[] compute(CooccurrenceNetwork network, double damping, double tolerance) {
        if (!(damping >= 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1], got " + damping);
        }
        int n = network.nodeCount();
        double[] x = new double[n];
        if (n == 0) {
            return x;
        }
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        double[] weights = network.weights();
        double[] strength = StrengthCentrality.compute(network);
        java.util.Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        double[] share = new double[n];
        double teleport = (1 - damping) / n;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (strength[j] > 0) {
                    share[j] = x[j] / strength[j];
                } else {
                    share[j] = 0;
                    dangling += x[j];
                }
            }
            double base = damping * (dangling / n) + teleport;
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = offsets[i], end = offsets[i + 1]; k < end; k++) {
                    sum += weights[k] * share[neighbours[k]];
                }
                double v = damping * sum + base;
                change += Math.abs(v - x[i]);
                next[i] = v;
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (change < tolerance) {
                break;
            }
        }
        return x;
    }
}
