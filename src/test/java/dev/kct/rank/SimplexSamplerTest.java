package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Uniformity of {@link SimplexSampler} on the 3-weight simplex, from N = 100,000 draws with a fixed seed.
 * Tolerances are about 4 standard errors: the mean of a Beta(1, 2) marginal has σ = √(1/18)/√N = 0.00075;
 * a share p has σ = √(p(1 − p)/N) ≤ 0.0016.
 */
class SimplexSamplerTest {

    private static final int N = 100_000;

    private static double[][] draw(int dimension, long seed, int count) {
        SimplexSampler sampler = new SimplexSampler(dimension, seed);
        double[][] w = new double[count][];
        for (int s = 0; s < count; s++) {
            w[s] = sampler.next();
        }
        return w;
    }

    @Test
    void everyVectorLiesOnTheSimplex() {
        for (double[] w : draw(3, 1, 10_000)) {
            assertThat(w).hasSize(3);
            assertThat(Math.min(w[0], Math.min(w[1], w[2]))).isGreaterThanOrEqualTo(0);
            assertThat(w[0] + w[1] + w[2]).isCloseTo(1, within(1e-15));
        }
    }

    @Test
    void eachMarginalIsBetaOneTwo() {
        // Beta(1, 2): mean 1/3, P(w_j < t) = 1 − (1 − t)².
        double[][] w = draw(3, 7, N);
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            for (double[] v : w) sum += v[j];
            assertThat(sum / N).as("mean of w%d", j + 1).isCloseTo(1.0 / 3, within(0.003));
            for (double t : new double[] {0.1, 0.25, 0.5, 0.75}) {
                int below = 0;
                for (double[] v : w) if (v[j] < t) below++;
                assertThat(below / (double) N)
                        .as("P(w%d < %s)", j + 1, t)
                        .isCloseTo(1 - (1 - t) * (1 - t), within(0.006));
            }
        }
    }

    @Test
    void jointlyUniformOverTheFourMidpointTriangles() {
        // The midpoints cut the simplex into four triangles of equal area: w_j > 1/2 for j = 1, 2, 3, and the
        // middle one where every w_j ≤ 1/2. Normalised uniforms (u / Σu), a common mistake, put only 1/6 of
        // the mass in each corner triangle.
        int[] count = new int[4];
        int ordered = 0;
        for (double[] v : draw(3, 11, N)) {
            int corner = v[0] > 0.5 ? 0 : v[1] > 0.5 ? 1 : v[2] > 0.5 ? 2 : 3;
            count[corner]++;
            if (v[0] > v[1] && v[1] > v[2]) ordered++;
        }
        for (int c : count) {
            assertThat(c / (double) N).isCloseTo(0.25, within(0.006));
        }
        assertThat(ordered / (double) N).as("P(w1 > w2 > w3)").isCloseTo(1.0 / 6, within(0.005));
    }

    @Test
    void sameSeedSameVectorsOtherSeedOthers() {
        double[][] a = draw(3, 42, 1000);
        double[][] b = draw(3, 42, 1000);
        double[][] c = draw(3, 43, 1000);
        for (int s = 0; s < a.length; s++) {
            assertThat(b[s]).containsExactly(a[s]);
        }
        assertThat(c[0]).isNotEqualTo(a[0]);
    }

    @Test
    void oneAndTwoWeights() {
        assertThat(new SimplexSampler(1, 3).next()).containsExactly(1.0);
        double sum = 0;
        for (double[] v : draw(2, 5, N)) {
            assertThat(v[0] + v[1]).isCloseTo(1, within(1e-15));
            sum += v[0];
        }
        assertThat(sum / N).as("mean of a uniform").isCloseTo(0.5, within(0.004));
    }

    @Test
    void rejectsNoWeightsAndAWrongBuffer() {
        assertThatThrownBy(() -> new SimplexSampler(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimplexSampler(3, 1).next(new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 weights asked of a sampler of 3");
    }
}
