package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SMAA-2 acceptabilities (Lahdelma &amp; Salminen 2001) against values computed by hand and by an exhaustive
 * grid over the weight simplex. Monte Carlo tolerances: with S = 20,000 samples a share p has standard error
 * √(p(1 − p)/S) ≤ 0.0036, so 0.015 is about 4 standard errors.
 */
class SmaaTest {

    private static final int S = 20_000;
    private static final double TOLERANCE = 0.015;
    private static final Smaa WSUM = new Smaa(Normalization.MINMAX, new WeightedSum());
    private static final Smaa TOPSIS = new Smaa(Normalization.MINMAX, new Topsis());

    /**
     * Weighted sum over A = (1, 0, 0), B = (0, 1, 0), C = (½, ½, 1); every column spans [0, 1], so min–max
     * leaves them as they are and the scores are A = w1, B = w2, C = (1 + w3)/2. In the (w1, w2) triangle of
     * area ½: A is first where w1 > (1 + w3)/2, i.e. 3w1 + w2 > 2, the triangle (⅔, 0), (1, 0), (½, ½) of area
     * 1/12, so b_A^1 = 1/6 = b_B^1 (symmetry) and b_C^1 = 2/3. C is never last (C ≥ ½ and A + B ≤ 1); A is last
     * exactly where w1 < w2 (then A &lt; C too), half the simplex: b_A^3 = b_B^3 = ½, b_C^3 = 0; rank 2 takes the
     * rest, ⅓ each. Central weights are centroids of the favourable regions: A's triangle has vertices
     * (⅔, 0, ⅓), (1, 0, 0), (½, ½, 0), mean (13/18, 1/6, 1/9); B's mirrors it; C's follows from the centroid
     * of the simplex, (⅓, ⅓, ⅓) = ⅙ c_A + ⅙ c_B + ⅔ c_C, so c_C = (5/18, 5/18, 4/9).
     */
    @Test
    void weightedSumExampleByHand() {
        String[] codes = {"A", "B", "C"};
        double[][] x = {{1, 0, 0}, {0, 1, 0}, {0.5, 0.5, 1}};
        Smaa.Result r = WSUM.acceptability(codes, x, S, 3, 1, 20260901L);
        assertThat(r.rankAcceptability()[0]).containsExactly(new double[] {1.0 / 6, 1.0 / 3, 0.5}, within(TOLERANCE));
        assertThat(r.rankAcceptability()[1]).containsExactly(new double[] {1.0 / 6, 1.0 / 3, 0.5}, within(TOLERANCE));
        assertThat(r.rankAcceptability()[2]).containsExactly(new double[] {2.0 / 3, 1.0 / 3, 0}, within(TOLERANCE));
        assertThat(r.rankAcceptability()[2][2]).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(r.keyAcceptability()[i]).isEqualTo(r.firstRankAcceptability(i));
        }
        assertThat(r.centralWeights()[0]).containsExactly(new double[] {13.0 / 18, 1.0 / 6, 1.0 / 9}, within(0.01));
        assertThat(r.centralWeights()[1]).containsExactly(new double[] {1.0 / 6, 13.0 / 18, 1.0 / 9}, within(0.01));
        assertThat(r.centralWeights()[2]).containsExactly(new double[] {5.0 / 18, 5.0 / 18, 4.0 / 9}, within(0.01));
        assertThat(r.families()).isEqualTo(3);
        assertThat(r.samples()).isEqualTo(S);
    }

    /**
     * TOPSIS over four technologies whose raw family scores min–max changes, against an exhaustive grid: every
     * weight vector (a, b, c)/600 with a + b + c = 600, weighted by the number of the 600² small triangles
     * it is a corner of (1 at a vertex of the simplex, 3 on an edge, 6 inside), which is the piecewise-linear
     * quadrature of the uniform density. The grid's own error is below 0.005 here (it moves less than that
     * between steps 1/300 and 1/600).
     */
    @Test
    void topsisMatchesAnExhaustiveGrid() {
        String[] codes = {"W", "X", "Y", "Z"};
        double[][] x = {{0.9, 0.1, 0.3}, {0.2, 0.8, 0.5}, {0.6, 0.5, 0.9}, {0.4, 0.4, 0.2}};
        int keyTop = 2;
        Grid grid = Grid.over(codes, x, 600, keyTop);
        Smaa.Result r = TOPSIS.acceptability(codes, x, S, 4, keyTop, 99L);
        for (int i = 0; i < 4; i++) {
            assertThat(r.rankAcceptability()[i]).as(codes[i]).containsExactly(grid.acceptability[i], within(TOLERANCE));
            assertThat(r.keyAcceptability()[i]).as(codes[i]).isCloseTo(grid.key[i], within(TOLERANCE));
            if (grid.acceptability[i][0] > 0.05) {
                assertThat(r.centralWeights()[i]).as(codes[i]).containsExactly(grid.central[i], within(0.01));
            }
        }
        // The example is not degenerate: three technologies can each be first, and the grid agrees with itself.
        assertThat(java.util.Arrays.stream(grid.acceptability)
                        .filter(b -> b[0] > 0.05)
                        .count())
                .isGreaterThanOrEqualTo(3);
        Grid coarse = Grid.over(codes, x, 300, keyTop);
        for (int i = 0; i < 4; i++) {
            assertThat(coarse.acceptability[i]).containsExactly(grid.acceptability[i], within(0.005));
        }
    }

    @Test
    void acceptabilitiesOfEachRankSumToOne() {
        SplittableRandom random = new SplittableRandom(5);
        int m = 60;
        String[] codes = new String[m];
        double[][] x = new double[m][3];
        for (int i = 0; i < m; i++) {
            codes[i] = String.format("T%03d", i);
            for (int j = 0; j < 3; j++) x[i][j] = random.nextDouble();
        }
        for (Smaa smaa : List.of(TOPSIS, WSUM)) {
            Smaa.Result r = smaa.acceptability(codes, x, 2000, m, 12, 3L);
            for (int rank = 0; rank < m; rank++) {
                double sum = 0;
                for (int i = 0; i < m; i++) sum += r.rankAcceptability()[i][rank];
                assertThat(sum).as("rank %d", rank + 1).isCloseTo(1, within(1e-9));
            }
            double key = 0;
            for (int i = 0; i < m; i++) {
                double row = 0;
                for (double b : r.rankAcceptability()[i]) row += b;
                assertThat(row).isCloseTo(1, within(1e-9));
                key += r.keyAcceptability()[i];
                assertThat(r.centralWeights()[i] == null).isEqualTo(r.firstRankAcceptability(i) == 0);
            }
            assertThat(key).isCloseTo(12, within(1e-9));
        }
    }

    @Test
    void aDominatingTechnologyIsAlwaysFirstAndADominatedOneAlwaysLast() {
        String[] codes = {"B01", "A01", "C01", "D01"};
        double[][] x = {{0.5, 0.95, 0.7}, {0.2, 0.9, 0.1}, {0.05, 0.05, 0.05}, {0.3, 0.2, 0.4}};
        for (Smaa smaa : List.of(TOPSIS, WSUM)) {
            Smaa.Result r = smaa.acceptability(codes, x, 5000, 4, 2, 8L);
            assertThat(r.firstRankAcceptability(0)).isEqualTo(1.0);
            assertThat(r.rankAcceptability()[2][3]).isEqualTo(1.0);
            assertThat(r.centralWeights()[1]).isNull();
            assertThat(r.centralWeights()[2]).isNull();
            assertThat(r.centralWeights()[0]).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(0.01));
        }
    }

    @Test
    void tiesRankByCodeInEverySample() {
        String[] codes = {"H01L", "G06F", "A61K"};
        double[][] x = {{1, 1, 1}, {1, 1, 1}, {0, 0.5, 0}};
        Smaa.Result r = TOPSIS.acceptability(codes, x, 1000, 3, 1, 1L);
        assertThat(r.rankAcceptability()[1]).containsExactly(1.0, 0.0, 0.0);
        assertThat(r.rankAcceptability()[0]).containsExactly(0.0, 1.0, 0.0);
        assertThat(r.rankAcceptability()[2]).containsExactly(0.0, 0.0, 1.0);
    }

    /**
     * The counts must be exactly those of ranking every sample in full with {@link Ranking} (the partial order
     * used for speed must not change a count), on data with many ties and repeated codes in random order.
     */
    @Test
    void countsEqualFullRankingOfEverySample() {
        SplittableRandom random = new SplittableRandom(13);
        int m = 300;
        String[] codes = new String[m];
        double[][] x = new double[m][3];
        for (int i = 0; i < m; i++) {
            codes[i] = "C" + random.nextInt(m / 2);
            for (int j = 0; j < 3; j++) x[i][j] = random.nextInt(3) / 2.0;
        }
        int samples = 500;
        for (int[] cut : new int[][] {{10, 60}, {60, 10}, {1, 0}, {m + 5, m}}) {
            int ranks = cut[0];
            int keyTop = cut[1];
            for (Aggregation aggregation : List.of(new Topsis(), new WeightedSum())) {
                Smaa.Result r =
                        new Smaa(Normalization.MINMAX, aggregation).acceptability(codes, x, samples, ranks, keyTop, 4L);
                double[][] y = Normalization.MINMAX.apply(x);
                SimplexSampler sampler = new SimplexSampler(3, 4L);
                double[][] expected = new double[m][ranks];
                double[] key = new double[m];
                for (int s = 0; s < samples; s++) {
                    int[] order = Ranking.order(aggregation.scores(y, sampler.next()), codes);
                    for (int k = 0; k < m; k++) {
                        if (k < ranks) expected[order[k]][k] += 1.0 / samples;
                        if (k < keyTop) key[order[k]] += 1.0 / samples;
                    }
                }
                for (int i = 0; i < m; i++) {
                    assertThat(r.rankAcceptability()[i]).containsExactly(expected[i], within(1e-9));
                    assertThat(r.keyAcceptability()[i]).isCloseTo(key[i], within(1e-9));
                }
            }
        }
    }

    @Test
    void sameSeedSameResultOtherSeedOther() {
        String[] codes = {"W", "X", "Y", "Z"};
        double[][] x = {{0.9, 0.1, 0.3}, {0.2, 0.8, 0.5}, {0.6, 0.5, 0.9}, {0.4, 0.4, 0.2}};
        Smaa.Result a = TOPSIS.acceptability(codes, x, 3000, 4, 2, 17L);
        Smaa.Result b = TOPSIS.acceptability(codes, x, 3000, 4, 2, 17L);
        Smaa.Result c = TOPSIS.acceptability(codes, x, 3000, 4, 2, 18L);
        assertThat(b.rankAcceptability()).isDeepEqualTo(a.rankAcceptability());
        assertThat(b.centralWeights()).isDeepEqualTo(a.centralWeights());
        assertThat(b.keyAcceptability()).containsExactly(a.keyAcceptability());
        assertThat(c.rankAcceptability()[0]).isNotEqualTo(a.rankAcceptability()[0]);
    }

    @Test
    void ranksAtGivenWeightsAreTheKeyRanksOfKeyTechnologyScoring() {
        SplittableRandom random = new SplittableRandom(21);
        int m = 40;
        String[] codes = new String[m];
        double[][][] families = new double[3][m][2];
        for (int i = 0; i < m; i++) {
            codes[i] = String.format("X%02d", (i * 7) % m);
            for (double[][] f : families) {
                f[i][0] = random.nextDouble();
                f[i][1] = random.nextInt(4);
            }
        }
        for (AggregationMethod method : AggregationMethod.values()) {
            KeyTechnologyScoring.Settings settings =
                    new KeyTechnologyScoring.Settings(Normalization.MINMAX, WeightsSpec.entropy(), method, null);
            KeyTechnologyScoring.Result result = KeyTechnologyScoring.score(
                    codes,
                    List.of(
                            new KeyTechnologyScoring.Family("centrality", List.of("a", "b"), families[0]),
                            new KeyTechnologyScoring.Family("dominance", List.of("c", "d"), families[1]),
                            new KeyTechnologyScoring.Family("barrier", List.of("e", "f"), families[2])),
                    settings);
            double[][] x = Smaa.familyMatrix(result);
            assertThat(x[5])
                    .containsExactly(
                            result.familyScore("centrality")[5],
                            result.familyScore("dominance")[5],
                            result.familyScore("barrier")[5]);
            assertThat(Smaa.of(settings).ranks(codes, x, result.key().weights()))
                    .containsExactly(result.keyRank());
        }
    }

    /**
     * The hand example again: at c_A = (13/18, 1/6, 1/9) the scores are A = .722, B = .167, C = .556; at c_B
     * mirrored; at c_C = (5/18, 5/18, 4/9) C = .722 leads. Resample 1 is the full data: each is first at its
     * own central weights. Resample 2 lacks A; min–max over B and C alone gives B = (0, 1, 0), C = (1, 0, 1):
     * B = .722 beats C = .278 at c_B, and C = .722 beats B = .278 at c_C. Resample 3 adds D, best on every
     * family, so none of A, B, C is first. Hence p^c = (1/3, 2/3, 2/3).
     */
    @Test
    void confidenceFactorsByHand() {
        String[] codes = {"A", "B", "C"};
        double[][] x = {{1, 0, 0}, {0, 1, 0}, {0.5, 0.5, 1}};
        Smaa.Result r = WSUM.acceptability(codes, x, S, 3, 1, 20260901L);
        List<Smaa.Sample> resamples = List.of(
                new Smaa.Sample(codes, x),
                new Smaa.Sample(new String[] {"C", "B"}, new double[][] {{0.5, 0.5, 1}, {0, 1, 0}}),
                new Smaa.Sample(
                        new String[] {"A", "B", "C", "D"},
                        new double[][] {{1, 0, 0}, {0, 1, 0}, {0.5, 0.5, 1}, {1, 1, 1}}));
        assertThat(WSUM.confidence(r, resamples)).containsExactly(1.0 / 3, 2.0 / 3, 2.0 / 3);
    }

    @Test
    void noCentralWeightsNoConfidence() {
        String[] codes = {"A", "B"};
        double[][] x = {{1, 1, 1}, {0, 0, 0}};
        Smaa.Result r = TOPSIS.acceptability(codes, x, 100, 2, 1, 1L);
        double[] p = TOPSIS.confidence(
                r, List.of(new Smaa.Sample(codes, x), new Smaa.Sample(new String[] {"B"}, new double[][] {{0, 0, 0}})));
        assertThat(p[0]).isEqualTo(0.5);
        assertThat(p[1]).isNaN();
    }

    @Test
    void rejectsBadShapes() {
        String[] codes = {"A", "B"};
        double[][] x = {{1, 0, 0}, {0, 1, 0}};
        assertThatThrownBy(() -> TOPSIS.acceptability(new String[] {"A"}, x, 10, 1, 1, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 rows of family scores for 1 codes");
        assertThatThrownBy(() -> TOPSIS.acceptability(codes, new double[][] {{}, {}}, 10, 1, 1, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected at least one family score columns, found 0");
        assertThatThrownBy(() -> TOPSIS.acceptability(codes, x, 0, 1, 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        Smaa.Result r = TOPSIS.acceptability(codes, x, 10, 1, 1, 1L);
        assertThatThrownBy(() -> TOPSIS.confidence(r, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TOPSIS.confidence(r, List.of(new Smaa.Sample(codes, new double[][] {{1, 0}, {0, 1}}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 3 family score columns, found 2");
        assertThatThrownBy(() -> TOPSIS.confidence(r, List.of(new Smaa.Sample(new String[] {"A", "A"}, x))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code A appears twice");
    }

    @Test
    void noTechnologiesNoAcceptabilities() {
        Smaa.Result r = TOPSIS.acceptability(new String[0], new double[0][], 10, 3, 2, 1L);
        assertThat(r.rankAcceptability()).isEmpty();
        assertThat(r.keyAcceptability()).isEmpty();
    }

    /** Rank and key acceptabilities and central weights by the grid quadrature described above. */
    private static final class Grid {
        final double[][] acceptability;
        final double[] key;
        final double[][] central;

        private Grid(int m) {
            acceptability = new double[m][m];
            key = new double[m];
            central = new double[m][3];
        }

        static Grid over(String[] codes, double[][] x, int steps, int keyTop) {
            int m = codes.length;
            Grid g = new Grid(m);
            double[][] y = Normalization.MINMAX.apply(x);
            Topsis topsis = new Topsis();
            double total = 0;
            double[] first = new double[m];
            for (int a = 0; a <= steps; a++) {
                for (int b = 0; a + b <= steps; b++) {
                    int c = steps - a - b;
                    int zeros = (a == 0 ? 1 : 0) + (b == 0 ? 1 : 0) + (c == 0 ? 1 : 0);
                    double weight = zeros == 2 ? 1 : zeros == 1 ? 3 : 6;
                    double[] w = {a / (double) steps, b / (double) steps, c / (double) steps};
                    int[] order = Ranking.order(topsis.scores(y, w), codes);
                    for (int r = 0; r < m; r++) {
                        g.acceptability[order[r]][r] += weight;
                        if (r < keyTop) g.key[order[r]] += weight;
                    }
                    first[order[0]] += weight;
                    for (int j = 0; j < 3; j++) g.central[order[0]][j] += weight * w[j];
                    total += weight;
                }
            }
            for (int i = 0; i < m; i++) {
                for (int r = 0; r < m; r++) g.acceptability[i][r] /= total;
                g.key[i] /= total;
                for (int j = 0; j < 3; j++) g.central[i][j] /= first[i];
            }
            return g;
        }
    }
}
