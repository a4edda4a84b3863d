package dev.kct.network;

import java.util.Arrays;

/**
 * The undirected, weighted IPC co-occurrence network of a selection (see docs/METHODS.md, "The IPC
 * co-occurrence network"), immutable, in compressed sparse row (CSR) form.
 *
 * <p>Node {@code i} (0 ≤ i &lt; {@link #nodeCount()}) is a technology with a label and the number of
 * patents holding it. Its neighbours are {@code neighbour(k)} for {@code start(i) ≤ k < end(i)},
 * ascending, and {@code weight(k)} is the weight of that edge. Each undirected edge is stored twice
 * (once from each end) with the same weight; there are no self-loops, no duplicate edges, and every
 * weight is positive and finite (so the distance {@code 1 / w} used by path-based centralities is
 * defined).
 *
 * <p>Why CSR: the whole network is five flat primitive arrays, so algorithms that scan neighbours
 * millions of times (betweenness runs one shortest-path search per node) read memory sequentially
 * and never box or chase pointers. A main-group network of 7,000 nodes and 500,000 edges costs
 * 12 bytes per stored arc (an int id and a double weight) × 1,000,000 arcs ≈ 12 MB, plus a few
 * arrays of node length.
 *
 * <p>Build it with {@link CooccurrenceNetworkBuilder} from patent code lists, or with
 * {@link #fromEdges} from an explicit edge list (tests, benchmarks, imported graphs).
 */
public final class CooccurrenceNetwork {

    private final String[] labels;
    private final int[] patents;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;

    /**
     * Wraps arrays already in canonical CSR form (ascending neighbours, symmetric, no loops). Package
     * private: only builders that guarantee the invariants call it.
     */
    CooccurrenceNetwork(String[] labels, int[] patents, int[] offsets, int[] neighbours, double[] weights) {
        if (patents.length != labels.length
                || offsets.length != labels.length + 1
                || neighbours.length != weights.length
                || offsets[labels.length] != neighbours.length) {
            throw new IllegalArgumentException("inconsistent CSR array lengths");
        }
        this.labels = labels;
        this.patents = patents;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /**
     * A network from the arrays of another ({@link #labels()}, {@link #patentCounts()}, {@link #offsets()},
     * {@link #neighbours()}, {@link #weights()}), e.g. as kept in the aggregates cache.
     *
     * @throws IllegalArgumentException when the arrays do not describe one another
     */
    public static CooccurrenceNetwork of(
            String[] labels, int[] patents, int[] offsets, int[] neighbours, double[] weights) {
        if (patents.length != labels.length
                || offsets.length != labels.length + 1
                || offsets[0] != 0
                || offsets[labels.length] != neighbours.length
                || neighbours.length != weights.length) {
            throw new IllegalArgumentException("labels, offsets, neighbours and weights do not describe one network");
        }
        return new CooccurrenceNetwork(labels, patents, offsets, neighbours, weights);
    }

    /** The network with no nodes. */
    public static CooccurrenceNetwork empty() {
        return new CooccurrenceNetwork(new String[0], new int[0], new int[1], new int[0], new double[0]);
    }

    /**
     * Builds a network from an explicit list of undirected edges.
     *
     * @param labels  label of each node; its length is the node count
     * @param patents patents holding each node (same length as labels), or {@code null} for zeros
     * @param sources one end of each edge (node ids)
     * @param targets the other end of each edge
     * @param weights weight of each edge, positive and finite (at least {@link Double#MIN_NORMAL}, so
     *                that the distance 1/w is finite)
     * @throws IllegalArgumentException on a self-loop, a duplicate edge (in either direction), an id
     *                                  out of range or a weight that is not positive and finite
     */
    public static CooccurrenceNetwork fromEdges(
            String[] labels, int[] patents, int[] sources, int[] targets, double[] weights) {
        int n = labels.length;
        int m = sources.length;
        if (targets.length != m || weights.length != m) {
            throw new IllegalArgumentException("sources, targets and weights differ in length");
        }
        if (patents != null && patents.length != n) {
            throw new IllegalArgumentException("patents and labels differ in length");
        }
        int[] degree = new int[n];
        for (int e = 0; e < m; e++) {
            int a = sources[e];
            int b = targets[e];
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new IllegalArgumentException("edge " + e + " has a node id out of range");
            }
            if (a == b) {
                throw new IllegalArgumentException("edge " + e + " is a self-loop on " + labels[a]);
            }
            double w = weights[e];
            if (!(w >= Double.MIN_NORMAL) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("edge " + e + " has weight " + w
                        + "; weights must be positive, finite and not subnormal (1/w is a distance)");
            }
            degree[a]++;
            degree[b]++;
        }
        int[] offsets = new int[n + 1];
        int maxDegree = 0;
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
            maxDegree = Math.max(maxDegree, degree[i]);
        }
        int[] nbrs = new int[2 * m];
        double[] ws = new double[2 * m];
        int[] cursor = Arrays.copyOf(offsets, n);
        for (int e = 0; e < m; e++) {
            int a = sources[e];
            int b = targets[e];
            nbrs[cursor[a]] = b;
            ws[cursor[a]++] = weights[e];
            nbrs[cursor[b]] = a;
            ws[cursor[b]++] = weights[e];
        }
        // Sort each node's arcs by neighbour, carrying weights: key = neighbour << 32 | position.
        long[] keys = new long[maxDegree];
        int[] sortedNbrs = new int[maxDegree];
        double[] sortedWs = new double[maxDegree];
        for (int i = 0; i < n; i++) {
            int s = offsets[i];
            int d = offsets[i + 1] - s;
            for (int k = 0; k < d; k++) {
                keys[k] = ((long) nbrs[s + k] << 32) | k;
            }
            Arrays.sort(keys, 0, d);
            for (int k = 0; k < d; k++) {
                int from = (int) keys[k];
                sortedNbrs[k] = nbrs[s + from];
                sortedWs[k] = ws[s + from];
                if (k > 0 && sortedNbrs[k] == sortedNbrs[k - 1]) {
                    throw new IllegalArgumentException("duplicate edge " + labels[i] + " -- " + labels[sortedNbrs[k]]);
                }
            }
            System.arraycopy(sortedNbrs, 0, nbrs, s, d);
            System.arraycopy(sortedWs, 0, ws, s, d);
        }
        return new CooccurrenceNetwork(
                labels.clone(), patents == null ? new int[n] : patents.clone(), offsets, nbrs, ws);
    }

    /**
     * This network without the edges lighter than {@code minWeight} (the same nodes); this one when none is.
     * Gives exactly what {@link CooccurrenceNetworkBuilder#minWeight} gives for the same rows.
     */
    public CooccurrenceNetwork withMinWeight(double minWeight) {
        int kept = 0;
        for (double w : weights) {
            if (w >= minWeight) kept++;
        }
        if (kept == weights.length) return this;
        int n = labels.length;
        int[] newOffsets = new int[n + 1];
        int[] newNeighbours = new int[kept];
        double[] newWeights = new double[kept];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (weights[k] >= minWeight) {
                    newNeighbours[at] = neighbours[k];
                    newWeights[at++] = weights[k];
                }
            }
            newOffsets[i + 1] = at;
        }
        return new CooccurrenceNetwork(labels, patents, newOffsets, newNeighbours, newWeights);
    }

    /** Number of nodes (technologies). */
    public int nodeCount() {
        return labels.length;
    }

    /** Number of undirected edges (each stored twice internally). */
    public int edgeCount() {
        return neighbours.length / 2;
    }

    /** Number of stored arcs: twice {@link #edgeCount()}. */
    public int arcCount() {
        return neighbours.length;
    }

    public String label(int node) {
        return labels[node];
    }

    /** Node id of {@code label}, or −1 when absent (linear scan; for tests and lookups, not hot loops). */
    public int indexOf(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** Number of patents in the selection holding this technology. */
    public int patents(int node) {
        return patents[node];
    }

    /** Number of neighbours (unweighted degree). */
    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** Sum of the weights of the node's edges (weighted degree). */
    public double strength(int node) {
        double s = 0;
        for (int k = offsets[node], end = offsets[node + 1]; k < end; k++) {
            s += weights[k];
        }
        return s;
    }

    /** First arc index of {@code node}. */
    public int start(int node) {
        return offsets[node];
    }

    /** One past the last arc index of {@code node}. */
    public int end(int node) {
        return offsets[node + 1];
    }

    /** Target node of arc {@code k}. */
    public int neighbour(int arc) {
        return neighbours[arc];
    }

    /** Weight of arc {@code k}. */
    public double weight(int arc) {
        return weights[arc];
    }

    /** Weight of the edge between {@code a} and {@code b}, or 0 when they are not adjacent (binary search). */
    public double weightBetween(int a, int b) {
        int k = Arrays.binarySearch(neighbours, offsets[a], offsets[a + 1], b);
        return k >= 0 ? weights[k] : 0;
    }

    /** Calls {@code action} once per undirected edge, with {@code a < b}, in ascending (a, b) order. */
    public void forEachEdge(EdgeAction action) {
        for (int a = 0; a < labels.length; a++) {
            for (int k = offsets[a], end = offsets[a + 1]; k < end; k++) {
                int b = neighbours[k];
                if (a < b) {
                    action.accept(a, b, weights[k]);
                }
            }
        }
    }

    /** Receives one undirected edge. */
    @FunctionalInterface
    public interface EdgeAction {
        void accept(int a, int b, double weight);
    }

    // Backing arrays for hot loops. Do not modify them.

    /** Backing label array; do not modify. */
    public String[] labels() {
        return labels;
    }

    /** Backing patent-count array; do not modify. */
    public int[] patentCounts() {
        return patents;
    }

    /** Backing offsets (length nodeCount + 1); do not modify. */
    public int[] offsets() {
        return offsets;
    }

    /** Backing neighbour array (length arcCount); do not modify. */
    public int[] neighbours() {
        return neighbours;
    }

    /** Backing weight array (length arcCount); do not modify. */
    public double[] weights() {
        return weights;
    }

    @Override
    public String toString() {
        return "CooccurrenceNetwork[nodes=" + nodeCount() + ", edges=" + edgeCount() + "]";
    }
}
