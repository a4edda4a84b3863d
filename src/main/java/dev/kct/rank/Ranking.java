package dev.kct.rank;

import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * Rank order of scores: highest score first, equal scores by code in ascending order (Java string order),
 * so the same input always gives the same order (docs/METHODS.md, "From indicators to scores", step 6).
 * A NaN score sorts after every number; 0.0 and −0.0 are equal. Ranks run 1..m without gaps or repeats.
 * Cost: O(m log m).
 */
public final class Ranking {

    private Ranking() {}

    /** Row indices from best to worst. */
    public static int[] order(double[] scores, String[] codes) {
        if (codes.length != scores.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + codes.length + " codes");
        }
        int[] order = new int[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        IntArrays.mergeSort(order, (a, b) -> {
            int c = compareDescending(scores[a], scores[b]);
            return c != 0 ? c : codes[a].compareTo(codes[b]);
        });
        return order;
    }

    /** The 1-based rank of each row. */
    public static int[] ranks(double[] scores, String[] codes) {
        int[] order = order(scores, codes);
        int[] ranks = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }

    private static int compareDescending(double a, double b) {
        boolean aNaN = Double.isNaN(a);
        boolean bNaN = Double.isNaN(b);
        if (aNaN || bNaN) {
            return Boolean.compare(aNaN, bNaN);
        }
        return a > b ? -1 : a < b ? 1 : 0;
    }
}
