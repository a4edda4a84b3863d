package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CriticWeightingTest {

    private final CriticWeighting critic = new CriticWeighting();

    /**
     * By hand (Diakoulaki, Mavrotas &amp; Papayannakis 1995 formula). Raw columns (10, 20, 30), (5, 1, 1), (7, 7, 7).
     * Min–max: z₁ = (0, 1/2, 1), z₂ = (1, 0, 0), z₃ = constant.
     * Deviations from the mean: d₁ = (−1/2, 0, 1/2), Σd₁² = 1/2, σ₁ = √(1/2 / 2) = 1/2;
     * d₂ = (2/3, −1/3, −1/3), Σd₂² = 2/3, σ₂ = √(1/3).
     * r₁₂ = Σd₁d₂ / √(Σd₁² Σd₂²) = (−1/3 − 1/6) / √(1/3) = −√3/2.
     * C₁ = 1/2 · (1 + √3/2) = 0.933013, C₂ = (1/√3)(1 + √3/2) = 1/√3 + 1/2 = 1.077350, C₃ = 0.
     * w₁ = (1/2) / (1/2 + 1/√3) = 2√3 − 3 = 0.464102, w₂ = 4 − 2√3 = 0.535898, w₃ = 0.
     */
    @Test
    void threeColumnsByHand() {
        double[][] y = {{10, 5, 7}, {20, 1, 7}, {30, 1, 7}};
        assertThat(critic.information(y)).containsExactly(new double[] {0.933013, 1.077350, 0}, within(1e-6));
        assertThat(critic.weights(y)).containsExactly(new double[] {0.464102, 0.535898, 0}, within(1e-6));
    }

    @Test
    void givenAMinmaxMatrixTheInternalNormalisationChangesNothing() {
        double[][] z = {{0, 1}, {0.5, 0}, {1, 0}};
        assertThat(critic.weights(z)).containsExactly(new double[] {0.464102, 0.535898}, within(1e-6));
    }

    @Test
    void aConstantColumnDoesNotChangeTheOtherWeights() {
        double[] without = critic.weights(new double[][] {{10, 5}, {20, 1}, {30, 1}});
        double[] with = critic.weights(new double[][] {{10, 0, 5}, {20, 0, 1}, {30, 0, 1}});
        assertThat(with).containsExactly(new double[] {without[0], 0, without[1]}, within(1e-12));
    }

    @Test
    void perfectlyCorrelatedColumnsCarryNoConflictAndFallBackToEqual() {
        // r₁₂ = 1: C₁ = C₂ = 0, so the weights fall back to equal over the non-constant columns
        double[][] y = {{1, 2, 4}, {2, 4, 4}, {3, 6, 4}};
        assertThat(critic.information(y)).containsExactly(new double[] {0, 0, 0}, within(1e-12));
        assertThat(critic.weights(y)).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-12));
    }

    @Test
    void singleInformativeColumnTakesAllTheWeight() {
        assertThat(critic.weights(new double[][] {{1, 3}, {2, 3}})).containsExactly(new double[] {1, 0}, within(1e-12));
    }

    @Test
    void fewerThanTwoAlternativesGiveEqualWeights() {
        assertThat(critic.weights(new double[][] {{1, 3}})).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    }

    /**
     * Opposed columns conflict most: two columns with r = −1 and equal spread get equal weights.
     * z₁ = (0, 1/2, 1), z₂ = (1, 1/2, 0): σ = 1/2 each, r = −1, C = 1/2 · 2 = 1 each.
     */
    @Test
    void opposedColumnsByHand() {
        double[][] y = {{0, 1}, {1, 0.5}, {2, 0}};
        assertThat(critic.information(y)).containsExactly(new double[] {1, 1}, within(1e-12));
    }
}
