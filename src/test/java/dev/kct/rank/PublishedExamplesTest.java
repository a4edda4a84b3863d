package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Entropy and CRITIC weights and TOPSIS scores against worked examples published with their data tables. Expected values are
 * the published ones (rounded as printed); they are also reproduced by the pyrepo-mcda test suite
 * (Wątróbski, Bączkiewicz et al.), which cites the same papers.
 */
class PublishedExamplesTest {

    /**
     * Xu, X. (2004). A note on the subjective and objective integrated approach to determine attribute weights.
     * European Journal of Operational Research 156(2), 530–532: four alternatives, four attributes; entropy
     * weights 0.4630, 0.3992, 0.1378, 0.0000 (p_ij = x_ij / Σ_i x_ij on the raw values, i.e. kct's entropy
     * weighting on an un-normalised matrix).
     */
    @Test
    void entropyXu2004() {
        double[][] x = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
        assertThat(new EntropyWeighting().weights(x))
                .containsExactly(new double[] {0.4630, 0.3992, 0.1378, 0.0000}, within(1e-4));
    }

    /**
     * Zavadskas, E. K., &amp; Podvezko, V. (2016). Integrated determination of objective criteria weights in MCDM.
     * International Journal of Information Technology &amp; Decision Making 15(2), 267–283: entropy weights
     * 0.1146, 0.1981, 0.4185, 0.2689 of the raw decision matrix.
     */
    @Test
    void entropyZavadskasPodvezko2016() {
        double[][] x = {{3.0, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}};
        assertThat(new EntropyWeighting().weights(x))
                .containsExactly(new double[] {0.1146, 0.1981, 0.4185, 0.2689}, within(1e-4));
    }

    /**
     * Tuş, A., &amp; Aytaç Adalı, E. (2019). The new combination with CRITIC and WASPAS methods for the time and
     * attendance software selection problem. Opsearch 56(2), 528–538: five alternatives, six criteria; CRITIC
     * weights 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 (printed to three decimals, so checked to 5e-4), which
     * follow from min–max normalised columns, sample standard deviations and Pearson correlations.
     */
    @Test
    void criticTusAytacAdali2019() {
        double[][] x = {
            {5000, 3, 3, 4, 3, 2},
            {680, 5, 3, 2, 2, 1},
            {2000, 3, 2, 3, 4, 3},
            {600, 4, 3, 1, 2, 2},
            {800, 2, 4, 3, 3, 4}
        };
        double[][] y = Normalization.MINMAX.apply(x);
        assertThat(new CriticWeighting().weights(y))
                .containsExactly(new double[] {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, within(5e-4));
    }

    /**
     * Papathanasiou, J., &amp; Ploskas, N. (2018). TOPSIS. In Multiple Criteria Decision Aid, Springer Optimization
     * and Its Applications 136, 1–30: six alternatives, four benefit criteria, weights 0.4, 0.3, 0.1, 0.2, vector
     * normalisation (classic Hwang–Yoon TOPSIS); closeness 0.387, 0.327, 0.391, 0.615, 0.868, 0.493.
     */
    @Test
    void topsisPapathanasiouPloskas2018() {
        double[][] x = {{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4}};
        double[][] y = Normalization.VECTOR.apply(x);
        assertThat(new Topsis().evaluate(y, new double[] {0.4, 0.3, 0.1, 0.2}).scores())
                .containsExactly(new double[] {0.387, 0.327, 0.391, 0.615, 0.868, 0.493}, within(5e-4));
    }
}
