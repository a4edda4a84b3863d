package dev.kct.centrality;

import static dev.kct.centrality.TestNetworks.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.network.CooccurrenceNetwork;
import org.junit.jupiter.api.Test;

/**
 * Centralities of networks small enough to work out by hand. The hand computation is in the comment
 * next to each expectation; every value was also checked with networkx 2.8.8 (the calls in
 * {@link ClassicNetworksTest}'s class comment, with distance = 1/weight).
 */
class SmallNetworksTest {

    private static final double EPS = 1e-9;

    static void assertValues(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("node %d", i).isCloseTo(expected[i], within(EPS));
        }
    }

    static void assertAllFinite(CentralityTable table) {
        for (String name : table.names()) {
            for (double v : table.values(name)) {
                assertThat(v).as(name).isFinite();
            }
        }
    }

    @Test
    void path() {
        // 0 - 1 - 2 - 3, unit weights, n = 4
        CooccurrenceNetwork g = of(4, new double[] {0, 1, 1}, new double[] {1, 2, 1}, new double[] {2, 3, 1});
        // k/(n-1): 1/3, 2/3, 2/3, 1/3
        assertValues(DegreeCentrality.compute(g), 1 / 3.0, 2 / 3.0, 2 / 3.0, 1 / 3.0);
        assertValues(StrengthCentrality.compute(g), 1, 2, 2, 1);
        // node 1 lies on 0-2 and 0-3 (2 of the (n-1)(n-2)/2 = 3 pairs): 2/3; node 2 likewise
        assertValues(BetweennessCentrality.compute(g), 0, 2 / 3.0, 2 / 3.0, 0);
        assertValues(BetweennessCentrality.compute(g, PathMetric.UNWEIGHTED, 0, 0, 1), 0, 2 / 3.0, 2 / 3.0, 0);
        // node 0: distances 1+2+3 = 6, r = n = 4: 3/6 = 0.5; node 1: 1+1+2 = 4: 3/4
        assertValues(ClosenessCentrality.compute(g), 0.5, 0.75, 0.75, 0.5);
        // P4: λ = 2cos(π/5); x ∝ (sin π/5, sin 2π/5, sin 3π/5, sin 4π/5), |x|² = 5/2
        double s1 = Math.sin(Math.PI / 5) / Math.sqrt(2.5);
        double s2 = Math.sin(2 * Math.PI / 5) / Math.sqrt(2.5);
        assertValues(EigenvectorCentrality.compute(g), s1, s2, s2, s1);
        // x0 = x3 = a, x1 = x2 = 1/2 − a; a = 0.15/4 + 0.85·(1/2 − a)/2 ⇒ 1.425a = 0.25
        double a = 0.25 / 1.425;
        assertValues(PageRankCentrality.compute(g), a, 0.5 - a, 0.5 - a, a);
    }

    @Test
    void star() {
        // centre 0, leaves 1..4, n = 5
        CooccurrenceNetwork g =
                of(5, new double[] {0, 1, 1}, new double[] {0, 2, 1}, new double[] {0, 3, 1}, new double[] {0, 4, 1});
        assertValues(DegreeCentrality.compute(g), 1, 0.25, 0.25, 0.25, 0.25);
        // every one of the C(4,2) = 6 leaf pairs passes the centre; normaliser (n-1)(n-2)/2 = 6
        assertValues(BetweennessCentrality.compute(g), 1, 0, 0, 0, 0);
        // centre: 4/4 = 1; leaf: 1 + 3·2 = 7, so 4/7
        assertValues(ClosenessCentrality.compute(g), 1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0);
        // λ = √4 = 2, x ∝ (2, 1, 1, 1, 1), |x| = √8
        double leaf = 1 / Math.sqrt(8);
        assertValues(EigenvectorCentrality.compute(g), 2 * leaf, leaf, leaf, leaf, leaf);
        // x_c = 0.03 + 0.85·(1 − x_c) ⇒ x_c = 0.88/1.85; leaves share the rest
        double c = 0.88 / 1.85;
        double l = (1 - c) / 4;
        assertValues(PageRankCentrality.compute(g), c, l, l, l, l);
    }

    @Test
    void triangleWithTail() {
        // triangle 0-1-2, tail 2-3, unit weights
        CooccurrenceNetwork g =
                of(4, new double[] {0, 1, 1}, new double[] {0, 2, 1}, new double[] {1, 2, 1}, new double[] {2, 3, 1});
        assertValues(DegreeCentrality.compute(g), 2 / 3.0, 2 / 3.0, 1, 1 / 3.0);
        // node 2 carries 0-3 and 1-3: 2/3
        assertValues(BetweennessCentrality.compute(g), 0, 0, 2 / 3.0, 0);
        // node 0: 1+1+2 = 4 → 3/4; node 2: 3 → 1; node 3: 1+2+2 = 5 → 3/5
        assertValues(ClosenessCentrality.compute(g), 0.75, 0.75, 1, 0.6);
        // x0 = x1 = x, x2 = y, x3 = z: λx = x + y, λy = 2x + z, λz = y ⇒ λ³ − λ² − 3λ + 1 = 0,
        // largest root λ ≈ 2.170086; x = y/(λ−1), z = y/λ, then |x| = 1
        double lambda = largestRoot(1, -1, -3, 1);
        double y = 1;
        double x = y / (lambda - 1);
        double z = y / lambda;
        double norm = Math.sqrt(2 * x * x + y * y + z * z);
        assertValues(EigenvectorCentrality.compute(g), x / norm, x / norm, y / norm, z / norm);
        // networkx 2.8.8: pagerank(G, alpha=0.85, weight='weight', tol=1e-15)
        assertValues(
                PageRankCentrality.compute(g),
                0.24592781858831025,
                0.24592781858831025,
                0.3667358671351012,
                0.1414084956882782);
    }

    @Test
    void disconnectedPair() {
        // 0-1 and 2-3: two components
        CooccurrenceNetwork g = of(4, new double[] {0, 1, 1}, new double[] {2, 3, 1});
        assertValues(DegreeCentrality.compute(g), 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertValues(BetweennessCentrality.compute(g), 0, 0, 0, 0);
        // r = 2, distance sum 1: (1/1)·(1/3)
        assertValues(ClosenessCentrality.compute(g), 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0);
        // both components have λ = 1; the uniform start keeps equal shares: 1/2 each (as networkx)
        assertValues(EigenvectorCentrality.compute(g), 0.5, 0.5, 0.5, 0.5);
        assertValues(PageRankCentrality.compute(g), 0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void isolatedNode() {
        // path 0-1-2 and isolated node 3
        CooccurrenceNetwork g = of(4, new double[] {0, 1, 1}, new double[] {1, 2, 1});
        assertValues(DegreeCentrality.compute(g), 1 / 3.0, 2 / 3.0, 1 / 3.0, 0);
        assertValues(StrengthCentrality.compute(g), 1, 2, 1, 0);
        // node 1 carries 0-2: 1 of 3 pairs
        assertValues(BetweennessCentrality.compute(g), 0, 1 / 3.0, 0, 0);
        // node 0: r = 3, sum 1+2 = 3: (2/3)·(2/3) = 4/9; node 1: (2/2)·(2/3); isolated: 0
        assertValues(ClosenessCentrality.compute(g), 4 / 9.0, 2 / 3.0, 4 / 9.0, 0);
        // P3: λ = √2, x ∝ (1, √2, 1)/2; the isolated node is exactly 0 (networkx: ~1e-15 at its tolerance)
        assertValues(EigenvectorCentrality.compute(g), 0.5, Math.sqrt(0.5), 0.5, 0);
        // dangling node: x3 = 0.15/4 + 0.85·x3/4 ⇒ x3 = 0.0375/0.7875 = 1/21; path nodes by networkx 2.8.8
        assertValues(PageRankCentrality.compute(g), 0.244530244530245, 0.4633204633204624, 0.244530244530245, 1 / 21.0);
    }

    @Test
    void weightedShortestPathDiffersFromHopPath() {
        // triangle 0-1-2 with weights w01 = 4, w12 = 4, w02 = 1, and tail 2-3 with w23 = 2.
        // distances: d01 = d12 = 0.25, d02 = 1, d23 = 0.5, so 0→2 goes through 1 (0.5 < 1).
        CooccurrenceNetwork g =
                of(4, new double[] {0, 1, 4}, new double[] {1, 2, 4}, new double[] {0, 2, 1}, new double[] {2, 3, 2});
        assertValues(StrengthCentrality.compute(g), 5, 8, 7, 2);
        // weighted: 1 carries 0-2 and 0-3; 2 carries 0-3 and 1-3 → 2/3 each
        assertValues(BetweennessCentrality.compute(g), 0, 2 / 3.0, 2 / 3.0, 0);
        // hops: 0-2 is direct, so 1 carries nothing; 2 carries 0-3, 1-3
        assertValues(BetweennessCentrality.compute(g, PathMetric.UNWEIGHTED, 0, 0, 0), 0, 0, 2 / 3.0, 0);
        // node 0: 0.25 + 0.5 + 1.0 = 1.75 → 3/1.75; node 1: 0.25+0.25+0.75 = 1.25 → 2.4;
        // node 2: 0.5+0.25+0.5 = 1.25 → 2.4; node 3: 0.5+0.75+1.0 = 2.25 → 3/2.25
        assertValues(ClosenessCentrality.compute(g), 3 / 1.75, 2.4, 2.4, 3 / 2.25);
        assertValues(ClosenessCentrality.compute(g, PathMetric.UNWEIGHTED, 0), 0.75, 0.75, 1, 0.6);
        // networkx 2.8.8: eigenvector_centrality_numpy(G, weight='weight'), pagerank(G, weight='weight')
        assertValues(
                EigenvectorCentrality.compute(g),
                0.4970658628150132,
                0.6544535395715991,
                0.5435106213968316,
                0.1709160524789931);
        assertValues(
                PageRankCentrality.compute(g),
                0.2222919526114279,
                0.3436393845264759,
                0.3190782344867438,
                0.11499042837535231);
    }

    @Test
    void tiedWeightedPathsSplitTheCount() {
        // square 0-1-2-3-0, every side w = 2 (d = 0.5), plus a weak diagonal 0-2 with w = 0.5 (d = 2).
        // weighted: 0→2 has two shortest paths of length 1.0 (via 1 and via 3), each carries 1/2;
        // likewise 1→3 via 0 or 2. Each node carries 1/2 of one pair: 0.5/3 = 1/6.
        CooccurrenceNetwork g = of(
                4,
                new double[] {0, 1, 2},
                new double[] {1, 2, 2},
                new double[] {2, 3, 2},
                new double[] {3, 0, 2},
                new double[] {0, 2, 0.5});
        assertValues(BetweennessCentrality.compute(g), 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0);
        // hops: 0-2 is one hop; 1→3 still splits over 0 and 2
        assertValues(BetweennessCentrality.compute(g, PathMetric.UNWEIGHTED, 0, 0, 0), 1 / 6.0, 0, 1 / 6.0, 0);
        // every node: 0.5 + 0.5 + 1.0 = 2 → 3/2
        assertValues(ClosenessCentrality.compute(g), 1.5, 1.5, 1.5, 1.5);
    }

    @Test
    void floatingPointPathLengthsTieWithinTheRelativeTolerance() {
        // w01 = 10 (d = 0.1), w12 = 5 (d = 0.2), w02 = 1/0.3 (d = 0.3), w23 = 1 (d = 1).
        // From 0: 0.1 + 0.2 = 0.30000000000000004 ties with 0.3 (exactly 3/10 both): 1 carries 1/2 of (0, 2)
        // and of (2, 0). From 3: 1.0 + 0.3 = 1.3 = 1.0 + 0.2 + 0.1, so 1 carries 1/2 of (3, 0) and of (0, 3).
        // Betweenness of 1 = 2 / ((n-1)(n-2)) = 1/3; 2 lies on every path from 3 to 0 and 1: 4/6.
        // (networkx, comparing exactly, gives 1/12 for node 1; igraph gives 1/3.)
        CooccurrenceNetwork g = of(
                4, new double[] {0, 1, 10}, new double[] {1, 2, 5}, new double[] {0, 2, 1 / 0.3}, new double[] {2, 3, 1
                });
        assertValues(BetweennessCentrality.compute(g), 0, 1 / 3.0, 2 / 3.0, 0);
        // networkx 2.8.8: closeness_centrality(G, distance='distance', wf_improved=True)
        assertValues(ClosenessCentrality.compute(g), 1.764705882352941, 2.0, 2.0, 0.8571428571428571);
    }

    @Test
    void sumsEqualOnlyInExactArithmeticAreTiedPaths() {
        // 4-cycle 0-1-3-2-0 with w01 = 2, w13 = 12, w02 = 3, w23 = 4: 0→3 via 1 is 1/2 + 1/12 = 7/12 and via 2
        // is 1/3 + 1/4 = 7/12, but in floating point 0.5833333333333334 and 0.5833333333333333.
        // Exactly: (0, 3) splits over 1 and 2 (1/2 each, both directions: 1 each); 1→2 goes only via 3
        // (1/12 + 1/4 = 1/3 < 1/2 + 1/3), both directions: 2. Divided by (n-1)(n-2) = 6.
        CooccurrenceNetwork g =
                of(4, new double[] {0, 1, 2}, new double[] {1, 3, 12}, new double[] {0, 2, 3}, new double[] {2, 3, 4});
        assertThat(1 / 2.0 + 1 / 12.0).isNotEqualTo(1 / 3.0 + 1 / 4.0);
        assertValues(BetweennessCentrality.compute(g), 0, 1 / 6.0, 1 / 6.0, 1 / 3.0);
        assertValues(BetweennessCentrality.compute(g, PathMetric.WEIGHTED, 0, 0, 1), 0, 1 / 6.0, 1 / 6.0, 1 / 3.0);
        // distances from 0: 1/2, 1/3, 7/12 (sum 17/12); from 1: 1/2, 1/3 (via 3), 1/12 (sum 11/12);
        // from 2: 1/3, 1/3, 1/4 (sum 11/12); from 3: 7/12, 1/12, 1/4 (sum 11/12). Closeness = 3 / sum.
        assertValues(ClosenessCentrality.compute(g), 36 / 17.0, 36 / 11.0, 36 / 11.0, 36 / 11.0);
    }

    @Test
    void singleNode() {
        CooccurrenceNetwork g = of(1);
        assertValues(DegreeCentrality.compute(g), 0); // networkx says 1 here; kct: no other node, 0
        assertValues(StrengthCentrality.compute(g), 0);
        assertValues(BetweennessCentrality.compute(g), 0);
        assertValues(ClosenessCentrality.compute(g), 0);
        assertValues(EigenvectorCentrality.compute(g), 0); // networkx says 1; kct: no edges, zeros
        assertValues(PageRankCentrality.compute(g), 1); // a probability distribution
        assertAllFinite(Centralities.compute(g));
    }

    @Test
    void twoNodes() {
        CooccurrenceNetwork g = of(2, new double[] {0, 1, 3});
        assertValues(DegreeCentrality.compute(g), 1, 1);
        assertValues(BetweennessCentrality.compute(g), 0, 0);
        // d = 1/3: (1 / (1/3)) · (1/1) = 3
        assertValues(ClosenessCentrality.compute(g), 3, 3);
        assertValues(EigenvectorCentrality.compute(g), Math.sqrt(0.5), Math.sqrt(0.5));
        assertValues(PageRankCentrality.compute(g), 0.5, 0.5);
    }

    @Test
    void noEdges() {
        CooccurrenceNetwork g = of(3);
        assertValues(DegreeCentrality.compute(g), 0, 0, 0);
        assertValues(BetweennessCentrality.compute(g), 0, 0, 0);
        assertValues(ClosenessCentrality.compute(g), 0, 0, 0);
        assertValues(EigenvectorCentrality.compute(g), 0, 0, 0); // networkx: 1/√3 each
        assertValues(PageRankCentrality.compute(g), 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertAllFinite(Centralities.compute(g));
    }

    @Test
    void emptyNetwork() {
        CooccurrenceNetwork g = CooccurrenceNetwork.empty();
        CentralityTable table = Centralities.compute(g);
        assertThat(table.names()).containsExactlyElementsOf(Centralities.NAMES);
        for (String name : table.names()) {
            assertThat(table.values(name)).isEmpty();
        }
    }

    /** Largest real root of a cubic with coefficients c3 λ³ + c2 λ² + c1 λ + c0, by bisection. */
    private static double largestRoot(double c3, double c2, double c1, double c0) {
        double lo = 0;
        double hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double f = ((c3 * mid + c2) * mid + c1) * mid + c0;
            if (f > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }
}
