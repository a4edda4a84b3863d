package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopsisTest {

    private final Topsis topsis = new Topsis();

    /**
     * By hand: y = [[1, 0], [0, 1], [1/2, 1/2]], w = (3/4, 1/4).
     * v = [[3/4, 0], [0, 1/4], [3/8, 1/8]]; ideal A⁺ = (3/4, 1/4), anti-ideal A⁻ = (0, 0).
     * Row 1: D⁺ = 1/4, D⁻ = 3/4, s = 3/4. Row 2: D⁺ = 3/4, D⁻ = 1/4, s = 1/4.
     * Row 3: D⁺ = D⁻ = √(9/64 + 1/64) = √10 / 8 = 0.395285, s = 1/2.
     */
    @Test
    void threeRowsByHand() {
        Topsis.Result r = topsis.evaluate(new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}}, new double[] {0.75, 0.25});
        assertThat(r.ideal()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
        assertThat(r.antiIdeal()).containsExactly(new double[] {0, 0}, within(1e-12));
        assertThat(r.dPlus()).containsExactly(new double[] {0.25, 0.75, 0.395285}, within(1e-6));
        assertThat(r.dMinus()).containsExactly(new double[] {0.75, 0.25, 0.395285}, within(1e-6));
        assertThat(r.scores()).containsExactly(new double[] {0.75, 0.25, 0.5}, within(1e-12));
    }

    @Test
    void identicalRowsScoreZeroNotNaN() {
        double[][] y = {{0.3, 0.3}, {0.3, 0.3}};
        assertThat(topsis.scores(y, new double[] {0.5, 0.5})).containsExactly(0, 0);
    }

    @Test
    void singleRowAndZeroWeightsScoreZero() {
        assertThat(topsis.scores(new double[][] {{0.7, 0.1}}, new double[] {0.5, 0.5}))
                .containsExactly(0);
        assertThat(topsis.scores(new double[][] {{0, 1}, {1, 0}}, new double[] {0, 0}))
                .containsExactly(0, 0);
    }

    @Test
    void noColumnsScoreZero() {
        assertThat(topsis.scores(new double[][] {{}, {}}, new double[0])).containsExactly(0, 0);
        assertThat(topsis.scores(new double[0][], new double[0])).isEmpty();
    }

    @Test
    void weightCountMustMatchColumns() {
        assertThatThrownBy(() -> topsis.scores(new double[][] {{1, 2}}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 weights for 2 columns");
    }

    @Test
    void weightedSumByHand() {
        // 0.4·0.2 + 0.6·0.9 = 0.62; 0.4·1 + 0.6·0 = 0.4
        double[] s = new WeightedSum().scores(new double[][] {{0.2, 0.9}, {1, 0}}, new double[] {0.4, 0.6});
        assertThat(s).containsExactly(new double[] {0.62, 0.4}, within(1e-12));
    }

    @Test
    void aggregationIdsRoundTrip() {
        for (AggregationMethod method : AggregationMethod.values()) {
            assertThat(AggregationMethod.fromId(method.id())).isSameAs(method);
            assertThat(method.aggregation().id()).isEqualTo(method.id());
        }
        assertThatThrownBy(() -> AggregationMethod.fromId("vikor")).hasMessageContaining("use topsis or wsum");
    }
}
