package dev.kct.centrality;

import dev.kct.network.CooccurrenceNetwork;
import java.util.Arrays;

/**
 * Single-source shortest-path searches over a {@link CooccurrenceNetwork}, with the scratch buffers of
 * one worker thread. Not thread-safe: each worker owns one instance and reuses it for every source,
 * so a search allocates nothing.
 *
 * <p>Weighted searches are Dijkstra with an indexed binary heap (decrease-key) over arc lengths
 * {@code 1 / w} computed once per run; unweighted ones are breadth-first. The Brandes variants also
 * count shortest paths ({@code sigma}) and record predecessors. Weighted path lengths a and b are equal
 * when {@code |a − b| < ε·(a + b)} with {@code ε = 1e-10}, igraph's rule ({@code igraph_cmp_epsilon} with
 * {@code IGRAPH_SHORTEST_PATH_EPSILON}: relative error {@code |a − b| / (|a| + |b|)} below ε), so sums that
 * are equal as numbers (1/2 + 1/6 and 1/3 + 1/3) tie although they differ in the last bit. It is tested as
 * {@code b·(1 − ε)/(1 + ε) < a < b·(1 + ε)/(1 − ε)} (one multiplication; the same bound up to rounding). A
 * path replaces the known distance only when it is shorter beyond that tolerance, in every search, so
 * Brandes and distance-only searches find the same distances. In weighted searches the predecessors of node w live in the slots of w's own
 * arcs ({@code preds[offsets[w] .. offsets[w] + predCount[w])}), since a node has at most one
 * predecessor per neighbour: no lists, no allocation. Breadth-first searches keep successor lists
 * instead (see {@link #bfsBrandes}).
 */
final class ShortestPathSearch {

    private static final int UNSEEN = -1;
    private static final int SETTLED = -2;
    /** Relative tolerance on path lengths, igraph's {@code IGRAPH_SHORTEST_PATH_EPSILON}. */
    static final double EPSILON = 1e-10;
    /** a is shorter than b beyond the tolerance when {@code a <= b · SHORTER}. */
    private static final double SHORTER = (1 - EPSILON) / (1 + EPSILON);
    /** a ties with a known b (not shorter beyond the tolerance) when also {@code a < b · LONGER}. */
    private static final double LONGER = (1 + EPSILON) / (1 - EPSILON);

    private final int[] offsets;
    private final int[] neighbours;
    /** Arc lengths {@code 1 / w}, or {@code null} for hop counts. */
    private final double[] lengths;

    /** Nodes in the order they were settled (non-decreasing distance); {@link #reached} of them. */
    final int[] order;

    int reached;
    /** Distance from the source; +∞ (weighted) or −1 (unweighted) when not reached. */
    final double[] dist;

    final int[] hops;
    /** Number of shortest paths from the source (Brandes searches only). */
    final double[] sigma;

    final int[] predCount;
    final int[] preds;
    /** Dependency accumulator of Brandes' second phase; zero between searches. */
    final double[] delta;
    /** BFS Brandes only: successors of order[i] are successors[successorEnd[i−1] .. successorEnd[i]). */
    private final int[] successors;

    private final int[] successorEnd;

    // Indexed binary heap over dist[]: heap[0..heapSize) holds nodes, position[v] is v's slot,
    // or UNSEEN / SETTLED.
    private final int[] heap;
    private final int[] position;
    private int heapSize;

    /**
     * @param lengths arc lengths (shared, read-only) for weighted searches, or {@code null} for hops
     * @param brandes whether to allocate path-count and predecessor buffers
     */
    ShortestPathSearch(CooccurrenceNetwork network, double[] lengths, boolean brandes) {
        int n = network.nodeCount();
        this.offsets = network.offsets();
        this.neighbours = network.neighbours();
        this.lengths = lengths;
        this.order = new int[n];
        if (lengths != null) {
            this.dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            this.hops = null;
            this.heap = new int[n];
            this.position = new int[n];
            Arrays.fill(position, UNSEEN);
        } else {
            this.dist = null;
            this.hops = new int[n];
            Arrays.fill(hops, -1);
            this.heap = null;
            this.position = null;
        }
        this.sigma = brandes ? new double[n] : null;
        this.predCount = brandes && lengths != null ? new int[n] : null;
        this.preds = brandes && lengths != null ? new int[network.arcCount()] : null;
        this.delta = brandes ? new double[n] : null;
        // each undirected edge joins two BFS levels at most once, so edgeCount slots suffice
        this.successors = brandes && lengths == null ? new int[network.edgeCount()] : null;
        this.successorEnd = brandes && lengths == null ? new int[n] : null;
    }

    /** Arc lengths 1/w of a network, for weighted searches. */
    static double[] inverseWeights(CooccurrenceNetwork network) {
        double[] w = network.weights();
        double[] lengths = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            lengths[k] = 1.0 / w[k];
        }
        return lengths;
    }

    /**
     * Brandes' first phase from {@code s}: fills order, distances, sigma and predecessors. Then
     * {@link #accumulate} adds the dependencies of s to a betweenness array.
     */
    void brandesSearch(int s) {
        if (lengths != null) {
            dijkstraBrandes(s);
        } else {
            bfsBrandes(s);
        }
    }

    /**
     * Brandes' second phase: walks the settled nodes from the farthest back to the source, adds
     * {@code delta(v) += sigma(v) / sigma(w) · (1 + delta(w))} over each predecessor v of w, and adds
     * each delta(w), w ≠ s, into {@code betweenness}. Leaves the buffers clean for the next source.
     */
    void accumulate(int s, double[] betweenness) {
        if (lengths == null) {
            accumulateHops(s, betweenness);
            return;
        }
        int[] order = this.order;
        double[] sigma = this.sigma;
        double[] delta = this.delta;
        int[] preds = this.preds;
        int[] predCount = this.predCount;
        int[] offsets = this.offsets;
        for (int i = reached - 1; i >= 0; i--) {
            int w = order[i];
            double coeff = (1 + delta[w]) / sigma[w];
            for (int p = offsets[w], end = p + predCount[w]; p < end; p++) {
                int v = preds[p];
                delta[v] += sigma[v] * coeff;
            }
            if (w != s) {
                betweenness[w] += delta[w];
            }
        }
        for (int i = 0; i < reached; i++) {
            delta[order[i]] = 0;
        }
        reset();
    }

    /**
     * Distances only from {@code s}: returns the sum of the distances to every reached node and
     * leaves {@link #reached} (including s) set. Buffers are clean again on return.
     */
    double distanceSum(int s) {
        double total = 0;
        if (lengths != null) {
            dijkstra(s);
            for (int i = 0; i < reached; i++) {
                total += dist[order[i]];
            }
        } else {
            bfs(s);
            long sum = 0;
            for (int i = 0; i < reached; i++) {
                sum += hops[order[i]];
            }
            total = sum;
        }
        reset();
        return total;
    }

    private void reset() {
        if (lengths != null) {
            for (int i = 0; i < reached; i++) {
                int v = order[i];
                dist[v] = Double.POSITIVE_INFINITY;
                position[v] = UNSEEN;
            }
        } else {
            for (int i = 0; i < reached; i++) {
                hops[order[i]] = -1;
            }
        }
    }

    private void dijkstraBrandes(int s) {
        final int[] offsets = this.offsets;
        final int[] neighbours = this.neighbours;
        final double[] lengths = this.lengths;
        final double[] dist = this.dist;
        final double[] sigma = this.sigma;
        final int[] preds = this.preds;
        final int[] predCount = this.predCount;
        final int[] position = this.position;
        int count = 0;
        dist[s] = 0;
        sigma[s] = 1;
        predCount[s] = 0;
        heapSize = 0;
        push(s);
        while (heapSize > 0) {
            int v = pop();
            position[v] = SETTLED;
            order[count++] = v;
            double dv = dist[v];
            double sv = sigma[v];
            for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                int w = neighbours[k];
                double nd = dv + lengths[k];
                double dw = dist[w];
                if (nd <= dw * SHORTER) {
                    // A settled w has dist[w] <= dv < nd, so only unsettled nodes get here.
                    dist[w] = nd;
                    sigma[w] = sv;
                    preds[offsets[w]] = v;
                    predCount[w] = 1;
                    if (dw == Double.POSITIVE_INFINITY) {
                        push(w);
                    } else {
                        siftUp(position[w]);
                    }
                } else if (nd < dw * LONGER && position[w] != SETTLED) {
                    sigma[w] += sv;
                    preds[offsets[w] + predCount[w]++] = v;
                }
            }
        }
        reached = count;
    }

    /**
     * Breadth-first Brandes search. Instead of predecessor lists it records, in BFS order, each
     * node's successors (neighbours one hop farther) in one flat array written front to back; the
     * backward sweep ({@link #accumulateHops}) then reads it back to front. Both passes stream memory,
     * and the sweep touches only the edges of the shortest-path DAG, not every arc again.
     */
    private void bfsBrandes(int s) {
        final int[] offsets = this.offsets;
        final int[] neighbours = this.neighbours;
        final int[] hops = this.hops;
        final int[] order = this.order;
        final double[] sigma = this.sigma;
        final int[] successors = this.successors;
        final int[] successorEnd = this.successorEnd;
        hops[s] = 0;
        sigma[s] = 1;
        order[0] = s;
        int head = 0;
        int tail = 1;
        int size = 0;
        while (head < tail) {
            int v = order[head];
            int next = hops[v] + 1;
            double sv = sigma[v];
            for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                int w = neighbours[k];
                int hw = hops[w];
                if (hw < 0) {
                    hops[w] = next;
                    order[tail++] = w;
                    sigma[w] = sv;
                    successors[size++] = w;
                } else if (hw == next) {
                    sigma[w] += sv;
                    successors[size++] = w;
                }
            }
            successorEnd[head++] = size;
        }
        reached = tail;
    }

    /**
     * Brandes' second phase for a BFS, pulled from successors: walking back from the farthest node,
     * {@code delta(v) = sigma(v) · Σ_w (1 + delta(w)) / sigma(w)} over v's successors w, which are all
     * done by then. {@link #delta} holds {@code (1 + delta(w)) / sigma(w)}.
     */
    private void accumulateHops(int s, double[] betweenness) {
        final int[] order = this.order;
        final double[] sigma = this.sigma;
        final double[] coeff = this.delta;
        final int[] successors = this.successors;
        final int[] successorEnd = this.successorEnd;
        for (int i = reached - 1; i >= 0; i--) {
            int v = order[i];
            double sum = 0;
            for (int k = i == 0 ? 0 : successorEnd[i - 1], end = successorEnd[i]; k < end; k++) {
                sum += coeff[successors[k]];
            }
            double dependency = sigma[v] * sum;
            coeff[v] = (1 + dependency) / sigma[v];
            if (v != s) {
                betweenness[v] += dependency;
            }
        }
        reset();
    }

    private void dijkstra(int s) {
        final int[] offsets = this.offsets;
        final int[] neighbours = this.neighbours;
        final double[] lengths = this.lengths;
        final double[] dist = this.dist;
        int count = 0;
        dist[s] = 0;
        heapSize = 0;
        push(s);
        while (heapSize > 0) {
            int v = pop();
            position[v] = SETTLED;
            order[count++] = v;
            double dv = dist[v];
            for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                int w = neighbours[k];
                double nd = dv + lengths[k];
                double dw = dist[w];
                if (nd <= dw * SHORTER) {
                    dist[w] = nd;
                    if (dw == Double.POSITIVE_INFINITY) {
                        push(w);
                    } else {
                        siftUp(position[w]);
                    }
                }
            }
        }
        reached = count;
    }

    private void bfs(int s) {
        final int[] offsets = this.offsets;
        final int[] neighbours = this.neighbours;
        final int[] hops = this.hops;
        final int[] order = this.order;
        hops[s] = 0;
        order[0] = s;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int v = order[head++];
            int next = hops[v] + 1;
            for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                int w = neighbours[k];
                if (hops[w] < 0) {
                    hops[w] = next;
                    order[tail++] = w;
                }
            }
        }
        reached = tail;
    }

    // ---- indexed binary min-heap on dist[] ----

    private void push(int v) {
        int i = heapSize++;
        heap[i] = v;
        position[v] = i;
        siftUp(i);
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int[] heap = this.heap;
        int[] position = this.position;
        double[] dist = this.dist;
        int v = heap[i];
        double d = dist[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (dist[p] <= d) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int[] heap = this.heap;
        int[] position = this.position;
        double[] dist = this.dist;
        int size = heapSize;
        int v = heap[i];
        double d = dist[v];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            int c = heap[child];
            double dc = dist[c];
            int right = child + 1;
            if (right < size) {
                int r = heap[right];
                double dr = dist[r];
                if (dr < dc) {
                    child = right;
                    c = r;
                    dc = dr;
                }
            }
            if (d <= dc) {
                break;
            }
            heap[i] = c;
            position[c] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }
}
