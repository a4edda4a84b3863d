package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Eigenvector centrality: a technology is central when it co-occurs strongly with technologies that
 * are central themselves.
 *
 * <p>{@code x} is the principal eigenvector of the weight matrix W ({@code W x = λ_max x}), with
 * non-negative entries and unit Euclidean norm. Equal (to well below 1e-9 on a connected network) to
 * networkx {@code eigenvector_centrality_numpy(G, weight="weight")} and to the converged value of
 * {@code eigenvector_centrality(G, weight="weight")}.
 *
 * <p>Algorithm: Lanczos iteration on the symmetric W (Lanczos 1950) with full reorthogonalisation and
 * explicit restarts from the best Ritz vector, started, like networkx's power iteration, from the
 * uniform vector; it stops when the residual {@code |W x − θ x|} is below {@code 1e-12 · θ}. Plain
 * power iteration (networkx) needs about {@code 1 / (1 − λ₂/λ₁)} steps, which runs to tens of
 * thousands when two heavy edges in different parts of a network give nearly equal top eigenvalues;
 * Lanczos needs roughly the square root of that. Both converge to the same vector: the projection of
 * the uniform start onto the top eigenspace.
 *
 * <p>Degenerate networks: isolated nodes get exactly 0, and a network without edges (including a
 * single node) is all zeros (networkx's power iteration would return 1/√n for every node of an
 * edgeless graph). In a disconnected network the vector lives on the component(s) with the largest
 * eigenvalue and is 0 elsewhere; where several components share that eigenvalue each keeps the share
 * given by the uniform start, as in networkx (two separate equal edges: 1/2 on each node). Entries
 * that rounding leaves slightly negative are set to 0.
 *
 * <p>Source: Bonacich 1972 (Factoring and weighting approaches to status scores and clique
 * identification). Cost: O(m + n·k) per Lanczos step with k ≤ 48 basis vectors kept
 * (memory 48·n doubles); a well-separated top eigenvalue takes one or two restarts.
 */
public final class EigenvectorCentrality {

    /** Relative residual at which the Ritz vector is accepted. */
    public static final double TOLERANCE = 1e-12;
    /** Lanczos steps per restart. */
    static final int BASIS = 48;
    /** Restart limit (never reached in practice); the last Ritz vector is returned then. */
    static final int MAX_RESTARTS = 2_000;

    private EigenvectorCentrality() {}

    /** Eigenvector centrality of every node, indexed by node id. */
    public static double[] compute(CooccurrenceNetwork network) {
        int n = network.nodeCount();
        double[] x = new double[n];
        if (network.edgeCount() == 0) {
            return x;
        }
        int active = 0;
        for (int i = 0; i < n; i++) {
            if (network.degree(i) > 0) {
                active++;
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = network.degree(i) > 0 ? 1.0 : 0;
        }
        scale(x, 1 / norm(x));
        int basis = Math.min(BASIS, active);
        double[][] v = new double[basis + 1][];
        double[] alpha = new double[basis];
        double[] beta = new double[basis];
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            v[0] = x;
            int steps = 0;
            boolean invariant = false;
            for (int j = 0; j < basis; j++) {
                double[] w = new double[n];
                multiply(network, v[j], w);
                alpha[j] = dot(w, v[j]);
                // full reorthogonalisation against the whole basis, twice ("twice is enough")
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i <= j; i++) {
                        axpy(-dot(w, v[i]), v[i], w);
                    }
                }
                beta[j] = norm(w);
                steps = j + 1;
                if (beta[j] <= 1e-14 * Math.abs(alpha[j]) || beta[j] == 0) {
                    invariant = true;
                    break;
                }
                scale(w, 1 / beta[j]);
                v[j + 1] = w;
            }
            // top Ritz pair of the tridiagonal T = tridiag(beta, alpha, beta)
            double[] main = java.util.Arrays.copyOf(alpha, steps);
            double[] secondary = java.util.Arrays.copyOf(beta, steps - 1);
            EigenDecomposition eigen = new EigenDecomposition(main, secondary);
            double[] values = eigen.getRealEigenvalues();
            int top = 0;
            for (int i = 1; i < values.length; i++) {
                if (values[i] > values[top]) {
                    top = i;
                }
            }
            double theta = values[top];
            double[] s = eigen.getEigenvector(top).toArray();
            double[] y = new double[n];
            for (int i = 0; i < steps; i++) {
                axpy(s[i], v[i], y);
            }
            scale(y, 1 / norm(y));
            double residual = invariant ? 0 : Math.abs(beta[steps - 1] * s[steps - 1]);
            x = y;
            java.util.Arrays.fill(v, null);
            if (residual <= TOLERANCE * Math.abs(theta)) {
                break;
            }
        }
        return nonNegative(x);
    }

    /** Flips the sign so that the vector sums to a positive value, zeroes rounding negatives, renormalises. */
    private static double[] nonNegative(double[] x) {
        double sum = 0;
        for (double value : x) {
            sum += value;
        }
        if (sum < 0) {
            scale(x, -1);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                x[i] = 0;
            }
        }
        scale(x, 1 / norm(x));
        return x;
    }

    /** out = W · in. */
    private static void multiply(CooccurrenceNetwork network, double[] in, double[] out) {
        int[] offsets = network.offsets();
        int[] neighbours = network.neighbours();
        double[] weights = network.weights();
        for (int i = 0, n = in.length; i < n; i++) {
            double sum = 0;
            for (int k = offsets[i], end = offsets[i + 1]; k < end; k++) {
                sum += weights[k] * in[neighbours[k]];
            }
            out[i] = sum;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** y += a · x. */
    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
    }
}
