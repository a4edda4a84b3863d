package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;

/**
 * Strength (weighted degree): the total weight of a technology's co-occurrences.
 *
 * <p>{@code s_i = Σ_j w_ij}; the same as networkx {@code dict(G.degree(weight="weight"))}. Not
 * normalised. An isolated node has strength 0.
 *
 * <p>Source: Barrat, Barthélemy, Pastor-Satorras &amp; Vespignani 2004 (The architecture of complex
 * weighted networks). Cost: O(n + m).
 */
public final class StrengthCentrality {

    private StrengthCentrality() {}

    /** Strength of every node, indexed by node id. */
    public static double[] compute(CooccurrenceNetwork network) {
        int n = network.nodeCount();
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = network.strength(i);
        }
        return result;
    }
}
