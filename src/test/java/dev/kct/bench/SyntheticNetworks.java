package dev.kct.bench;

import dev.kct.index.CodeLists;
import dev.kct.network.CooccurrenceNetwork;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded synthetic networks and code lists with heavy-tailed degrees and weights, for benchmarks. */
public final class SyntheticNetworks {

    private SyntheticNetworks() {}

    /**
     * A Chung–Lu style network: node i's propensity is (i + 1)^−0.7 (degrees heavy-tailed, a few hubs
     * tied to almost everyone), edges drawn by propensity until {@code edges} distinct pairs exist;
     * integer weights from a Pareto tail (P(w ≥ x) = x^−1.2, capped at 100,000), like full counts.
     */
    public static CooccurrenceNetwork mainGroup(int nodes, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[nodes];
        double total = 0;
        for (int i = 0; i < nodes; i++) {
            total += Math.pow(i + 1, -0.7);
            cumulative[i] = total;
        }
        // shuffle ids so that hubs are spread over the label order
        int[] permutation = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            permutation[i] = i;
        }
        for (int i = nodes - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = t;
        }
        LongOpenHashSet seen = new LongOpenHashSet(edges * 2);
        int[] a = new int[edges];
        int[] b = new int[edges];
        double[] w = new double[edges];
        int m = 0;
        while (m < edges) {
            int x = permutation[pick(cumulative, random.nextDouble() * total)];
            int y = permutation[pick(cumulative, random.nextDouble() * total)];
            if (x == y) {
                continue;
            }
            long key = x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
            if (!seen.add(key)) {
                continue;
            }
            a[m] = x;
            b[m] = y;
            double u = 1 - random.nextDouble(); // (0, 1]
            w[m] = Math.min(100_000, Math.floor(Math.pow(u, -1 / 1.2)));
            m++;
        }
        String[] labels = new String[nodes];
        int[] patents = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            labels[i] = String.format("G%05d", i);
        }
        for (int e = 0; e < edges; e++) {
            patents[a[e]] += (int) w[e];
            patents[b[e]] += (int) w[e];
        }
        return CooccurrenceNetwork.fromEdges(labels, patents, a, b, w);
    }

    /**
     * Code lists of {@code rows} patents over {@code technologies} codes: each patent has 1 + a
     * geometric number of codes (mean about {@code 1 + extra}), a primary code drawn with Zipf
     * popularity and the others mostly near it in code order (related fields), the rest anywhere.
     */
    public static CodeLists patents(int rows, int technologies, double extra, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[technologies];
        double total = 0;
        for (int i = 0; i < technologies; i++) {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        int[] permutation = new int[technologies];
        for (int i = 0; i < technologies; i++) {
            permutation[i] = i;
        }
        for (int i = technologies - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = t;
        }
        int[] offsets = new int[rows + 1];
        int[] ids = new int[rows * 4];
        int[] row = new int[64];
        double stop = 1 / (1 + extra);
        int size = 0;
        for (int r = 0; r < rows; r++) {
            int k = 1;
            while (k < 12 && random.nextDouble() > stop) {
                k++;
            }
            int primary = permutation[pick(cumulative, random.nextDouble() * total)];
            int count = 0;
            row[count++] = primary;
            int guard = 0;
            while (count < k && guard++ < 100) {
                int c;
                if (random.nextDouble() < 0.7) {
                    c = Math.floorMod(primary + random.nextInt(-8, 9), technologies);
                } else {
                    c = permutation[pick(cumulative, random.nextDouble() * total)];
                }
                boolean dup = false;
                for (int q = 0; q < count; q++) {
                    dup |= row[q] == c;
                }
                if (!dup) {
                    row[count++] = c;
                }
            }
            Arrays.sort(row, 0, count);
            if (size + count > ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            System.arraycopy(row, 0, ids, size, count);
            size += count;
            offsets[r + 1] = size;
        }
        String[] labels = new String[technologies];
        for (int i = 0; i < technologies; i++) {
            labels[i] = String.format("T%04d", i);
        }
        return new CodeLists(labels, offsets, Arrays.copyOf(ids, size));
    }

    private static int pick(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }
}
