package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;

/**
 * Eigenvector centrality: a technology is central when it co-occurs strongly with technologies that
 * are central themselves.
 *
 * <p>{@code x} is the principal eigenvector of the weight matrix W ({@code W x = λ_max x}), with
 * non-negative entries and unit Euclidean norm. Equal (to the convergence tolerance) to networkx
 * {@code eigenvector_centrality(G, weight="weight")} and {@code eigenvector_centrality_numpy}.
 *
 * <p>Algorithm: power iteration on {@code W + I}, as networkx does: the shift by I has the same
 * eigenvectors and keeps the iteration from oscillating on bipartite networks. Starts from the
 * uniform vector on the non-isolated nodes, normalises to unit length after each step, and stops
 * when the L1 change of the vector is below {@code n · 1e-12} (networkx's criterion with
 * {@code tol=1e-12}) or after 100,000 steps, returning the last vector (never an exception).
 *
 * <p>Degenerate networks: isolated nodes get exactly 0 (the limit of the iteration: they never gain
 * weight), and a network without edges (including a single node) is all zeros, where networkx would
 * return 1/√n for every node of an edgeless graph. In a disconnected network the iteration converges,
 * like networkx's, to the eigenvector of the component with the largest eigenvalue; the other
 * components decay towards 0 (if several components share the largest eigenvalue, each keeps a share
 * set by the uniform start, again as in networkx).
 *
 * <p>Source: Bonacich 1972 (Factoring and weighting approaches to status scores and clique
 * identification). Cost: O(m) per step; the number of steps grows with λ₁/λ₂ of W + I.
 */
public final class EigenvectorCentrality {

    /** Per-node tolerance on the L1 change between two steps. */
    public static final double TOLERANCE = 1e-12;
    /** Step limit. */
    public static final int MAX_ITERATIONS = 100_000;

    private EigenvectorCentrality() {
    }

    /** Eigenvector centrality of every node, indexed by node id. */
    public static double[] compute(CooccurrenceNetwork network) {
        int n = network.nodeCount();
        double[] x = new double[n];
        if (network.edgeCount() == 0) {
            return x;
        }
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        double[] weights = network.weights();
        int active = 0;
        for (int i = 0; i < n; i++) {
            if (network.degree(i) > 0) {
                active++;
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = network.degree(i) > 0 ? 1.0 / active : 0;
        }
        double[] next = new double[n];
        double limit = n * TOLERANCE;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double sum = x[i];
                for (int k = offsets[i], end = offsets[i + 1]; k < end; k++) {
                    sum += weights[k] * x[neighbours[k]];
                }
                next[i] = sum;
                squares += sum * sum;
            }
            double norm = Math.sqrt(squares);
            if (norm == 0) {
                norm = 1;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                double v = next[i] / norm;
                change += Math.abs(v - x[i]);
                next[i] = v;
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (change < limit) {
                break;
            }
        }
        return x;
    }
}
