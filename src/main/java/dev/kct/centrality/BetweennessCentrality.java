package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.ParallelChunks;
import java.util.SplittableRandom;

/**
 * Betweenness centrality: how often a technology lies on the shortest paths between two others, i.e.
 * how much it bridges otherwise separate areas.
 *
 * <p>{@code C_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st}, over ordered pairs (s, t), divided by
 * {@code (n − 1)(n − 2)}, where σ_st is the number of shortest s–t paths and σ_st(v) those through v.
 * Counting each unordered pair once and dividing by {@code (n − 1)(n − 2) / 2} gives the same value,
 * hence docs/METHODS.md's "normalised by 2/((n−1)(n−2))". For n ≤ 2 every value is 0. Path lengths are
 * sums of distances {@code d_ij = 1 / w_ij} ({@link PathMetric#WEIGHTED}, default) or hop counts
 * ({@link PathMetric#UNWEIGHTED}). Equal to networkx
 * {@code betweenness_centrality(G, normalized=True, weight=d)} with d = 1/weight on each edge (or
 * {@code weight=None}) where no two path lengths are nearly equal. Weighted path lengths a and b tie
 * when {@code |a − b| < 1e-10·(a + b)}, igraph's rule ({@code igraph_cmp_epsilon}, relative tolerance
 * {@code IGRAPH_SHORTEST_PATH_EPSILON = 1e-10}; see {@link ShortestPathSearch}): sums that are equal as
 * numbers but differ in the last bit (1/2 + 1/6 and 1/3 + 1/3) are the same length, so the result equals
 * betweenness in exact rational arithmetic, and igraph's, where networkx, comparing exactly, misses ties.
 *
 * <p>Sampling: with {@code samples = K} (0 &lt; K &lt; n), the dependencies are summed over K distinct
 * source nodes drawn uniformly with a {@link SplittableRandom} seeded by {@code seed}, and the result
 * is scaled by n/K (an unbiased estimate; networkx 2.8's {@code k=K} does the same with Python's
 * random generator, so the chosen sources, not the estimator, differ). K ≤ 0 or K ≥ n is exact.
 *
 * <p>Algorithm: Brandes 2001 (A faster algorithm for betweenness centrality, J. Math. Sociol. 25).
 * One single-source search per source: Dijkstra with a binary heap (weighted) or BFS (unweighted),
 * then a backward dependency sweep. Sources are cut into chunks fixed by their number alone and run on
 * all cores with per-thread primitive buffers; chunk sums are added in chunk order, so the result is
 * bit-identical for any thread count.
 *
 * <p>Cost: O(n·m + n² log n) time weighted, O(n·m) unweighted (K instead of n sources when sampled);
 * memory per thread O(n + m) (predecessors are kept in a copy of the arc array).
 */
public final class BetweennessCentrality {

    /** Upper bound on source chunks: enough to balance cores, few enough to keep merging cheap. */
    private static final int MAX_CHUNKS = 128;

    private BetweennessCentrality() {}

    /** Exact weighted betweenness on all cores. */
    public static double[] compute(CooccurrenceNetwork network) {
        return compute(network, PathMetric.WEIGHTED, 0, 0L, 0);
    }

    /**
     * @param metric  weighted (1/w) or unweighted (hops) path lengths
     * @param samples number of sampled sources; 0 (or ≥ n) for the exact value
     * @param seed    seed of the source sample (ignored when exact)
     * @param threads worker threads; 0 for all cores (the result does not depend on it)
     * @return normalised betweenness of every node, indexed by node id
     */
    public static double[] compute(
            CooccurrenceNetwork network, PathMetric metric, int samples, long seed, int threads) {
        int n = network.nodeCount();
        double[] result = new double[n];
        if (n <= 2 || network.edgeCount() == 0) {
            return result;
        }
        int[] sources = sources(n, samples, seed);
        double[] lengths = metric == PathMetric.WEIGHTED ? ShortestPathSearch.inverseWeights(network) : null;
        int chunks = Math.min(sources.length, MAX_CHUNKS);
        ParallelChunks.run(
                chunks,
                threads,
                () -> new ShortestPathSearch(network, lengths, true),
                (search, c) -> {
                    int from = (int) ((long) sources.length * c / chunks);
                    int to = (int) ((long) sources.length * (c + 1) / chunks);
                    double[] partial = new double[n];
                    for (int i = from; i < to; i++) {
                        int s = sources[i];
                        search.brandesSearch(s);
                        search.accumulate(s, partial);
                    }
                    return partial;
                },
                partial -> {
                    for (int i = 0; i < n; i++) {
                        result[i] += partial[i];
                    }
                });
        double scale = 1.0 / ((n - 1.0) * (n - 2.0));
        if (sources.length < n) {
            scale = scale * n / sources.length;
        }
        for (int i = 0; i < n; i++) {
            result[i] *= scale;
        }
        return result;
    }

    /**
     * Source nodes: all of them (ascending), or {@code samples} distinct ones drawn by a partial
     * Fisher–Yates shuffle seeded with {@code seed}, sorted ascending.
     */
    static int[] sources(int n, int samples, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (samples <= 0 || samples >= n) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(all, samples);
        java.util.Arrays.sort(chosen);
        return chosen;
    }
}
