package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The centrality family of docs/METHODS.md in one call: degree, strength, betweenness, closeness,
 * eigenvector and PageRank of every node, under their indicator names.
 *
 * <p>Cost: dominated by betweenness and closeness, one shortest-path search per node each
 * (O(n·m + n² log n) weighted), both spread over the cores.
 */
public final class Centralities {

    public static final String DEGREE = "degree";
    public static final String STRENGTH = "strength";
    public static final String BETWEENNESS = "betweenness";
    public static final String CLOSENESS = "closeness";
    public static final String EIGENVECTOR = "eigenvector";
    public static final String PAGERANK = "pagerank";

    /** Every name, in docs/METHODS.md order. */
    public static final List<String> NAMES = List.of(DEGREE, STRENGTH, BETWEENNESS, CLOSENESS, EIGENVECTOR, PAGERANK);

    private Centralities() {}

    /** All centralities with the default options (weighted exact betweenness, all cores). */
    public static CentralityTable compute(CooccurrenceNetwork network) {
        return compute(network, CentralityOptions.defaults());
    }

    /** All centralities of every node, in docs/METHODS.md order. */
    public static CentralityTable compute(CooccurrenceNetwork network, CentralityOptions options) {
        LinkedHashMap<String, double[]> columns = new LinkedHashMap<>();
        columns.put(DEGREE, DegreeCentrality.compute(network));
        columns.put(STRENGTH, StrengthCentrality.compute(network));
        columns.put(
                BETWEENNESS,
                BetweennessCentrality.compute(
                        network,
                        options.betweenness(),
                        options.betweennessSamples(),
                        options.seed(),
                        options.threads()));
        columns.put(CLOSENESS, ClosenessCentrality.compute(network, PathMetric.WEIGHTED, options.threads()));
        columns.put(EIGENVECTOR, EigenvectorCentrality.compute(network));
        columns.put(PAGERANK, PageRankCentrality.compute(network));
        return CentralityTable.of(network.nodeCount(), columns);
    }
}
