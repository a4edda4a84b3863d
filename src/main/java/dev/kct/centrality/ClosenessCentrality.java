package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.ParallelChunks;

/**
 * Closeness centrality, Wasserman–Faust improved form: how near a technology is to the others it can
 * reach, discounted by how many it can reach at all.
 *
 * <p>{@code C_C(i) = ((r − 1) / (n − 1)) · ((r − 1) / Σ_j d(i, j))}, where the sum runs over the r − 1
 * other nodes of i's component, r is the size of that component, n the node count and d the
 * shortest-path length on distances {@code 1 / w} ({@link PathMetric#WEIGHTED}, default) or hops. An
 * isolated node, and every node of a network with fewer than two nodes, gets 0. Equal to networkx
 * {@code closeness_centrality(G, distance=d, wf_improved=True)} with d = 1/weight on each edge (or
 * without {@code distance} for hops), up to the relative tolerance 1e-10 within which the search treats two
 * weighted path lengths as equal (the same search as {@link BetweennessCentrality}; see
 * {@link ShortestPathSearch}): a tie changes no distance by more than that.
 *
 * <p>Source: Wasserman &amp; Faust 1994, Social Network Analysis, eq. 5.3 (the component correction).
 * Algorithm: one Dijkstra (binary heap) or BFS per node, in parallel over all cores with per-thread
 * buffers; each node's value is computed by one search alone, so the result does not depend on the
 * thread count. Cost: O(n·m + n² log n) weighted, O(n·m) unweighted; memory O(n) per thread.
 */
public final class ClosenessCentrality {

    private static final int MAX_CHUNKS = 128;

    private ClosenessCentrality() {}

    /** Weighted (1/w) closeness on all cores. */
    public static double[] compute(CooccurrenceNetwork network) {
        return compute(network, PathMetric.WEIGHTED, 0);
    }

    /**
     * @param metric  weighted (1/w) or unweighted (hops) path lengths
     * @param threads worker threads; 0 for all cores
     * @return closeness of every node, indexed by node id
     */
    public static double[] compute(CooccurrenceNetwork network, PathMetric metric, int threads) {
        int n = network.nodeCount();
        double[] result = new double[n];
        if (n <= 1 || network.edgeCount() == 0) {
            return result;
        }
        double[] lengths = metric == PathMetric.WEIGHTED ? ShortestPathSearch.inverseWeights(network) : null;
        int chunks = Math.min(n, MAX_CHUNKS);
        ParallelChunks.<ShortestPathSearch, Void>run(
                chunks,
                threads,
                () -> new ShortestPathSearch(network, lengths, false),
                (search, c) -> {
                    int from = (int) ((long) n * c / chunks);
                    int to = (int) ((long) n * (c + 1) / chunks);
                    for (int s = from; s < to; s++) {
                        if (network.degree(s) == 0) {
                            continue;
                        }
                        double total = search.distanceSum(s);
                        double others = search.reached - 1.0;
                        if (total > 0) {
                            result[s] = (others / total) * (others / (n - 1.0));
                        }
                    }
                    return null;
                },
                ignored -> {});
        return result;
    }
}
