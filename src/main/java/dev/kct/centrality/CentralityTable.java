package dev.kct.centrality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named centrality values of every node: name (docs/METHODS.md indicator name) → one value per node id.
 * Names keep their insertion order, which {@link Centralities} makes the docs/METHODS.md order. Immutable:
 * arrays are copied in and out.
 */
public final class CentralityTable {

    private final int nodeCount;
    private final LinkedHashMap<String, double[]> columns;

    private CentralityTable(int nodeCount, LinkedHashMap<String, double[]> columns) {
        this.nodeCount = nodeCount;
        this.columns = columns;
    }

    /**
     * @param columns name → values, in the order to keep; every array has {@code nodeCount} entries
     */
    public static CentralityTable of(int nodeCount, Map<String, double[]> columns) {
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            if (e.getValue().length != nodeCount) {
                throw new IllegalArgumentException(
                        e.getKey() + " has " + e.getValue().length + " values for " + nodeCount + " nodes");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        return new CentralityTable(nodeCount, copy);
    }

    public int nodeCount() {
        return nodeCount;
    }

    /** Names, in order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(columns.keySet()));
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** Copy of the values of {@code name}. */
    public double[] values(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no centrality named " + name + "; have " + columns.keySet());
        }
        return v.clone();
    }

    /** Value of {@code name} for one node. */
    public double value(String name, int node) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no centrality named " + name + "; have " + columns.keySet());
        }
        return v[node];
    }

    /** Ordered copy of all columns, e.g. for the network exporters' node attributes. */
    public Map<String, double[]> asMap() {
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }
}
