package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyWeightingTest {

    private final EntropyWeighting entropy = new EntropyWeighting();

    /**
     * By hand, m = 3:
     * column 1 = (1, 1, 2): p = (1/4, 1/4, 1/2), Σ p ln p = −(1/2 ln 4 + 1/2 ln 2) = −(3/2) ln 2,
     *   e₁ = 1.5 ln 2 / ln 3 = 0.946395;
     * column 2 = (0, 1, 1): p = (0, 1/2, 1/2), 0·ln 0 = 0, e₂ = ln 2 / ln 3 = 0.630930;
     * 1 − e = (0.053605, 0.369070), Σ = 0.422675, w = (0.126824, 0.873176).
     */
    @Test
    void threeByTwoByHand() {
        double[][] y = {{1, 0}, {1, 1}, {2, 1}};
        assertThat(entropy.entropies(y)).containsExactly(new double[] {0.946395, 0.630930}, within(1e-6));
        assertThat(entropy.weights(y)).containsExactly(new double[] {0.126824, 0.873176}, within(1e-6));
    }

    @Test
    void oneNonZeroCellHasEntropyZero() {
        // p = (0, 0, 1): −Σ p ln p = −1 · ln 1 = 0
        double[][] y = {{0, 1}, {0, 1}, {3, 2}};
        assertThat(entropy.entropies(y)[0]).isZero();
    }

    @Test
    void constantAndAllZeroColumnsGetWeightZero() {
        double[][] y = {{0, 0.5, 0}, {1, 0.5, 0}, {0.5, 0.5, 0}};
        double[] w = entropy.weights(y);
        assertThat(w).containsExactly(new double[] {1, 0, 0}, within(1e-12));
        assertThat(entropy.entropies(y)[1]).isEqualTo(1);
        assertThat(entropy.entropies(y)[2]).isEqualTo(1);
    }

    @Test
    void everyColumnConstantFallsBackToEqualWeights() {
        double[][] y = {{0, 2, 0}, {0, 2, 0}};
        assertThat(entropy.weights(y)).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    }

    @Test
    void singleAlternativeGivesEqualWeights() {
        assertThat(entropy.weights(new double[][] {{0.2, 0.9}}))
                .containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    }

    @Test
    void weightsSumToOneAndAreNeverNaN() {
        double[][] y = {{0, 0.1, 1e-300}, {1, 0.1, 0}, {0.3, 0.1 + 1e-9, 0}};
        double[] w = entropy.weights(y);
        double sum = 0;
        for (double v : w) {
            assertThat(v).isBetween(0.0, 1.0);
            sum += v;
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
    }

    @Test
    void negativeValueIsRejected() {
        assertThatThrownBy(() -> entropy.weights(new double[][] {{1}, {-0.5}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 0 has -0.5 at row 1");
    }

    @Test
    void nanIsRejected() {
        assertThatThrownBy(() -> entropy.weights(new double[][] {{1}, {Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
