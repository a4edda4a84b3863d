package dev.kct.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.network.CooccurrenceNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Each measure against a slow, independent textbook computation on random networks: betweenness and
 * closeness from all-pairs distances (Floyd–Warshall) and path counts, eigenvector from a dense
 * symmetric eigendecomposition, PageRank from solving its linear system. Weights are powers of two,
 * so every path length is exact in floating point and ties are unambiguous.
 */
class ReferenceImplementationsTest {

    private static final double EPS = 1e-9;

    /** Random network: two dense-ish parts, a bridge, and two isolated nodes; weights 1, 2, 4 or 8. */
    static CooccurrenceNetwork randomNetwork(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> edges = new ArrayList<>();
        int half = (n - 2) / 2;
        for (int a = 0; a < n - 2; a++) {
            for (int b = a + 1; b < n - 2; b++) {
                boolean sameSide = (a < half) == (b < half);
                double p = sameSide ? 0.25 : 0.0;
                if (a == half - 1 && b == half) {
                    p = 1; // bridge, unless the seed makes the parts separate
                }
                if (random.nextDouble() < p) {
                    edges.add(new double[] {a, b, 1 << random.nextInt(4)});
                }
            }
        }
        return TestNetworks.of(n, edges.toArray(new double[0][]));
    }

    @RepeatedTest(5)
    void betweennessAndClosenessMatchAllPairsComputation(RepetitionInfo info) {
        CooccurrenceNetwork g = randomNetwork(info.getCurrentRepetition(), 40);
        for (PathMetric metric : PathMetric.values()) {
            double[][] d = allPairsDistances(g, metric);
            assertClose(BetweennessCentrality.compute(g, metric, 0, 0, 2), referenceBetweenness(g, d, metric));
            assertClose(ClosenessCentrality.compute(g, metric, 2), referenceCloseness(d));
        }
    }

    @RepeatedTest(3)
    void eigenvectorMatchesDenseEigendecomposition(RepetitionInfo info) {
        // connected: keep only the first part of the random network
        CooccurrenceNetwork g = connectedRandom(info.getCurrentRepetition() + 100, 30);
        int n = g.nodeCount();
        RealMatrix w = new Array2DRowRealMatrix(n, n);
        g.forEachEdge((a, b, weight) -> {
            w.setEntry(a, b, weight);
            w.setEntry(b, a, weight);
        });
        EigenDecomposition eigen = new EigenDecomposition(w);
        double[] values = eigen.getRealEigenvalues();
        int top = 0;
        for (int i = 1; i < n; i++) {
            if (values[i] > values[top]) {
                top = i;
            }
        }
        double[] expected = eigen.getEigenvector(top).unitVector().toArray();
        if (Arrays.stream(expected).sum() < 0) {
            for (int i = 0; i < n; i++) {
                expected[i] = -expected[i];
            }
        }
        assertClose(EigenvectorCentrality.compute(g), expected);
    }

    @RepeatedTest(3)
    void pageRankMatchesLinearSystem(RepetitionInfo info) {
        CooccurrenceNetwork g = randomNetwork(info.getCurrentRepetition() + 200, 25);
        int n = g.nodeCount();
        double alpha = 0.85;
        // x = α Pᵀ x + α (dangling mass)/n + (1−α)/n with Σx = 1 ⇒ (I − α Pᵀ − α D/n) x = (1−α)/n
        double[] strength = StrengthCentrality.compute(g);
        RealMatrix m = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.setEntry(i, i, 1);
        }
        for (int j = 0; j < n; j++) {
            if (strength[j] == 0) {
                for (int i = 0; i < n; i++) {
                    m.addToEntry(i, j, -alpha / n);
                }
            }
            for (int k = g.start(j); k < g.end(j); k++) {
                m.addToEntry(g.neighbour(k), j, -alpha * g.weight(k) / strength[j]);
            }
        }
        double[] rhs = new double[n];
        Arrays.fill(rhs, (1 - alpha) / n);
        double[] expected = new LUDecomposition(m)
                .getSolver()
                .solve(new ArrayRealVector(rhs))
                .toArray();
        assertClose(PageRankCentrality.compute(g), expected);
    }

    @Test
    void betweennessIsBitIdenticalForAnyThreadCount() {
        CooccurrenceNetwork g = randomNetwork(42, 300);
        for (PathMetric metric : PathMetric.values()) {
            double[] one = BetweennessCentrality.compute(g, metric, 0, 0, 1);
            for (int threads : new int[] {2, 3, 5}) {
                assertThat(Arrays.equals(BetweennessCentrality.compute(g, metric, 0, 0, threads), one))
                        .as("%s, %d threads", metric, threads)
                        .isTrue();
            }
            double[] sampled = BetweennessCentrality.compute(g, metric, 50, 9, 1);
            assertThat(Arrays.equals(BetweennessCentrality.compute(g, metric, 50, 9, 4), sampled))
                    .isTrue();
        }
        double[] closeness = ClosenessCentrality.compute(g, PathMetric.WEIGHTED, 1);
        assertThat(Arrays.equals(ClosenessCentrality.compute(g, PathMetric.WEIGHTED, 3), closeness))
                .isTrue();
    }

    @Test
    void samplingIsSeededAndScaledByNOverK() {
        CooccurrenceNetwork g = randomNetwork(7, 60);
        int n = g.nodeCount();
        // the same seed picks the same sources; another seed others
        double[] a = BetweennessCentrality.compute(g, PathMetric.WEIGHTED, 20, 1, 0);
        assertThat(BetweennessCentrality.compute(g, PathMetric.WEIGHTED, 20, 1, 0))
                .containsExactly(a);
        assertThat(BetweennessCentrality.compute(g, PathMetric.WEIGHTED, 20, 2, 0))
                .isNotEqualTo(a);
        // K >= n is the exact value
        assertThat(BetweennessCentrality.compute(g, PathMetric.WEIGHTED, n, 1, 0))
                .containsExactly(BetweennessCentrality.compute(g));
        // the estimate is Σ over the K sampled sources of their dependencies, times n/K
        int[] sources = BetweennessCentrality.sources(n, 20, 1);
        assertThat(sources).hasSize(20).doesNotHaveDuplicates().isSorted();
        double[] manual = new double[n];
        double[][] d = allPairsDistances(g, PathMetric.WEIGHTED);
        for (int s : sources) {
            double[] dep = dependencies(g, d, s, PathMetric.WEIGHTED);
            for (int v = 0; v < n; v++) {
                manual[v] += dep[v];
            }
        }
        for (int v = 0; v < n; v++) {
            manual[v] *= (double) n / 20 / ((n - 1.0) * (n - 2.0));
        }
        assertClose(a, manual);
    }

    @Test
    void sampledEstimateOfAVertexTransitiveNetworkHasTheExactTotal() {
        // cycle of 50 nodes: every source has the same total dependency, so Σ_v estimate = Σ_v exact
        int n = 50;
        double[][] edges = new double[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new double[] {i, (i + 1) % n, 1};
        }
        CooccurrenceNetwork cycle = TestNetworks.of(n, edges);
        double exact = Arrays.stream(BetweennessCentrality.compute(cycle)).sum();
        double estimate = Arrays.stream(BetweennessCentrality.compute(cycle, PathMetric.WEIGHTED, 7, 3, 0))
                .sum();
        assertThat(estimate).isCloseTo(exact, within(1e-9));
    }

    // ---- reference computations ----

    private static CooccurrenceNetwork connectedRandom(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> edges = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            edges.add(new double[] {random.nextInt(i), i, 1 + random.nextInt(9)}); // a random tree
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                final int x = a;
                final int y = b;
                if (random.nextDouble() < 0.15 && edges.stream().noneMatch(e -> sameEdge(e, x, y))) {
                    edges.add(new double[] {a, b, 1 + random.nextInt(9)});
                }
            }
        }
        return TestNetworks.of(n, edges.toArray(new double[0][]));
    }

    private static boolean sameEdge(double[] e, int a, int b) {
        return (e[0] == a && e[1] == b) || (e[0] == b && e[1] == a);
    }

    static double[][] allPairsDistances(CooccurrenceNetwork g, PathMetric metric) {
        int n = g.nodeCount();
        double[][] d = new double[n][n];
        for (double[] row : d) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            d[i][i] = 0;
            for (int k = g.start(i); k < g.end(i); k++) {
                d[i][g.neighbour(k)] = metric == PathMetric.WEIGHTED ? 1 / g.weight(k) : 1;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d;
    }

    /** σ[s][t]: number of shortest s–t paths, by increasing distance from s. */
    private static double[][] pathCounts(CooccurrenceNetwork g, double[][] d, PathMetric metric) {
        int n = g.nodeCount();
        double[][] sigma = new double[n][n];
        for (int s = 0; s < n; s++) {
            final int source = s;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(d[source][x], d[source][y]));
            sigma[s][s] = 1;
            for (int t : order) {
                if (t == s || d[s][t] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int k = g.start(t); k < g.end(t); k++) {
                    int u = g.neighbour(k);
                    double edge = metric == PathMetric.WEIGHTED ? 1 / g.weight(k) : 1;
                    if (d[s][u] + edge == d[s][t]) {
                        sigma[s][t] += sigma[s][u];
                    }
                }
            }
        }
        return sigma;
    }

    private static double[] referenceBetweenness(CooccurrenceNetwork g, double[][] d, PathMetric metric) {
        int n = g.nodeCount();
        double[] b = new double[n];
        for (int s = 0; s < n; s++) {
            double[] dep = dependencies(g, d, s, metric);
            for (int v = 0; v < n; v++) {
                b[v] += dep[v];
            }
        }
        for (int v = 0; v < n; v++) {
            b[v] /= (n - 1.0) * (n - 2.0);
        }
        return b;
    }

    /** δ_s(v) = Σ_t σ_sv σ_vt / σ_st over t with v on a shortest s–t path. */
    private static double[] dependencies(CooccurrenceNetwork g, double[][] d, int s, PathMetric metric) {
        int n = g.nodeCount();
        double[][] sigma = pathCounts(g, d, metric);
        double[] dep = new double[n];
        for (int v = 0; v < n; v++) {
            for (int t = 0; t < n; t++) {
                if (v == s || t == s || t == v || d[s][t] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (d[s][v] + d[v][t] == d[s][t]) {
                    dep[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
                }
            }
        }
        return dep;
    }

    private static double[] referenceCloseness(double[][] d) {
        int n = d.length;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double total = 0;
            int reached = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && d[i][j] < Double.POSITIVE_INFINITY) {
                    total += d[i][j];
                    reached++;
                }
            }
            c[i] = total > 0 ? ((double) reached / total) * (reached / (n - 1.0)) : 0;
        }
        return c;
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("node %d", i).isCloseTo(expected[i], within(EPS));
        }
    }
}
