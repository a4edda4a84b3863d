package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankStatisticsTest {

    private static int[] oneTo(int b) {
        int[] v = new int[b];
        for (int k = 0; k < b; k++) v[k] = k + 1;
        return v;
    }

    /** Sorted: 1 1 2 3 3 4 5 5 6 9 (B = 10). Q(p) = x_(⌈10p⌉), and x_(1) for p = 0. */
    @Test
    void nearestRankPercentilesByHand() {
        int[] sorted = {1, 1, 2, 3, 3, 4, 5, 5, 6, 9};
        assertThat(RankStatistics.percentile(sorted, 0)).isEqualTo(1);
        assertThat(RankStatistics.percentile(sorted, 0.1)).isEqualTo(1);
        assertThat(RankStatistics.percentile(sorted, 0.25)).isEqualTo(2);
        assertThat(RankStatistics.percentile(sorted, 0.5)).isEqualTo(3);
        assertThat(RankStatistics.percentile(sorted, 0.51)).isEqualTo(4);
        assertThat(RankStatistics.percentile(sorted, 0.9)).isEqualTo(6);
        assertThat(RankStatistics.percentile(sorted, 0.95)).isEqualTo(9);
        assertThat(RankStatistics.percentile(sorted, 1)).isEqualTo(9);
    }

    @Test
    void decimalConfidenceLevelsPickTheOrderStatisticTheyName() {
        int[] sorted = oneTo(100);
        // (1 − 0.9)/2 · 100 = 4.999…, (1 − 0.58)/2 · 100 = 21.000…004, (1 + 0.68)/2 · 100 = 84.000…01 in doubles.
        assertThat(RankStatistics.percentile(sorted, (1 - 0.9) / 2)).isEqualTo(5);
        assertThat(RankStatistics.percentile(sorted, (1 + 0.9) / 2)).isEqualTo(95);
        assertThat(RankStatistics.percentile(sorted, (1 - 0.58) / 2)).isEqualTo(21);
        assertThat(RankStatistics.percentile(sorted, (1 + 0.68) / 2)).isEqualTo(84);
    }

    @Test
    void intervalOfAHundredResamplesIsTheFifthAndNinetyFifthRank() {
        RankStatistics stats = new RankStatistics(new String[] {"H01L"}, false);
        for (int r = 100; r >= 1; r--) {
            stats.add(new int[] {r}, 100, new boolean[] {r <= 20}, null);
        }
        RankStatistics.Result result = stats.result(0.90);
        assertThat(result.rankLow()).containsExactly(5);
        assertThat(result.rankMedian()).containsExactly(50);
        assertThat(result.rankHigh()).containsExactly(95);
        assertThat(result.pKey()).containsExactly(0.2);
        assertThat(result.pChokepoint()).isNull();
        assertThat(result.resamples()).isEqualTo(100);
    }

    /**
     * Three technologies over four resamples. T0 ranks 1, 2, 1, 1 and is key in all; T1 ranks 2, 1, 3, 2, key
     * in the first two; T2 ranks 3, absent (M = 2: rank 3), absent (M = 4: rank 5), 4; it is flagged key and a
     * chokepoint in resample 2 where it is absent, which must not count. At c = 0.5 the interval is
     * Q(0.25) = x_(1), Q(0.75) = x_(3); the median Q(0.5) = x_(2).
     */
    @Test
    void absentTechnologiesRankJustBelowTheLastAndAreNeitherKeyNorChokepoint() {
        RankStatistics stats = new RankStatistics(new String[] {"T0", "T1", "T2"}, true);
        stats.add(new int[] {1, 2, 3}, 3, new boolean[] {true, true, false}, new boolean[] {true, false, false});
        stats.add(new int[] {2, 1, 0}, 2, new boolean[] {true, true, true}, new boolean[] {false, true, true});
        stats.add(new int[] {1, 3, 0}, 4, new boolean[] {true, false, false}, new boolean[] {true, false, false});
        stats.add(new int[] {1, 2, 4}, 4, new boolean[] {true, false, false}, new boolean[] {true, false, false});
        assertHandValues(stats.result(0.5));
    }

    /**
     * Nearly the same four resamples as above, given as key-score runs over each resample: codes in the
     * resample's own order, a technology the full run does not have (X9), key-top 2 then 1, and classes. Here
     * resample 3 ranks three technologies, so absent T2 counts as rank 4 there: T2's ranks 3, 3, 4, 4 give the
     * same interval.
     */
    @Test
    void resamplesGivenByCodeAlignWithTheFullRun() {
        ChokepointClass c = ChokepointClass.CHOKEPOINT;
        ChokepointClass s = ChokepointClass.STRENGTH;
        ChokepointClass o = ChokepointClass.OTHER;
        ChokepointClass w = ChokepointClass.WATCH;
        RankStatistics stats = new RankStatistics(new String[] {"T0", "T1", "T2"}, true);
        stats.add(new String[] {"T2", "T1", "T0"}, new int[] {3, 2, 1}, 2, new ChokepointClass[] {o, s, c});
        stats.add(new String[] {"T1", "T0"}, new int[] {1, 2}, 2, new ChokepointClass[] {c, s});
        stats.add(new String[] {"X9", "T0", "T1"}, new int[] {2, 1, 3}, 2, new ChokepointClass[] {c, c, w});
        stats.add(new String[] {"T0", "T1", "X9", "T2"}, new int[] {1, 2, 3, 4}, 1, new ChokepointClass[] {c, w, o, w});
        assertHandValues(stats.result(0.5));
        assertThatThrownBy(() -> stats.add(new String[] {"T0"}, new int[] {1, 2}, 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 codes, 2 ranks in one resample");
    }

    private static void assertHandValues(RankStatistics.Result r) {
        assertThat(r.rankLow()).containsExactly(1, 1, 3);
        assertThat(r.rankMedian()).containsExactly(1, 2, 3);
        assertThat(r.rankHigh()).containsExactly(1, 2, 4);
        assertThat(r.pKey()).containsExactly(1.0, 0.5, 0.0);
        assertThat(r.pChokepoint()).containsExactly(0.75, 0.25, 0.0);
        assertThat(r.present()).containsExactly(4, 4, 2);
    }

    @Test
    void rejectsInconsistentInput() {
        RankStatistics plain = new RankStatistics(new String[] {"A", "B"}, false);
        assertThatThrownBy(() -> plain.result(0.9)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> plain.add(new int[] {1, 2}, 2, new boolean[2], new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.add(new int[] {1}, 2, new boolean[2], null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.add(new int[] {1, 3}, 2, new boolean[2], null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank 3 of technology 1 outside 0 .. 2");
        assertThatThrownBy(() -> new RankStatistics(new String[] {"A", "B"}, true)
                        .add(new int[] {1, 2}, 2, new boolean[2], null))
                .isInstanceOf(IllegalArgumentException.class);
        plain.add(new int[] {1, 2}, 2, new boolean[2], null);
        assertThatThrownBy(() -> plain.result(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.result(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankStatistics.percentile(new int[0], 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
