package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;

/**
 * Degree centrality: the share of the other technologies that a technology co-occurs with.
 *
 * <p>{@code C_D(i) = k_i / (n − 1)}, with k_i the number of neighbours and n the node count; the same
 * as networkx {@code degree_centrality(G)}. For n ≤ 1 every value is 0 (networkx returns 1 for a
 * single node; kct keeps "no other technology to combine with" at 0).
 *
 * <p>Source: Freeman 1979 (Centrality in social networks: conceptual clarification). Cost: O(n).
 */
public final class DegreeCentrality {

    private DegreeCentrality() {}

    /** Degree centrality of every node, indexed by node id. */
    public static double[] compute(CooccurrenceNetwork network) {
        int n = network.nodeCount();
        double[] result = new double[n];
        if (n <= 1) {
            return result;
        }
        double scale = 1.0 / (n - 1.0);
        for (int i = 0; i < n; i++) {
            result[i] = network.degree(i) * scale;
        }
        return result;
    }
}
