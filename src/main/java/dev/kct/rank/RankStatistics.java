package dev.kct.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rank uncertainty from bootstrap resamples of the patents: collects, for each of B resamples, the key rank and
 * the key and chokepoint flags of the m technologies of the full run, then gives per technology a percentile
 * interval of its key rank and the shares of resamples in which it was key and a chokepoint.
 *
 * <pre>
 *   rank_low    = Q((1 − c) / 2)      rank_median = Q(1/2)      rank_high = Q((1 + c) / 2)
 *   Q(p)        = x_(k),  k = ⌈p·B − 10⁻⁹⌉ clamped to 1 .. B     (x_(1) ≤ … ≤ x_(B): the B ranks sorted)
 *   p_key       = #{resamples in which it is key} / B
 *   p_chokepoint = #{resamples in which it is a chokepoint} / B
 * </pre>
 * Q is the nearest-rank percentile, the inverse of the empirical distribution function (Hyndman &amp; Fan 1996,
 * "Sample quantiles in statistical packages", <i>The American Statistician</i> 50(4):361–365, type 1). Where
 * B·(1 − c)/2 is a whole number the interval is exactly Efron &amp; Tibshirani's bootstrap percentile interval
 * (1993, <i>An Introduction to the Bootstrap</i>, Chapman &amp; Hall, §13.3): for B = 100 and c = 0.90 the 5th
 * and the 95th of the sorted ranks. Every bound is a rank some resample gave. The 10⁻⁹ absorbs the rounding of p·B (0.05 · 100 computed as
 * 4.999…), so a decimal confidence picks the order statistic it names.
 *
 * <p>A technology <b>absent</b> from a resample (no patents in it, or not ranked there for any other reason)
 * counts in that resample as rank M + 1, with M the number of technologies the resample ranked, and as neither
 * key nor chokepoint. Absence is evidence of weakness, not missing evidence: leaving those resamples out would
 * give a technology seen in 3 resamples of 100, first each time, p_key = 1 and the interval [1, 1]. Rank M + 1
 * is the best rank below every technology the resample did rank. Cost: O(B·m) memory, O(m·B log B) time.
 */
public final class RankStatistics {

    private static final double ROUNDING = 1e-9;

    /**
     * Statistics per technology, by row of the full run.
     *
     * @param confidence  the confidence level c of the interval
     * @param resamples   B
     * @param rankLow     the lower bound of the interval
     * @param rankMedian  the median rank (with even B the lower of the two middle ranks)
     * @param rankHigh    the upper bound of the interval
     * @param pKey        share of resamples in which the technology was key
     * @param pChokepoint share of resamples in which it was a chokepoint; null without a target country
     * @param present     number of resamples in which it was ranked
     */
    public record Result(
            double confidence,
            int resamples,
            int[] rankLow,
            int[] rankMedian,
            int[] rankHigh,
            double[] pKey,
            double[] pChokepoint,
            int[] present) {}

    private final String[] codes;
    private final int technologies;
    private final boolean chokepoints;
    private final List<int[]> ranks = new ArrayList<>();
    private final int[] keyCount;
    private final int[] chokepointCount;
    private final int[] presentCount;

    /**
     * @param codes       the m technologies of the full run (rows of the result)
     * @param chokepoints whether resamples carry chokepoint flags (a target country was given)
     */
    public RankStatistics(String[] codes, boolean chokepoints) {
        this.codes = codes.clone();
        this.technologies = codes.length;
        this.chokepoints = chokepoints;
        this.keyCount = new int[technologies];
        this.chokepointCount = new int[technologies];
        this.presentCount = new int[technologies];
    }

    /**
     * Adds one resample.
     *
     * @param keyRanks   per technology of the full run, its key rank in the resample (1 .. ranked), or 0 when it is
     *                   absent from the resample
     * @param ranked     M, how many technologies the resample ranked (those of the full run and any others)
     * @param key        per technology, whether it is key in the resample (ignored where absent)
     * @param chokepoint per technology, whether it is a chokepoint in the resample; null exactly when this was made
     *                   without chokepoints
     * @return this
     */
    public RankStatistics add(int[] keyRanks, int ranked, boolean[] key, boolean[] chokepoint) {
        if (keyRanks.length != technologies
                || key.length != technologies
                || (chokepoint == null ? chokepoints : !chokepoints || chokepoint.length != technologies)) {
            throw new IllegalArgumentException("a resample needs " + technologies + " ranks and key flags"
                    + (chokepoints ? " and chokepoint flags" : " and no chokepoint flags"));
        }
        int[] row = new int[technologies];
        for (int i = 0; i < technologies; i++) {
            int r = keyRanks[i];
            if (r < 0 || r > ranked) {
                throw new IllegalArgumentException("rank " + r + " of technology " + i + " outside 0 .. " + ranked);
            }
            if (r == 0) {
                row[i] = ranked + 1;
                continue;
            }
            row[i] = r;
            presentCount[i]++;
            if (key[i]) {
                keyCount[i]++;
            }
            if (chokepoints && chokepoint[i]) {
                chokepointCount[i]++;
            }
        }
        ranks.add(row);
        return this;
    }

    /**
     * Adds one resample as a key-score run over it gave it: its own technologies (in any order, any of them
     * possibly absent from the full run and the full run's possibly absent from it), their key ranks, the
     * resample's key-top, and their classes. A technology is key when its rank is within keyTop.
     *
     * @param classes one class per technology of the resample, or null exactly when this was made without
     *                chokepoints
     * @return this
     */
    public RankStatistics add(String[] resampleCodes, int[] resampleRanks, int keyTop, ChokepointClass[] classes) {
        if (resampleRanks.length != resampleCodes.length
                || (classes != null && classes.length != resampleCodes.length)) {
            throw new IllegalArgumentException(resampleCodes.length + " codes, " + resampleRanks.length + " ranks"
                    + (classes == null ? "" : " and " + classes.length + " classes") + " in one resample");
        }
        Map<String, Integer> rowOf = new HashMap<>();
        for (int k = 0; k < resampleCodes.length; k++) {
            rowOf.put(resampleCodes[k], k);
        }
        int[] ranks = new int[technologies];
        boolean[] key = new boolean[technologies];
        boolean[] chokepoint = classes == null ? null : new boolean[technologies];
        for (int i = 0; i < technologies; i++) {
            Integer k = rowOf.get(codes[i]);
            if (k != null) {
                ranks[i] = resampleRanks[k];
                key[i] = resampleRanks[k] <= keyTop;
                if (classes != null) {
                    chokepoint[i] = classes[k] == ChokepointClass.CHOKEPOINT;
                }
            }
        }
        return add(ranks, resampleCodes.length, key, chokepoint);
    }

    /** The number of resamples added so far. */
    public int resamples() {
        return ranks.size();
    }

    /**
     * The statistics of the resamples added so far.
     *
     * @param confidence c, strictly between 0 and 1 (0.90 by default in kct)
     */
    public Result result(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be above 0 and below 1, not " + confidence);
        }
        int b = ranks.size();
        if (b == 0) {
            throw new IllegalStateException("no resamples added");
        }
        int[] low = new int[technologies];
        int[] median = new int[technologies];
        int[] high = new int[technologies];
        double[] pKey = new double[technologies];
        double[] pChokepoint = chokepoints ? new double[technologies] : null;
        int[] sorted = new int[b];
        for (int i = 0; i < technologies; i++) {
            for (int k = 0; k < b; k++) {
                sorted[k] = ranks.get(k)[i];
            }
            Arrays.sort(sorted);
            low[i] = percentile(sorted, (1 - confidence) / 2);
            median[i] = percentile(sorted, 0.5);
            high[i] = percentile(sorted, (1 + confidence) / 2);
            pKey[i] = keyCount[i] / (double) b;
            if (chokepoints) {
                pChokepoint[i] = chokepointCount[i] / (double) b;
            }
        }
        return new Result(confidence, b, low, median, high, pKey, pChokepoint, presentCount.clone());
    }

    /**
     * The nearest-rank percentile Q(p) = x_(k), k = ⌈p·B − 10⁻⁹⌉ clamped to 1 .. B, of values sorted ascending.
     *
     * @param sorted B ≥ 1 values in ascending order
     * @param p      the probability, in [0, 1]
     */
    public static int percentile(int[] sorted, double p) {
        if (sorted.length == 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(
                    "a percentile needs values and p in [0, 1], not " + sorted.length + " values and p = " + p);
        }
        int k = (int) Math.ceil(p * sorted.length - ROUNDING);
        return sorted[Math.max(1, Math.min(sorted.length, k)) - 1];
    }
}
