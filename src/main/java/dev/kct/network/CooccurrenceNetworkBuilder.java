package dev.kct.network;

import dev.kct.index.CodeLists;
import it.unimi.dsi.fastutil.longs.Long2DoubleMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.util.Arrays;

/**
 * Counts technology pairs in patent code lists and builds the {@link CooccurrenceNetwork}.
 *
 * <p>Input: one row per patent (or family), holding the distinct technology ids of that patent at one
 * IPC level, ascending. Nodes: every label of the {@link CodeLists}. The code lists of a selection
 * carry exactly the technologies that occur in it, so every node normally holds at least one patent;
 * a label that no row uses is kept as a node with {@code patents = 0} and no edges (the builder does
 * not second-guess its input). Technologies that never co-occur are isolated nodes. Edges: each pair
 * of technologies in one row, weighted by {@link Counting}; edges lighter than {@code minWeight} are
 * dropped afterwards, their nodes stay.
 *
 * <p>How: rows are cut into chunks of a fixed size (chosen from the row count only) and counted on
 * all cores, each chunk into its own primitive accumulator: a dense upper-triangular {@code double[]}
 * when the node count is small (subclass level: 600 nodes = 180,000 cells), otherwise a fastutil
 * {@link Long2DoubleOpenHashMap} keyed by {@code i << 32 | j} (i &lt; j). Chunk results are added
 * into the total in chunk order ({@link ParallelChunks}), so fractional weights are bit-identical
 * whatever the thread count; full counts are exact integers anyway. The pairs are then sorted and laid
 * out as CSR.
 *
 * <p>Cost: Σ_rows k(k−1)/2 map or array updates, spread over the cores, plus sorting the distinct
 * pairs once: O(P + E log E) for P pair occurrences and E distinct edges. Memory: the total
 * accumulator, a few chunk accumulators in flight, and the final CSR (12 bytes per arc).
 */
public final class CooccurrenceNetworkBuilder {

    /** Node count up to which pairs are counted in a dense triangular array. */
    static final int DENSE_NODE_LIMIT = 2048;
    /** Rows per chunk: large enough to amortise a chunk accumulator, small enough to balance load. */
    static final int ROWS_PER_CHUNK = 1 << 15;

    private Counting counting = Counting.FULL;
    private double minWeight = 0;
    private int threads = 0;

    /** Full (default) or fractional counting. */
    public CooccurrenceNetworkBuilder counting(Counting counting) {
        this.counting = java.util.Objects.requireNonNull(counting, "counting");
        return this;
    }

    /** Drop edges whose weight is below this (default 0: keep all). Nodes are always kept. */
    public CooccurrenceNetworkBuilder minWeight(double minWeight) {
        if (Double.isNaN(minWeight)) {
            throw new IllegalArgumentException("min weight is NaN");
        }
        this.minWeight = minWeight;
        return this;
    }

    /** Worker threads; 0 or less (default) means all available cores. Does not change the result. */
    public CooccurrenceNetworkBuilder threads(int threads) {
        this.threads = threads;
        return this;
    }

    /**
     * Builds the network of {@code rows}.
     *
     * @throws IllegalArgumentException when a row's ids are not strictly ascending or out of range
     */
    public CooccurrenceNetwork build(CodeLists rows) {
        int n = rows.labelCount();
        int rowCount = rows.rows();
        int chunks = (rowCount + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
        int[] patents = new int[n];
        boolean dense = n <= DENSE_NODE_LIMIT;
        double[] denseTotal = dense ? new double[triangle(n)] : null;
        Long2DoubleOpenHashMap sparseTotal = dense ? null : new Long2DoubleOpenHashMap();
        boolean fractional = counting == Counting.FRACTIONAL;

        ParallelChunks.<Void, ChunkCounts>run(
                chunks,
                threads,
                () -> null,
                (state, c) -> {
                    int from = c * ROWS_PER_CHUNK;
                    int to = (int) Math.min((long) from + ROWS_PER_CHUNK, rowCount);
                    return count(rows, from, to, n, dense, fractional);
                },
                part -> {
                    for (int i = 0; i < n; i++) {
                        patents[i] += part.patents[i];
                    }
                    if (dense) {
                        double[] cells = part.dense;
                        for (int k = 0; k < cells.length; k++) {
                            denseTotal[k] += cells[k];
                        }
                    } else {
                        sparseTotal.ensureCapacity(sparseTotal.size() + part.sparse.size());
                        for (Long2DoubleMap.Entry e : part.sparse.long2DoubleEntrySet()) {
                            sparseTotal.addTo(e.getLongKey(), e.getDoubleValue());
                        }
                    }
                });

        long[] pairs;
        double[] pairWeights;
        if (dense) {
            int kept = 0;
            for (double w : denseTotal) {
                if (w > 0 && w >= minWeight) {
                    kept++;
                }
            }
            pairs = new long[kept];
            pairWeights = new double[kept];
            int p = 0;
            for (int i = 0, k = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++, k++) {
                    double w = denseTotal[k];
                    if (w > 0 && w >= minWeight) {
                        pairs[p] = ((long) i << 32) | j;
                        pairWeights[p++] = w;
                    }
                }
            }
        } else {
            long[] keys = new long[sparseTotal.size()];
            int kept = 0;
            for (Long2DoubleMap.Entry e : sparseTotal.long2DoubleEntrySet()) {
                if (e.getDoubleValue() >= minWeight) {
                    keys[kept++] = e.getLongKey();
                }
            }
            pairs = Arrays.copyOf(keys, kept);
            Arrays.sort(pairs);
            pairWeights = new double[kept];
            for (int p = 0; p < kept; p++) {
                pairWeights[p] = sparseTotal.get(pairs[p]);
            }
        }
        return toCsr(rows.labels().clone(), patents, pairs, pairWeights);
    }

    /** Counts of one chunk of rows. */
    private static final class ChunkCounts {
        final int[] patents;
        final double[] dense;
        final Long2DoubleOpenHashMap sparse;

        ChunkCounts(int[] patents, double[] dense, Long2DoubleOpenHashMap sparse) {
            this.patents = patents;
            this.dense = dense;
            this.sparse = sparse;
        }
    }

    private static ChunkCounts count(CodeLists rows, int from, int to, int n, boolean dense, boolean fractional) {
        int[] offsets = rows.offsets();
        int[] ids = rows.ids();
        int[] patents = new int[n];
        double[] cells = dense ? new double[triangle(n)] : null;
        Long2DoubleOpenHashMap map = dense ? null : new Long2DoubleOpenHashMap(1 << 12);
        for (int r = from; r < to; r++) {
            int s = offsets[r];
            int e = offsets[r + 1];
            for (int a = s; a < e; a++) {
                int id = ids[a];
                if (id < 0 || id >= n || (a > s && id <= ids[a - 1])) {
                    throw new IllegalArgumentException(
                            "row " + r + ": technology ids must be distinct, ascending and below " + n);
                }
                patents[id]++;
            }
            int k = e - s;
            if (k < 2) {
                continue;
            }
            double w = fractional ? 1.0 / (k - 1) : 1.0;
            for (int a = s; a < e - 1; a++) {
                int i = ids[a];
                if (dense) {
                    int base = rowBase(i, n) - i - 1; // cell of (i, j) is base + j
                    for (int b = a + 1; b < e; b++) {
                        cells[base + ids[b]] += w;
                    }
                } else {
                    long hi = (long) i << 32;
                    for (int b = a + 1; b < e; b++) {
                        map.addTo(hi | ids[b], w);
                    }
                }
            }
        }
        return new ChunkCounts(patents, cells, map);
    }

    /** Cells of the strict upper triangle of an n × n matrix. */
    private static int triangle(int n) {
        return (int) ((long) n * (n - 1) / 2);
    }

    /** Index of cell (i, i+1) in the row-major strict upper triangle. */
    private static int rowBase(int i, int n) {
        return (int) ((long) i * (2L * n - i - 1) / 2);
    }

    /**
     * Lays out sorted pairs (i &lt; j, ascending by (i, j)) as CSR. Walking the pairs in order, node
     * j first receives its smaller neighbours i in ascending order, then its larger ones, so every
     * neighbour list comes out ascending without a further sort.
     */
    static CooccurrenceNetwork toCsr(String[] labels, int[] patents, long[] pairs, double[] weights) {
        int n = labels.length;
        int[] offsets = new int[n + 1];
        for (long p : pairs) {
            offsets[(int) (p >>> 32) + 1]++;
            offsets[(int) p + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] cursor = Arrays.copyOf(offsets, n);
        int[] nbrs = new int[2 * pairs.length];
        double[] ws = new double[2 * pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            int i = (int) (pairs[p] >>> 32);
            int j = (int) pairs[p];
            nbrs[cursor[i]] = j;
            ws[cursor[i]++] = weights[p];
            nbrs[cursor[j]] = i;
            ws[cursor[j]++] = weights[p];
        }
        return new CooccurrenceNetwork(labels, patents, offsets, nbrs, ws);
    }
}
