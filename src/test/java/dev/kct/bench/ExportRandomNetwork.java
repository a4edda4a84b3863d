package dev.kct.bench;

import dev.kct.centrality.Centralities;
import dev.kct.index.CodeLists;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.CooccurrenceNetworkBuilder;
import dev.kct.network.Counting;
import dev.kct.network.GraphmlExporter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the GraphML (with every centrality) of a random co-occurrence network, for checking kct's
 * centralities against networkx with {@code scripts/check-centrality.py}:
 *
 * <pre>
 * java -cp target/kct.jar:target/test-classes dev.kct.bench.ExportRandomNetwork OUT.graphml [patents technologies full|fractional seed]
 * </pre>
 *
 * Defaults: 3,000 patents over 200 technologies, fractional counting, seed 1.
 */
public final class ExportRandomNetwork {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int patents = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int technologies = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Counting counting =
                args.length > 3 ? Counting.valueOf(args[3].toUpperCase(java.util.Locale.ROOT)) : Counting.FRACTIONAL;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        CodeLists rows = SyntheticNetworks.patents(patents, technologies, 1.0, seed);
        CooccurrenceNetwork g =
                new CooccurrenceNetworkBuilder().counting(counting).build(rows);
        try (OutputStream o = Files.newOutputStream(out)) {
            new GraphmlExporter().write(g, Centralities.compute(g).asMap(), o);
        }
        int isolated = 0;
        for (int i = 0; i < g.nodeCount(); i++) {
            isolated += g.degree(i) == 0 ? 1 : 0;
        }
        System.out.printf("%s: %d nodes (%d isolated), %d edges%n", out, g.nodeCount(), isolated, g.edgeCount());
    }
}
