package dev.kct.aggregate;

import dev.kct.index.CodeLists;
import java.util.Arrays;

/**
 * For each technology, a sparse map from a key (an applicant or a country id) to a weight: how many
 * patents of the technology the key holds, a patent shared by k listed keys giving each 1/k. Stored in
 * compressed sparse row form, keys ascending within a technology, so that a million patents cost a few
 * flat arrays and no boxed map.
 *
 * <p>Built by {@link #build} with two counting sorts and no comparison sort: every (technology, key, k)
 * triple of the table is bucketed by key, the buckets are then dealt out by technology (which keeps keys
 * ascending within a technology), and each run of one key collapses to Σ 1/k in row order. The order of
 * every sum is fixed by the table, so weights are the same bit for bit on every run. Cost: O(E + K + T)
 * time for E triples, K keys and T technologies; 16 bytes per triple while building.
 */
public final class TechnologyWeights {

    private final String[] keyLabels;
    private final int[] offsets;
    private final int[] keys;
    private final double[] weights;

    private TechnologyWeights(String[] keyLabels, int[] offsets, int[] keys, double[] weights) {
        this.keyLabels = keyLabels;
        this.offsets = offsets;
        this.keys = keys;
        this.weights = weights;
    }

    /**
     * Collects the weights of every row's keys under each of the row's technologies.
     *
     * @param technologies technologies of each row
     * @param keyOffsets   row r's keys are {@code keys[keyOffsets[r] .. keyOffsets[r+1])}
     * @param keys         key ids; −1 (unknown) takes its 1/k share but is then dropped
     * @param denominators k of each row: each key of row r weighs 1/denominators[r] (0: the row adds nothing)
     * @param keyLabels    label of each key id
     */
    public static TechnologyWeights build(
            CodeLists technologies, int[] keyOffsets, int[] keys, int[] denominators, String[] keyLabels) {
        int t = technologies.labelCount();
        int keyCount = keyLabels.length;
        int rows = technologies.rows();
        int[] techOffsets = technologies.offsets();
        int[] techIds = technologies.ids();

        // Sizes: entries per key and per technology.
        long[] perKey = new long[keyCount + 1];
        long[] perTech = new long[t + 1];
        for (int r = 0; r < rows; r++) {
            if (denominators[r] <= 0) continue;
            int techCount = techOffsets[r + 1] - techOffsets[r];
            int known = 0;
            for (int a = keyOffsets[r]; a < keyOffsets[r + 1]; a++) {
                if (keys[a] >= 0) {
                    perKey[keys[a] + 1] += techCount;
                    known++;
                }
            }
            for (int k = techOffsets[r]; k < techOffsets[r + 1]; k++) {
                perTech[techIds[k] + 1] += known;
            }
        }
        for (int a = 0; a < keyCount; a++) perKey[a + 1] += perKey[a];
        for (int i = 0; i < t; i++) perTech[i + 1] += perTech[i];
        if (perTech[t] > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2^31 (technology, key) entries");
        }
        int entries = (int) perTech[t];

        // Counting sort by key (rows ascending within a key), then a stable one by technology: each
        // technology's segment ends up with keys ascending, rows ascending within a key.
        long[] byKey = new long[entries];
        int[] cursor = new int[Math.max(keyCount, t)];
        for (int a = 0; a < keyCount; a++) cursor[a] = (int) perKey[a];
        for (int r = 0; r < rows; r++) {
            int den = denominators[r];
            if (den <= 0) continue;
            for (int a = keyOffsets[r]; a < keyOffsets[r + 1]; a++) {
                int key = keys[a];
                if (key < 0) continue;
                for (int k = techOffsets[r]; k < techOffsets[r + 1]; k++) {
                    byKey[cursor[key]++] = (long) techIds[k] << 32 | den;
                }
            }
        }
        long[] byTech = new long[entries];
        for (int i = 0; i < t; i++) cursor[i] = (int) perTech[i];
        for (int key = 0; key < keyCount; key++) {
            for (int e = (int) perKey[key]; e < perKey[key + 1]; e++) {
                long entry = byKey[e];
                byTech[cursor[(int) (entry >>> 32)]++] = (long) key << 32 | (entry & 0xffffffffL);
            }
        }
        byKey = null;

        // Collapse runs of one key: Σ 1/k over the run, in row order.
        int[] offsets = new int[t + 1];
        for (int i = 0; i < t; i++) {
            int distinct = 0;
            for (int e = (int) perTech[i]; e < perTech[i + 1]; e++) {
                if (e == perTech[i] || (byTech[e] >>> 32) != (byTech[e - 1] >>> 32)) distinct++;
            }
            offsets[i + 1] = offsets[i] + distinct;
        }
        int[] outKeys = new int[offsets[t]];
        double[] outWeights = new double[offsets[t]];
        int out = -1;
        for (int i = 0; i < t; i++) {
            for (int e = (int) perTech[i]; e < perTech[i + 1]; e++) {
                int key = (int) (byTech[e] >>> 32);
                int den = (int) byTech[e];
                if (e == perTech[i] || key != outKeys[out]) {
                    out++;
                    outKeys[out] = key;
                }
                outWeights[out] += den == 1 ? 1 : 1.0 / den;
            }
        }
        return new TechnologyWeights(keyLabels, offsets, outKeys, outWeights);
    }

    /**
     * Weights already collapsed: technology i's entries are {@code keys/weights[offsets[i] .. offsets[i+1])}, keys
     * strictly ascending within a technology (as read back from an aggregates directory).
     *
     * @throws IllegalArgumentException when the arrays do not describe that
     */
    public static TechnologyWeights of(String[] keyLabels, int[] offsets, int[] keys, double[] weights) {
        if (offsets.length == 0
                || offsets[0] != 0
                || offsets[offsets.length - 1] != keys.length
                || keys.length != weights.length) {
            throw new IllegalArgumentException("offsets, keys and weights do not describe one another");
        }
        for (int i = 0; i + 1 < offsets.length; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (keys[k] < 0 || keys[k] >= keyLabels.length || (k > offsets[i] && keys[k] <= keys[k - 1])) {
                    throw new IllegalArgumentException("keys of technology " + i + " are not distinct, ascending ids");
                }
            }
        }
        return new TechnologyWeights(keyLabels, offsets, keys, weights);
    }

    /** Technology i's entries are {@code [offsets()[i] .. offsets()[i+1])}; do not modify. */
    int[] offsets() {
        return offsets;
    }

    /** The weight of every entry; do not modify. */
    double[] weights() {
        return weights;
    }

    /** The label of every key id; do not modify. */
    public String[] keyLabels() {
        return keyLabels;
    }

    /** The key of every entry (technology i's are {@code start(i) .. end(i)−1}); do not modify. */
    public int[] keys() {
        return keys;
    }

    /** Number of technologies. */
    public int technologyCount() {
        return offsets.length - 1;
    }

    /** Number of key labels (key ids run from 0 to this − 1). */
    public int keyCount() {
        return keyLabels.length;
    }

    public String keyLabel(int key) {
        return keyLabels[key];
    }

    /** Index of {@code label} among the keys, or a negative number when absent (labels are sorted). */
    public int keyOf(String label) {
        return Arrays.binarySearch(keyLabels, label);
    }

    /** Technology i's entries are positions {@code start(i) .. end(i)−1}, keys ascending. */
    public int start(int technology) {
        return offsets[technology];
    }

    public int end(int technology) {
        return offsets[technology + 1];
    }

    /** Key at entry position {@code k}. */
    public int key(int k) {
        return keys[k];
    }

    /** Weight at entry position {@code k}. */
    public double weight(int k) {
        return weights[k];
    }

    /** Weight of {@code key} in {@code technology}, 0 when the key holds none of its patents. */
    public double weight(int technology, int key) {
        int k = Arrays.binarySearch(keys, offsets[technology], offsets[technology + 1], key);
        return k >= 0 ? weights[k] : 0;
    }

    /** Σ of the technology's weights (summed in key order). */
    public double total(int technology) {
        double s = 0;
        for (int k = offsets[technology]; k < offsets[technology + 1]; k++) {
            s += weights[k];
        }
        return s;
    }

    /** Σ over technologies of each key's weight (summed in technology order). */
    public double[] keyTotals() {
        double[] totals = new double[keyLabels.length];
        for (int k = 0; k < keys.length; k++) {
            totals[keys[k]] += weights[k];
        }
        return totals;
    }
}
