package dev.kct.rank;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SMAA-2, stochastic multicriteria acceptability analysis, over the key score: how the key ranking moves when
 * the family weights (centrality, dominance, barrier) are not known and are drawn uniformly from the simplex
 * instead (Lahdelma &amp; Salminen 2001, "SMAA-2: Stochastic multicriteria acceptability analysis for group
 * decision making", <i>Operations Research</i> 49(3):444–454; computed by Monte Carlo as in Tervonen &amp;
 * Lahdelma 2007, <i>European Journal of Operational Research</i> 178(2):500–513).
 *
 * <p>The family-score matrix x (m technologies × n families) is normalised once, as {@link KeyTechnologyScoring}
 * normalises it; then for each of S weight vectors w drawn by {@link SimplexSampler} the key score is
 * aggregated (TOPSIS or weighted sum, the configured {@link Aggregation}) and ranked in the order of
 * {@link Ranking} (highest first, ties by code). Per technology i:
 * <pre>
 *   b_i^r  = #{samples giving i rank r} / S                    rank acceptability, r = 1 .. R
 *   a_i    = #{samples giving i a rank ≤ keyTop} / S           key acceptability
 *   w_i^c  = mean of w over the samples giving i rank 1        central weights (absent when b_i^1 = 0)
 *   p_i^c  = #{resamples in which i ranks 1 at w_i^c} / B      confidence factor, over B bootstrap matrices
 * </pre>
 * The b_i^1 sum to 1 over the technologies. In SMAA-2 the confidence factor draws the criteria values from
 * their distribution; here the B bootstrap resamples of the patents play that part.
 *
 * <p>Deterministic for a seed: one thread, samples in order, sums in sample order. Cost, expected, O(S·(m·n +
 * R log R)) time (a sample orders only its best keyTop and R rows fully enough to count them) and O(m·(R + n))
 * memory for the acceptabilities; O(A·B·m·n) for the confidence factors of the A technologies with central
 * weights. S = 2,000 samples over 700 technologies take about 0.1–0.2 s.
 */
public final class Smaa {

    /**
     * The family-score matrix of one bootstrap resample: its technologies need not be those of the full run
     * (a technology without patents in the resample is simply not among them).
     *
     * @param codes        one code per row, distinct
     * @param familyScores rows = technologies, the same family columns, in the same order, as the full run
     */
    public record Sample(String[] codes, double[][] familyScores) {}

    /**
     * Acceptabilities of each technology, by row of the input.
     *
     * @param codes             the technology codes (row labels)
     * @param families          n, the number of family columns (and of weights)
     * @param samples           S, the number of weight vectors drawn
     * @param keyTop            how many of the best-ranked technologies counted as key
     * @param rankAcceptability b_i^r at [i][r − 1], for r = 1 .. R (R as asked, even beyond m: those are 0)
     * @param keyAcceptability  share of samples in which i ranked within keyTop
     * @param centralWeights    w_i^c, one weight per family, or null for a technology no sample ranked first
     */
    public record Result(
            String[] codes,
            int families,
            int samples,
            int keyTop,
            double[][] rankAcceptability,
            double[] keyAcceptability,
            double[][] centralWeights) {

        /** b_i^1, the share of samples that rank technology i first. */
        public double firstRankAcceptability(int i) {
            return rankAcceptability[i][0];
        }
    }

    private final Normalization normalization;
    private final Aggregation aggregation;

    /** SMAA-2 over key scores normalised and aggregated with these choices. */
    public Smaa(Normalization normalization, Aggregation aggregation) {
        this.normalization = normalization;
        this.aggregation = aggregation;
    }

    /** SMAA-2 with the normalisation and aggregation of a key-score run. */
    public static Smaa of(KeyTechnologyScoring.Settings settings) {
        return new Smaa(settings.normalization(), settings.aggregation().aggregation());
    }

    /**
     * The m × n matrix of family scores that a key-score run combined (columns in the order of
     * {@code result.key().columns()}): the input of {@link #acceptability} and of a {@link Sample}.
     */
    public static double[][] familyMatrix(KeyTechnologyScoring.Result result) {
        List<String> families = result.key().columns();
        double[][] x = new double[result.codes().length][families.size()];
        for (int j = 0; j < families.size(); j++) {
            double[] s = result.familyScore(families.get(j));
            for (int i = 0; i < x.length; i++) {
                x[i][j] = s[i];
            }
        }
        return x;
    }

    /**
     * Rank, key and first-rank acceptabilities and central weights from S weight vectors.
     *
     * @param codes        one code per row (ties rank by code)
     * @param familyScores rows = technologies, columns = the n ≥ 1 family scores
     * @param samples      S ≥ 1
     * @param ranks        R ≥ 1, how many ranks to report acceptabilities for
     * @param keyTop       ≥ 0, the rank cut for key acceptability
     * @param seed         seed of the weight sampler
     */
    public Result acceptability(
            String[] codes, double[][] familyScores, int samples, int ranks, int keyTop, long seed) {
        int n = requireMatrix(codes, familyScores, -1);
        if (samples < 1 || ranks < 1 || keyTop < 0) {
            throw new IllegalArgumentException(
                    "SMAA needs at least one sample and one rank and a key-top of at least 0," + " not " + samples
                            + " samples, " + ranks + " ranks, key-top " + keyTop);
        }
        int m = codes.length;
        double[][] y = normalization.apply(familyScores);
        int[][] rankCount = new int[m][ranks];
        int[] keyCount = new int[m];
        int[] firstCount = new int[m];
        double[][] weightSum = new double[m][n];
        int keyRanks = Math.min(m, keyTop);
        int orderedRanks = Math.min(m, ranks);
        TopOrder top = new TopOrder(codes);
        SimplexSampler sampler = new SimplexSampler(n, seed);
        double[] w = new double[n];
        for (int s = 0; s < samples && m > 0; s++) {
            sampler.next(w);
            int[] order = top.order(aggregation.scores(y, w), keyRanks, orderedRanks);
            for (int r = 0; r < keyRanks; r++) {
                keyCount[order[r]]++;
            }
            for (int r = 0; r < orderedRanks; r++) {
                rankCount[order[r]][r]++;
            }
            int first = order[0];
            firstCount[first]++;
            for (int j = 0; j < n; j++) {
                weightSum[first][j] += w[j];
            }
        }
        double[][] acceptability = new double[m][ranks];
        double[] keyAcceptability = new double[m];
        double[][] central = new double[m][];
        for (int i = 0; i < m; i++) {
            for (int r = 0; r < ranks; r++) {
                acceptability[i][r] = rankCount[i][r] / (double) samples;
            }
            keyAcceptability[i] = keyCount[i] / (double) samples;
            if (firstCount[i] > 0) {
                central[i] = new double[n];
                for (int j = 0; j < n; j++) {
                    central[i][j] = weightSum[i][j] / firstCount[i];
                }
            }
        }
        return new Result(codes.clone(), n, samples, keyTop, acceptability, keyAcceptability, central);
    }

    /**
     * The confidence factor p_i^c of each technology of {@code result}: the share of the resamples in which it
     * ranks first when the key score uses its central weights. A technology absent from a resample does not
     * rank first in it; one without central weights gets NaN.
     *
     * @param resamples B ≥ 1 family-score matrices, one per bootstrap resample, with the same family columns
     */
    public double[] confidence(Result result, List<Sample> resamples) {
        if (resamples.isEmpty()) {
            throw new IllegalArgumentException("the confidence factor needs at least one resample");
        }
        String[] codes = result.codes();
        int[] firsts = new int[codes.length];
        for (Sample sample : resamples) {
            requireMatrix(sample.codes(), sample.familyScores(), result.families());
            double[][] y = normalization.apply(sample.familyScores());
            Map<String, Integer> rowOf = indexOf(sample.codes());
            for (int i = 0; i < codes.length; i++) {
                double[] central = result.centralWeights()[i];
                Integer row = rowOf.get(codes[i]);
                if (central != null && row != null && first(aggregation.scores(y, central), sample.codes()) == row) {
                    firsts[i]++;
                }
            }
        }
        double[] p = new double[codes.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = result.centralWeights()[i] == null ? Double.NaN : firsts[i] / (double) resamples.size();
        }
        return p;
    }

    /** The 1-based key rank of each technology when the family weights are {@code w} (ties by code). */
    public int[] ranks(String[] codes, double[][] familyScores, double[] w) {
        requireMatrix(codes, familyScores, w.length);
        return Ranking.ranks(aggregation.scores(normalization.apply(familyScores), w), codes);
    }

    /** The row ranked first: highest score, ties by the smallest code, as {@link Ranking} orders them. */
    private static int first(double[] scores, String[] codes) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (best < 0
                    || scores[i] > scores[best]
                    || (scores[i] == scores[best] && codes[i].compareTo(codes[best]) < 0)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The order of {@link Ranking} (highest score first, ties by code, equal codes by row), found only as far as
     * a sample needs it: a selection puts the keyTop best rows first in O(m), a second one the R best, and only
     * those R are sorted, so a sample costs O(m + R log R) instead of O(m log m).
     */
    private static final class TopOrder {
        private final int[] codeRank;
        private final int[] rows;
        private final long[] key;

        TopOrder(String[] codes) {
            int m = codes.length;
            int[] byCode = new int[m];
            Arrays.setAll(byCode, i -> i);
            IntArrays.mergeSort(byCode, (a, b) -> codes[a].compareTo(codes[b]));
            codeRank = new int[m];
            for (int r = 0; r < m; r++) {
                codeRank[byCode[r]] = r;
            }
            rows = byCode;
            key = new long[m];
        }

        /**
         * Rows such that the first {@code keyTop} are the keyTop best (in any order) and the first {@code ranks}
         * are the best in order; the array is reused by the next call.
         */
        int[] order(double[] scores, int keyTop, int ranks) {
            int m = rows.length;
            for (int i = 0; i < m; i++) {
                long bits = Double.doubleToRawLongBits(scores[i] + 0.0);
                key[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            }
            select(0, m, keyTop);
            if (ranks <= keyTop) {
                select(0, keyTop, ranks);
            } else {
                select(keyTop, m, ranks);
            }
            IntArrays.quickSort(rows, 0, ranks, (a, b) -> a == b ? 0 : better(a, b) ? -1 : 1);
            return rows;
        }

        private boolean better(int a, int b) {
            return key[a] > key[b] || (key[a] == key[b] && codeRank[a] < codeRank[b]);
        }

        /** Rearranges rows[lo, hi) so that rows[lo, k) are better than rows[k, hi) (quickselect, median of three). */
        private void select(int lo, int hi, int k) {
            while (lo < k && k < hi) {
                int mid = (lo + hi) >>> 1;
                int a = rows[lo];
                int b = rows[mid];
                int c = rows[hi - 1];
                int median = better(a, b) == better(b, c) ? mid : better(a, b) == better(c, a) ? lo : hi - 1;
                swap(median, hi - 1);
                int pivot = rows[hi - 1];
                int store = lo;
                for (int t = lo; t < hi - 1; t++) {
                    if (better(rows[t], pivot)) {
                        swap(t, store++);
                    }
                }
                swap(store, hi - 1);
                if (k <= store) {
                    hi = store;
                } else {
                    lo = store + 1;
                }
            }
        }

        private void swap(int i, int j) {
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }

    private static Map<String, Integer> indexOf(String[] codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            if (index.put(codes[i], i) != null) {
                throw new IllegalArgumentException("code " + codes[i] + " appears twice");
            }
        }
        return index;
    }

    /** Checks the shape and returns the column count n ≥ 1; {@code columns} ≥ 0 demands that count. */
    private static int requireMatrix(String[] codes, double[][] x, int columns) {
        if (codes.length != x.length) {
            throw new IllegalArgumentException(x.length + " rows of family scores for " + codes.length + " codes");
        }
        Columns.requireRectangular(x);
        int n = x.length == 0 ? Math.max(columns, 1) : Columns.count(x);
        if (n < 1 || (columns >= 0 && n != columns)) {
            throw new IllegalArgumentException("expected " + (columns >= 0 ? String.valueOf(columns) : "at least one")
                    + " family score columns, found " + n);
        }
        return n;
    }
}
