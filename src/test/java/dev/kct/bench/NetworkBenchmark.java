package dev.kct.bench;

import dev.kct.centrality.BetweennessCentrality;
import dev.kct.centrality.Centralities;
import dev.kct.centrality.CentralityOptions;
import dev.kct.centrality.CentralityTable;
import dev.kct.centrality.PathMetric;
import dev.kct.index.CodeLists;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.CooccurrenceNetworkBuilder;
import dev.kct.network.Counting;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark of the network and centrality code (not a test; run by {@code scripts/bench-network}).
 *
 * <pre>
 * java -Xmx512m -cp target/kct.jar:target/test-classes dev.kct.bench.NetworkBenchmark OUT_DIR [main|subclass|all]
 * </pre>
 *
 * <p>main: a synthetic main-group network (7,000 nodes, 500,000 weighted edges, heavy-tailed), exact
 * betweenness weighted and unweighted on all cores and on one thread, then all centralities; writes
 * the edge list and the betweenness values to OUT_DIR for the igraph comparison. subclass: code lists
 * of 1,000,000 patents × ~3 technologies over 600 subclasses, network build + all centralities.
 */
public final class NetworkBenchmark {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench-out");
        String what = args.length > 1 ? args[1] : "all";
        Files.createDirectories(out);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, max heap %d MiB%n",
                System.getProperty("java.version"),
                cores,
                Runtime.getRuntime().maxMemory() >> 20);
        if (what.equals("main") || what.equals("all")) {
            mainGroup(out, cores);
        }
        if (what.equals("subclass") || what.equals("all")) {
            subclass();
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %d MiB%n", peakHeapMiB());
    }

    private static void mainGroup(Path out, int cores) throws IOException {
        long t0 = System.nanoTime();
        CooccurrenceNetwork g = SyntheticNetworks.mainGroup(7000, 500_000, 42);
        System.out.printf(
                Locale.ROOT,
                "main group: %d nodes, %d edges, max degree %d (generated in %.1f s)%n",
                g.nodeCount(),
                g.edgeCount(),
                maxDegree(g),
                seconds(t0));
        writeEdges(g, out.resolve("main-group.edges"));

        double[] weighted = timeBetweenness(g, PathMetric.WEIGHTED, cores, "weighted, " + cores + " threads");
        double[] weighted1 = timeBetweenness(g, PathMetric.WEIGHTED, 1, "weighted, 1 thread");
        System.out.println("  identical across thread counts: " + java.util.Arrays.equals(weighted, weighted1));
        writeValues(weighted, out.resolve("betweenness-weighted.txt"));
        double[] hops = timeBetweenness(g, PathMetric.UNWEIGHTED, cores, "unweighted, " + cores + " threads");
        double[] hops1 = timeBetweenness(g, PathMetric.UNWEIGHTED, 1, "unweighted, 1 thread");
        System.out.println("  identical across thread counts: " + java.util.Arrays.equals(hops, hops1));
        writeValues(hops, out.resolve("betweenness-unweighted.txt"));

        long t = System.nanoTime();
        CentralityTable all = Centralities.compute(g, CentralityOptions.defaults());
        System.out.printf(Locale.ROOT, "main group, all centralities (%s): %.2f s%n", all.names(), seconds(t));
        t = System.nanoTime();
        BetweennessCentrality.compute(g, PathMetric.WEIGHTED, 700, 7, 0);
        System.out.printf(Locale.ROOT, "main group, weighted betweenness sampled K=700: %.2f s%n", seconds(t));
    }

    private static void subclass() {
        long t0 = System.nanoTime();
        CodeLists rows = SyntheticNetworks.patents(1_000_000, 600, 2.0, 7);
        System.out.printf(
                Locale.ROOT,
                "subclass: %d patents, %d codes, %d labels (generated in %.1f s)%n",
                rows.rows(),
                rows.ids().length,
                rows.labelCount(),
                seconds(t0));
        for (int run = 1; run <= 5; run++) {
            long t = System.nanoTime();
            CooccurrenceNetwork g =
                    new CooccurrenceNetworkBuilder().counting(Counting.FULL).build(rows);
            double build = seconds(t);
            long c = System.nanoTime();
            CentralityTable table = Centralities.compute(g);
            double centrality = seconds(c);
            System.out.printf(
                    Locale.ROOT,
                    "subclass run %d: %d nodes, %d edges; build %.2f s + all centralities %.2f s = %.2f s%n",
                    run,
                    g.nodeCount(),
                    g.edgeCount(),
                    build,
                    centrality,
                    seconds(t));
            if (table.nodeCount() != g.nodeCount()) {
                throw new AssertionError();
            }
        }
        long t = System.nanoTime();
        CooccurrenceNetwork f =
                new CooccurrenceNetworkBuilder().counting(Counting.FRACTIONAL).build(rows);
        System.out.printf(Locale.ROOT, "subclass fractional build: %d edges in %.2f s%n", f.edgeCount(), seconds(t));
    }

    private static double[] timeBetweenness(CooccurrenceNetwork g, PathMetric metric, int threads, String what) {
        long t = System.nanoTime();
        double[] b = BetweennessCentrality.compute(g, metric, 0, 0, threads);
        System.out.printf(Locale.ROOT, "main group, exact betweenness %s: %.2f s%n", what, seconds(t));
        return b;
    }

    private static int maxDegree(CooccurrenceNetwork g) {
        int max = 0;
        for (int i = 0; i < g.nodeCount(); i++) {
            max = Math.max(max, g.degree(i));
        }
        return max;
    }

    private static void writeEdges(CooccurrenceNetwork g, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(g.nodeCount() + "\n");
            StringBuilder line = new StringBuilder();
            g.forEachEdge((a, b, weight) -> {
                line.setLength(0);
                line.append(a).append(' ').append(b).append(' ').append(weight).append('\n');
                try {
                    w.append(line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static void writeValues(double[] values, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (double v : values) {
                w.write(Double.toString(v));
                w.write('\n');
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
