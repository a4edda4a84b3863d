package dev.kct.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import dev.kct.network.CooccurrenceNetwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Weighted betweenness on a corpus network against Brandes' algorithm in exact rational arithmetic. The
 * network is the main-group co-occurrence network (full counting) of the first patents of the bundled
 * sample: integer weights, so path lengths 1/w are fractions and many sums are equal as numbers but not
 * in floating point. The reference puts every length over the common denominator lcm(weights), so
 * distances are exact {@link BigInteger}s and path counts are exact too.
 */
class ExactTiesTest {

    private static final int PATENTS = 2500;

    @Test
    void weightedBetweennessEqualsExactRationalBetweenness() throws IOException {
        CooccurrenceNetwork g = mainGroupNetwork(Path.of("samples/patents.csv"), PATENTS);
        assertThat(g.nodeCount()).isGreaterThan(300);
        Exact exact = exactBetweenness(g);
        assertThat(exact.ties).as("tied shortest-path sums").isGreaterThan(1000);
        double[] actual = BetweennessCentrality.compute(g);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(actual[v]).as("node %s", g.label(v)).isCloseTo(exact.betweenness[v], within(1e-9));
        }
    }

    /** Main-group co-occurrence counts of the first {@code limit} patents of a canonical CSV. */
    static CooccurrenceNetwork mainGroupNetwork(Path csv, int limit) throws IOException {
        List<String[]> rows = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while (rows.size() < limit && (line = in.readLine()) != null) {
                TreeSet<String> groups = new TreeSet<>();
                for (String symbol : line.split(",", 3)[1].split(";")) {
                    groups.add(IpcSymbol.parse(symbol).code(IpcLevel.GROUP));
                }
                codes.addAll(groups);
                rows.add(groups.toArray(new String[0]));
            }
        }
        String[] labels = codes.toArray(new String[0]);
        Map<Long, Integer> counts = new TreeMap<>();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                for (int j = i + 1; j < row.length; j++) {
                    long a = Arrays.binarySearch(labels, row[i]);
                    long b = Arrays.binarySearch(labels, row[j]);
                    counts.merge(a * labels.length + b, 1, Integer::sum);
                }
            }
        }
        int[] sources = new int[counts.size()];
        int[] targets = new int[counts.size()];
        double[] weights = new double[counts.size()];
        int e = 0;
        for (Map.Entry<Long, Integer> edge : counts.entrySet()) {
            sources[e] = (int) (edge.getKey() / labels.length);
            targets[e] = (int) (edge.getKey() % labels.length);
            weights[e++] = edge.getValue();
        }
        return CooccurrenceNetwork.fromEdges(labels, null, sources, targets, weights);
    }

    record Exact(double[] betweenness, long ties) {}

    /** Brandes with exact distances (numerators over lcm of the integer weights) and exact path counts. */
    static Exact exactBetweenness(CooccurrenceNetwork g) {
        int n = g.nodeCount();
        int[] offsets = g.offsets();
        int[] neighbours = g.neighbours();
        double[] w = g.weights();
        BigInteger lcm = BigInteger.ONE;
        for (double weight : w) {
            assertThat(weight).isEqualTo(Math.rint(weight));
            BigInteger b = BigInteger.valueOf((long) weight);
            lcm = lcm.divide(lcm.gcd(b)).multiply(b);
        }
        BigInteger[] lengths = new BigInteger[w.length];
        for (int k = 0; k < w.length; k++) {
            lengths[k] = lcm.divide(BigInteger.valueOf((long) w[k]));
        }
        double[] betweenness = new double[n];
        long ties = 0;
        for (int s = 0; s < n; s++) {
            BigInteger[] dist = new BigInteger[n];
            BigInteger[] sigma = new BigInteger[n];
            List<List<Integer>> preds = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                preds.add(new ArrayList<>());
            }
            boolean[] settled = new boolean[n];
            int[] order = new int[n];
            int reached = 0;
            dist[s] = BigInteger.ZERO;
            sigma[s] = BigInteger.ONE;
            PriorityQueue<Object[]> queue =
                    new PriorityQueue<>((x, y) -> ((BigInteger) x[0]).compareTo((BigInteger) y[0]));
            queue.add(new Object[] {BigInteger.ZERO, s});
            while (!queue.isEmpty()) {
                Object[] top = queue.poll();
                int v = (Integer) top[1];
                if (settled[v] || !top[0].equals(dist[v])) {
                    continue;
                }
                settled[v] = true;
                order[reached++] = v;
                for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                    int u = neighbours[k];
                    BigInteger nd = dist[v].add(lengths[k]);
                    int cmp = dist[u] == null ? -1 : nd.compareTo(dist[u]);
                    if (cmp < 0) {
                        dist[u] = nd;
                        sigma[u] = sigma[v];
                        preds.get(u).clear();
                        preds.get(u).add(v);
                        queue.add(new Object[] {nd, u});
                    } else if (cmp == 0 && !settled[u]) {
                        sigma[u] = sigma[u].add(sigma[v]);
                        preds.get(u).add(v);
                        ties++;
                    }
                }
            }
            double[] delta = new double[n];
            for (int i = reached - 1; i > 0; i--) {
                int u = order[i];
                BigDecimal sigmaU = new BigDecimal(sigma[u]);
                for (int v : preds.get(u)) {
                    double share = new BigDecimal(sigma[v])
                            .divide(sigmaU, MathContext.DECIMAL64)
                            .doubleValue();
                    delta[v] += share * (1 + delta[u]);
                }
                betweenness[u] += delta[u];
            }
        }
        double scale = 1.0 / ((n - 1.0) * (n - 2.0));
        for (int v = 0; v < n; v++) {
            betweenness[v] *= scale;
        }
        return new Exact(betweenness, ties);
    }
}
