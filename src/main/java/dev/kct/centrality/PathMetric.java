package dev.kct.centrality;

/** How path-based centralities (betweenness, closeness) measure the length of a path. */
public enum PathMetric {
    /**
     * Sum of edge distances {@code d_ij = 1 / w_ij}: a heavily co-occurring pair is close (docs/METHODS.md
     * default). Shortest paths by Dijkstra.
     */
    WEIGHTED,
    /** Number of edges (hops); weights are ignored. Shortest paths by breadth-first search. */
    UNWEIGHTED
}
