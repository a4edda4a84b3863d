package dev.kct.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Kleinberg's two-state burst automaton for batched counts ({@link Bursts}). */
class BurstsTest {

    /**
     * Worked by hand: r = (1, 1, 8, 1) of d = 10 a year, so p₀ = 11/40 = 0.275, p₁ = 2p₀ = 0.55, and entering the
     * burst state costs γ·ln 4 = 1.386. Without the binomial term σ₀ = 4.1852 and σ₁ = 7.7843 for a year with one
     * relevant patent, σ₀ = 10.9710 and σ₁ = 6.3797 for the year with eight. Staying in q₀ costs 3·4.1852 + 10.9710
     * = 23.527; bursting in year 3 only costs 3·4.1852 + 6.3797 + 1.386 = 20.322, the least of the 16 sequences
     * (bursting in years 3 and 4 adds 7.7843 − 4.1852 more). The burst saves σ₀ − σ₁ = 4.5913 in year 3.
     */
    @Test
    void aWorkedExample() {
        List<Bursts.Burst> bursts = Bursts.detect(new int[] {1, 1, 8, 1}, new int[] {10, 10, 10, 10}, 2001, 2, 1);
        double p0 = 11.0 / 40;
        double p1 = 0.55;
        double saved = (-8 * Math.log(p0) - 2 * Math.log(1 - p0)) - (-8 * Math.log(p1) - 2 * Math.log(1 - p1));
        assertThat(bursts).hasSize(1);
        assertThat(bursts.get(0).from()).isEqualTo(2003);
        assertThat(bursts.get(0).to()).isEqualTo(2003);
        assertThat(bursts.get(0).weight()).isCloseTo(saved, within(1e-12)).isCloseTo(4.5913, within(1e-4));
    }

    @Test
    void aFlatSeriesHasNoBurstAndAnEmptyOneNeither() {
        assertThat(Bursts.detect(new int[] {5, 5, 5, 5, 5}, new int[] {50, 50, 50, 50, 50}, 2000, 2, 1))
                .isEmpty();
        assertThat(Bursts.detect(new int[] {0, 0, 0}, new int[] {10, 10, 10}, 2000, 2, 1))
                .isEmpty();
        assertThat(Bursts.detect(new int[0], new int[0], 2000, 2, 1)).isEmpty();
    }

    @Test
    void aHigherGammaMakesBurstsHarderToEnter() {
        int[] r = {2, 3, 9, 10, 3, 2};
        int[] d = {40, 40, 40, 40, 40, 40};
        assertThat(Bursts.detect(r, d, 0, 2, 1)).extracting(Bursts.Burst::from).containsExactly(2);
        assertThat(Bursts.detect(r, d, 0, 2, 50)).isEmpty();
    }

    /**
     * The Viterbi solution is the exact optimum: on random series its total cost equals the least cost over every
     * one of the 2ⁿ state sequences (the reference here is that exhaustive search, which no greedy rule matches).
     */
    @Test
    void viterbiFindsTheCheapestOfAllStateSequences() {
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(10);
            int[] d = new int[n];
            int[] r = new int[n];
            for (int t = 0; t < n; t++) {
                d[t] = random.nextInt(60);
                r[t] = d[t] == 0 ? 0 : random.nextInt(d[t] + 1) / (random.nextInt(3) + 1);
            }
            double s = 1.5 + random.nextDouble() * 2;
            double gamma = random.nextDouble() * 2;
            double[][] cost = Bursts.costs(r, d, s);
            if (cost == null) continue;
            boolean[] best = Bursts.states(r, d, s, gamma);
            double least = Double.POSITIVE_INFINITY;
            for (int mask = 0; mask < (1 << n); mask++) {
                least = Math.min(least, total(cost, mask, n, gamma));
            }
            int chosen = 0;
            for (int t = 0; t < n; t++) if (best[t]) chosen |= 1 << t;
            assertThat(total(cost, chosen, n, gamma)).isCloseTo(least, within(1e-9));
        }
    }

    /**
     * Against a published implementation of the same automaton: nmarinsek/burst_detection (the {@code
     * burst_detection} package on PyPI; commit 3470e02), functions {@code burst_detection}, {@code enumerate_bursts}
     * and {@code burst_weights}, run with s = 2, γ = 1, no smoothing, on the series below; its outputs are written
     * here. It chooses each year's state from the previous year's only (greedily), so it agrees with the exact
     * solution where entering a burst pays off at once, and misses the part of a burst whose cost pays off only later;
     * there the exact sequence costs less than its sequence.
     */
    @Test
    void agreesWithAPublishedImplementationWhereItIsRightAndCostsLessWhereItIsGreedy() {
        // the worked example: the reference gives one burst, batch 2, weight 4.591329300298943
        List<Bursts.Burst> example = Bursts.detect(new int[] {1, 1, 8, 1}, new int[] {10, 10, 10, 10}, 0, 2, 1);
        assertThat(example).hasSize(1);
        assertThat(example.get(0).from()).isEqualTo(2);
        assertThat(example.get(0).weight()).isCloseTo(4.591329300298943, within(1e-12));

        // two bursts of equal shape: the reference finds only the second (batches 7-8, weight 7.227440859206625)
        int[] r = {2, 2, 9, 10, 2, 2, 2, 11, 12, 2, 2, 2};
        int[] d = {50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50};
        List<Bursts.Burst> two = Bursts.detect(r, d, 0, 2, 1);
        assertThat(two).extracting(Bursts.Burst::from).containsExactly(2, 7);
        assertThat(two.get(1).to()).isEqualTo(8);
        assertThat(two.get(1).weight()).isCloseTo(7.227440859206625, within(1e-9));
        assertCheaperThanTheReference(r, d, new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0});

        // a growing series: the reference's burst is batches 6-7 (weight 7.241709518025669); the exact one starts a
        // year earlier
        int[] grow = {3, 4, 3, 5, 4, 12, 15, 14, 5, 4, 3, 4};
        int[] all = {100, 110, 120, 125, 130, 140, 150, 160, 170, 180, 190, 200};
        List<Bursts.Burst> growing = Bursts.detect(grow, all, 0, 2, 1);
        assertThat(growing).hasSize(1);
        assertThat(growing.get(0).from()).isEqualTo(5);
        assertThat(growing.get(0).to()).isEqualTo(7);
        assertCheaperThanTheReference(grow, all, new int[] {0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0});
    }

    private static void assertCheaperThanTheReference(int[] r, int[] d, int[] reference) {
        double[][] cost = Bursts.costs(r, d, 2);
        boolean[] ours = Bursts.states(r, d, 2, 1);
        int oursMask = 0;
        int referenceMask = 0;
        for (int t = 0; t < r.length; t++) {
            if (ours[t]) oursMask |= 1 << t;
            if (reference[t] == 1) referenceMask |= 1 << t;
        }
        assertThat(total(cost, oursMask, r.length, 1)).isLessThan(total(cost, referenceMask, r.length, 1));
    }

    private static double total(double[][] cost, int mask, int n, double gamma) {
        double c = 0;
        int previous = 0;
        for (int t = 0; t < n; t++) {
            int state = (mask >> t) & 1;
            if (state > previous) c += gamma * Math.log(n);
            c += cost[state][t];
            previous = state;
        }
        return c;
    }
}
