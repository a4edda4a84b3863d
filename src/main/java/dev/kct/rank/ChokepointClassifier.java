package dev.kct.rank;

/**
 * Chokepoint classes and scores for a target country (docs/METHODS.md, "From indicators to scores", step 5).
 *
 * <pre>
 *   key              ⇔ key rank ≤ keyTop                (ranks are 1-based, so the rank at the cut is key)
 *   strong           ⇔ target_rta ≥ 1                   (a NaN RTA, country absent, counts as 0: weak)
 *   chokepoint_score = key_score × (1 − target_share)   (a NaN share counts as 0)
 * </pre>
 *
 * Classes: key &amp; weak → chokepoint; key &amp; strong → strength; not key &amp; weak → watch; else other.
 * The default key-top is 20 % of the m technologies rounded up, at least 10, at most m.
 */
public final class ChokepointClassifier {

    private final int keyTop;

    /** @param keyTop how many of the best-ranked technologies count as key (≥ 0) */
    public ChokepointClassifier(int keyTop) {
        if (keyTop < 0) {
            throw new IllegalArgumentException("key-top must not be negative: " + keyTop);
        }
        this.keyTop = keyTop;
    }

    public int keyTop() {
        return keyTop;
    }

    /** max(10, ⌈0.2 m⌉), capped at m. */
    public static int defaultKeyTop(int m) {
        return Math.min(m, Math.max(10, (m * 20 + 99) / 100));
    }

    /** Parses {@code --key-top} and resolves it against m: see {@link KeyTop#parse}. */
    public static int parseKeyTop(String text, int m) {
        return KeyTop.parse(text).resolve(m);
    }

    /** The class of a technology with the given 1-based key rank and target RTA (NaN = country absent). */
    public ChokepointClass classify(int keyRank, double targetRta) {
        if (keyRank < 1) {
            throw new IllegalArgumentException("key ranks start at 1, not " + keyRank);
        }
        boolean strong = !Double.isNaN(targetRta) && targetRta >= 1;
        return ChokepointClass.of(keyRank <= keyTop, strong);
    }

    /** The class of each technology. */
    public ChokepointClass[] classify(int[] keyRanks, double[] targetRta) {
        if (keyRanks.length != targetRta.length) {
            throw new IllegalArgumentException(keyRanks.length + " ranks for " + targetRta.length + " RTA values");
        }
        ChokepointClass[] classes = new ChokepointClass[keyRanks.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = classify(keyRanks[i], targetRta[i]);
        }
        return classes;
    }

    /**
     * The class of each technology, where a target that leads a technology (its share at least every other
     * country's) counts as strong in it whatever its RTA: a country that leads a technology is not choked in it.
     */
    public ChokepointClass[] classify(int[] keyRanks, double[] targetRta, boolean[] targetLeads) {
        ChokepointClass[] classes = classify(keyRanks, targetRta);
        for (int i = 0; i < classes.length; i++) {
            if (targetLeads[i]) classes[i] = ChokepointClass.of(keyRanks[i] <= keyTop, true);
        }
        return classes;
    }

    /** key_score × (1 − target_share), with a NaN share counted as 0. */
    public static double chokepointScore(double keyScore, double targetShare) {
        return keyScore * (1 - (Double.isNaN(targetShare) ? 0 : targetShare));
    }

    /** {@link #chokepointScore(double, double)} for each technology. */
    public static double[] chokepointScores(double[] keyScores, double[] targetShares) {
        if (keyScores.length != targetShares.length) {
            throw new IllegalArgumentException(keyScores.length + " key scores for " + targetShares.length + " shares");
        }
        double[] s = new double[keyScores.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = chokepointScore(keyScores[i], targetShares[i]);
        }
        return s;
    }
}
