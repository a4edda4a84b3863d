package dev.kct.aggregate;

import dev.kct.Workers;
import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;

/**
 * Per-row citation facts of a {@link PatentTable}: how many rows of the table cite each row (its forward citations
 * inside the selection) and each row's generality (docs/METHODS.md, "Dominance family"). They are the only
 * per-patent numbers the aggregates need: {@link AggregateScan} sums them per technology and keeps the most-cited
 * patents.
 *
 * <p>Generality of a row with at least two forward citations (Hall, Jaffe &amp; Trajtenberg 2001): 1 − Σ_j s_j²,
 * s_j the share of technology j among the citing rows' technologies, a citing row with k technologies giving 1/k to
 * each; citing rows without any technology are left out of the shares; NaN below two citations or without a citing
 * row with a technology. No small-sample correction. Rows are computed in parallel chunks, each row's sum in a fixed
 * order, so the values are the same bit for bit on any number of threads.
 */
public final class PatentCitations {

    private static final int CHUNK = 1 << 14;

    private final int[] forward;
    private final double[] generality;

    private PatentCitations(int[] forward, double[] generality) {
        this.forward = forward;
        this.generality = generality;
    }

    /** @param threads worker threads; 0 for all cores (the result does not depend on it) */
    public static PatentCitations of(PatentTable table, int threads) {
        int n = table.size();
        int[] forward = new int[n];
        int[] cited = table.citedRows();
        int citations = n == 0 ? 0 : table.citedEnd(n - 1);
        int parts = Workers.count(threads);
        Workers.forEach(parts, threads, part -> {
            int low = bound(n, parts, part);
            int high = bound(n, parts, part + 1);
            for (int k = 0; k < citations; k++) {
                int c = cited[k];
                if (c >= low && c < high) forward[c]++;
            }
        });
        return new PatentCitations(forward, generality(table, forward, threads));
    }

    /**
     * The first row of part {@code part} of {@code parts}: the per-row counting and the inverted lists are split
     * by the cited row, so each thread writes only its own range (no atomics) while reading every citation.
     */
    private static int bound(int n, int parts, int part) {
        return (int) ((long) n * part / parts);
    }

    /** Rows of the table citing {@code row}. */
    public int forwardCitations(int row) {
        return forward[row];
    }

    /** The generality of {@code row}, NaN where it has none (see the class comment). */
    public double generality(int row) {
        return generality[row];
    }

    private static final int PACK_BITS = 20;
    private static final int PACK_MASK = (1 << PACK_BITS) - 1;

    /**
     * A row's technologies {@code ids[from .. to)} in one long when there are at most three, each below 2^20: the
     * count in bits 60–61, the ids in order from bit 0, 20 bits each; −1 otherwise (read from the lists). Generality
     * reads the technologies of every citing row, which are scattered over the table: they are copied, packed, into
     * the inverted citation lists while the citing rows are read in order, so the sums read one array in order.
     */
    private static long pack(int[] ids, int from, int to) {
        int k = to - from;
        if (k > 3) return -1;
        long p = (long) k << 60;
        for (int e = 0; e < k; e++) {
            if (ids[from + e] > PACK_MASK) return -1;
            p |= (long) ids[from + e] << (PACK_BITS * e);
        }
        return p;
    }

    private static double[] generality(PatentTable table, int[] forwardCitations, int threads) {
        int n = table.size();
        CodeLists tech = table.technologies();
        int[] techOffsets = tech.offsets();
        int[] techIds = tech.ids();
        int chunks = (n + CHUNK - 1) / CHUNK;
        long[] packed = new long[n];
        Workers.forEach(chunks, threads, chunk -> {
            for (int r = chunk * CHUNK; r < Math.min(n, (chunk + 1) * CHUNK); r++) {
                packed[r] = pack(techIds, techOffsets[r], techOffsets[r + 1]);
            }
        });
        int[] citingOffsets = new int[n + 1];
        for (int r = 0; r < n; r++) citingOffsets[r + 1] = citingOffsets[r] + forwardCitations[r];
        // each cited row's citing rows, ascending, as their packed technologies (or ~row when they do not pack):
        // written while the citing rows are read in order, so the sums below read one array in order
        long[] citing = new long[citingOffsets[n]];
        int[] cursor = citingOffsets.clone();
        int[] cited = table.citedRows();
        int[] citedOffsets = table.citedOffsets();
        int parts = Workers.count(threads);
        Workers.forEach(parts, threads, part -> {
            int low = bound(n, parts, part);
            int high = bound(n, parts, part + 1);
            for (int r = 0; r < n; r++) {
                long p = packed[r] >= 0 ? packed[r] : ~r;
                for (int k = citedOffsets[r]; k < citedOffsets[r + 1]; k++) {
                    int c = cited[k];
                    if (c >= low && c < high) citing[cursor[c]++] = p;
                }
            }
        });
        double[] out = new double[n];
        Workers.forEach(chunks, threads, chunk -> {
            double[] share = new double[tech.labelCount()];
            int[] touched = new int[tech.labelCount()];
            for (int r = chunk * CHUNK; r < Math.min(n, (chunk + 1) * CHUNK); r++) {
                if (forwardCitations[r] < 2) {
                    out[r] = Double.NaN;
                    continue;
                }
                int touchedCount = 0;
                int citingWithTechnology = 0;
                for (int c = citingOffsets[r]; c < citingOffsets[r + 1]; c++) {
                    long p = citing[c];
                    int row = p >= 0 ? -1 : (int) ~p;
                    int k = p >= 0 ? (int) (p >>> 60) : techOffsets[row + 1] - techOffsets[row];
                    if (k == 0) continue;
                    citingWithTechnology++;
                    double w = 1.0 / k;
                    for (int e = 0; e < k; e++) {
                        int j = p >= 0 ? (int) (p >>> (PACK_BITS * e)) & PACK_MASK : techIds[techOffsets[row] + e];
                        if (share[j] == 0) touched[touchedCount++] = j;
                        share[j] += w;
                    }
                }
                double sumSquares = 0;
                for (int x = 0; x < touchedCount; x++) {
                    double s = share[touched[x]] / citingWithTechnology;
                    sumSquares += s * s;
                    share[touched[x]] = 0;
                }
                out[r] = citingWithTechnology == 0 ? Double.NaN : 1 - sumSquares;
            }
        });
        return out;
    }
}
