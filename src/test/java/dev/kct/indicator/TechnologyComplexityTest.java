package dev.kct.indicator;

import static dev.kct.indicator.Corpora.A01B;
import static dev.kct.indicator.Corpora.G06F;
import static dev.kct.indicator.Corpora.H01L;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.indicator.TechnologyComplexity.Result;
import dev.kct.indicator.TechnologyComplexity.Solver;
import dev.kct.ipc.IpcLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TechnologyComplexityTest {

    /**
     * Nested specialisation: A in {t0, t1, t2}, B in {t1, t2}, C in {t2}; k_c = (3, 2, 1), k_i = (1, 2, 3).
     * M̃_ii' = Σ_c M_ci M_ci' / (k_c k_i):
     * <pre>
     *   t0: A/3                      = (1/3, 1/3,  1/3)
     *   t1: (A/3 + B/2) / 2          = (1/6, 5/12, 5/12)
     *   t2: (A/3 + B/2 + C/1) / 3    = (1/9, 5/18, 11/18)
     * </pre>
     * trace 49/36, sum of principal 2×2 minors 7/18, determinant 1/36 → eigenvalues 1, 1/4, 1/9.
     * For 1/4: M̃ (−4, −1, 2) = (−1, −1/4, 1/2) = ¼ (−4, −1, 2). Its correlation with k = (1, 2, 3) is
     * positive, so x = (4, 1, −2); mean 1, deviations (3, 0, −3), sample sd √(18/2) = 3 → z = (1, 0, −1).
     */
    @ParameterizedTest
    @EnumSource(Solver.class)
    void nestedExampleByHand(Solver solver) {
        Result r = TechnologyComplexity.fromSpecialisations(3, new int[][] {{0, 1, 2}, {1, 2}, {2}}, solver);
        assertThat(r.values()).containsExactly(new double[] {1, 0, -1}, within(1e-12));
        assertThat(r.eigenvalue()).isCloseTo(0.25, within(1e-12));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * Corpus five, FIRST: P_c,i = A01B {US 1}, G06F {CN 1}, H01L {US 2, CN 1, DE 1}; totals US 3, CN 2,
     * DE 1, technologies (1, 1, 4), P = 6. RTA: US·A01B (1/3)/(1/6) = 2, US·H01L (2/3)/(4/6) = 1 (exactly
     * 1: counts as specialised), CN·G06F (1/2)/(1/6) = 3, CN·H01L (1/2)/(4/6) = 3/4, DE·H01L 1/(4/6) = 3/2.
     * M: US {A01B, H01L}, CN {G06F}, DE {H01L}; k_c = (2, 1, 1), k_i = (1, 1, 2).
     * <pre>
     *   M̃ = | 1/2  0  1/2 |     CN–G06F is a separate part, so eigenvalue 1 appears twice (then 1/4).
     *       |  0   1   0  |     The second eigenvector for 1 lies in span{(1,0,1), (0,1,0)} and satisfies
     *       | 1/4  0  3/4 |     Σ k_i x_i = 0: x = (1, −3, 1); corr with k = (1, 1, 2) is positive → flip:
     * </pre>
     * x = (−1, 3, −1), mean 1/3, sample sd √((16 + 64 + 16)/9 / 2) = 4/√3
     * → z = (−1/√3, 2/√3, −1/√3).
     */
    @Test
    void corpusFiveByHand() {
        TechnologyStatistics stats = TechnologyStatistics.of(Corpora.five(), CountryCount.FIRST);
        RevealedTechnologicalAdvantage rta = new RevealedTechnologicalAdvantage(stats.countries());
        int us = stats.countries().keyOf("US");
        int cn = stats.countries().keyOf("CN");
        assertThat(rta.value(A01B, us)).isCloseTo(2, within(1e-15));
        assertThat(rta.value(H01L, us)).isCloseTo(1, within(1e-15));
        assertThat(rta.specialised(H01L, us)).isTrue();
        assertThat(rta.value(H01L, cn)).isCloseTo(0.75, within(1e-15));
        assertThat(rta.specialisations()).isDeepEqualTo(new int[][] {{G06F}, {H01L}, {A01B, H01L}}); // CN, DE, US

        IndicatorColumn c = TechnologyComplexity.of(stats);
        double s = Math.sqrt(3);
        assertThat(c.values()).containsExactly(new double[] {-1 / s, 2 / s, -1 / s}, within(1e-12));
        assertThat(c.warnings()).isEmpty();
    }

    /**
     * Corpus five, FRACTIONAL: US {A01B 1, H01L 3/2}, CN {G06F 1, H01L 3/2}, DE {H01L 1}: RTA US·H01L =
     * (1.5/2.5)/(4/6) = 0.9, so each country is specialised in one technology of its own; M̃ = I, the
     * eigenvalue 1 is threefold and the order is not unique: a warning says so.
     */
    @Test
    void repeatedEigenvalueIsWarned() {
        IndicatorColumn c = TechnologyComplexity.of(TechnologyStatistics.of(Corpora.five(), CountryCount.FRACTIONAL));
        assertThat(c.isMissing()).isFalse();
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("is repeated"));
    }

    /**
     * A in {t0, t1}, B in {t1, t2}: eigenvector (1, 0, −1) for 1/2, uncorrelated with k = (1, 2, 1); the first
     * technology is made positive and a warning names the tie. z = (1, 0, −1).
     */
    @Test
    void uncorrelatedSignIsSetByTheFirstTechnology() {
        Result r = TechnologyComplexity.fromSpecialisations(3, new int[][] {{0, 1}, {1, 2}}, Solver.AUTO);
        assertThat(r.values()).containsExactly(new double[] {1, 0, -1}, within(1e-12));
        assertThat(r.eigenvalue()).isCloseTo(0.5, within(1e-12));
        assertThat(r.warnings()).singleElement().asString().contains("uncorrelated with ubiquity");
    }

    @Test
    void technologiesNobodyIsSpecialisedInGetNaN() {
        Result r = TechnologyComplexity.fromSpecialisations(5, new int[][] {{0, 2, 4}, {2, 4}, {4}}, Solver.AUTO);
        assertThat(r.values()[1]).isNaN();
        assertThat(r.values()[3]).isNaN();
        assertThat(new double[] {r.values()[0], r.values()[2], r.values()[4]})
                .containsExactly(new double[] {1, 0, -1}, within(1e-12));
    }

    @Test
    void missingWithFewerThanTwoCountries() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of("a"), List.of("US"), null, List.of(), -1, -1)
                .add("X2", 2020, List.of("C01B"), List.of("b"), List.of("US"), null, List.of(), -1, -1)
                .build();
        IndicatorColumn c = TechnologyComplexity.of(TechnologyStatistics.of(t, CountryCount.FIRST));
        assertThat(c.missingReason()).isEqualTo("it needs patents from two or more countries; the selection has 1");
    }

    @Test
    void missingWhenEveryCountryHasTheSameProfile() {
        // A and B both specialised in {t0, t1}: M̃ = all 1/2, eigenvalues 1 and 0
        Result r = TechnologyComplexity.fromSpecialisations(2, new int[][] {{0, 1}, {0, 1}}, Solver.AUTO);
        assertThat(r.values()).isNull();
        assertThat(r.missingReason()).contains("same specialisation profile");
    }

    /**
     * Published values: the Growth Lab's test fixture for its complexity packages (cid-harvard/py-ecomplexity,
     * tests/fixtures/manual_mcp_sample.csv and stata_manual_mcp.csv, 1995, ground truth from the Stata
     * {@code ecomplexity} command): a given binary M of 10 countries × 30 HS92 products and the product
     * complexity index (PCI) Stata computes from it. Stata normalises PCI with the country index's mean and
     * sd and orients it by the country index's correlation with diversity; both are affine maps, so after
     * z-scoring the two must agree up to sign. On these data Stata's PCI correlates positively (+0.035) with
     * ubiquity, and METHODS orients complexity against ubiquity: so kct = −z(PCI). Ubiquities must match.
     */
    @ParameterizedTest
    @EnumSource(Solver.class)
    void reproducesTheStataEcomplexityFixture(Solver solver) {
        String[] m = {
            "000100011000110111001101101010", // aut
            "111111100110001101011110000000", // blx
            "110101011011010010000111101010", // che
            "000001110110110110010001011110", // deu
            "101110000001101000000011000101", // dnk
            "100110100110110100111011110000", // esp
            "111101111011100011101001011110", // gbr
            "000000001000001110100000110101", // ita
            "100010000000001001101000000001", // pol
            "000001001110011000101110111001", // svn
        };
        // products 1704 1806 1905 2007 2105 3208 3402 3917 3922 4008 4010 4905 5602 6804 6810
        //          7010 7307 7308 7309 7310 7325 7604 7608 7612 7616 8309 8431 8474 8530 9403
        double[] pci = {
            -1.470491886427003,
            .9898334389413032,
            -1.28829614655021,
            .3359789984244054,
            -3.323137535581785,
            1.211838680172189,
            .7575610835667231,
            2.794806326517154,
            1.056227717927282,
            .3013836399410316,
            .9458555639215322,
            .2528276298920076,
            .7921553064524651,
            1.794091102846822,
            -3.047699996853477,
            .5947683743763661,
            1.865519843983964,
            -1.177374641095858,
            -1.81300391183786,
            .5613061109624367,
            -.928657059139727,
            1.071585041866113,
            -.590077081819932,
            1.180674892441301,
            .7101505141850155,
            .4400665963872156,
            2.140168306589086,
            -.1620847904245116,
            2.794806326517154,
            -3.434600369331548
        };
        int[] ubiquity = {6, 3, 3, 6, 4, 5, 4, 4, 5, 4, 6, 3, 5, 5, 5, 5, 5, 4, 5, 3, 6, 4, 5, 6, 5, 5, 5, 4, 4, 4};
        int[][] rows = new int[m.length][];
        int[] k = new int[30];
        for (int c = 0; c < m.length; c++) {
            List<Integer> row = new ArrayList<>();
            for (int p = 0; p < 30; p++) {
                if (m[c].charAt(p) == '1') {
                    row.add(p);
                    k[p]++;
                }
            }
            rows[c] = row.stream().mapToInt(Integer::intValue).toArray();
        }
        assertThat(k).containsExactly(ubiquity);
        Result r = TechnologyComplexity.fromSpecialisations(30, rows, solver);
        double[] expected = zScores(pci);
        for (int p = 0; p < 30; p++) expected[p] = -expected[p];
        assertThat(r.values()).containsExactly(expected, within(1e-9));
        assertThat(r.eigenvalue()).isCloseTo(0.2992867278856801, within(1e-12)); // numpy.linalg.eig of M̃
    }

    /**
     * Property: on random country × technology counts, with more technologies than countries and the other
     * way round, the technology-side and the country-side decompositions give the same complexity.
     */
    @Test
    void technologySideAndCountrySideAgree() {
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            int countries = seed % 2 == 0 ? 40 : 120;
            int technologies = seed % 2 == 0 ? 250 : 60;
            int[][] rows = randomSpecialisations(rnd, countries, technologies);
            Result tech = TechnologyComplexity.fromSpecialisations(technologies, rows, Solver.TECHNOLOGY_SIDE);
            Result country = TechnologyComplexity.fromSpecialisations(technologies, rows, Solver.COUNTRY_SIDE);
            assertThat(tech.warnings()).isEmpty();
            assertThat(country.eigenvalue()).isCloseTo(tech.eigenvalue(), within(1e-10));
            for (int i = 0; i < technologies; i++) {
                if (Double.isNaN(tech.values()[i])) {
                    assertThat(country.values()[i]).isNaN();
                } else {
                    assertThat(country.values()[i]).isCloseTo(tech.values()[i], within(1e-8));
                }
            }
        }
    }

    /** M from the RTA of random skewed counts, as the indicator does it. */
    private static int[][] randomSpecialisations(Random rnd, int countries, int technologies) {
        double[][] p = new double[countries][technologies];
        double[] rowTotal = new double[countries];
        double[] colTotal = new double[technologies];
        double total = 0;
        for (int c = 0; c < countries; c++) {
            double size = Math.exp(rnd.nextGaussian() * 1.5);
            for (int i = 0; i < technologies; i++) {
                p[c][i] = rnd.nextDouble() < 0.3 ? 0 : Math.floor(size * Math.exp(rnd.nextGaussian()) * 10);
                rowTotal[c] += p[c][i];
                colTotal[i] += p[c][i];
                total += p[c][i];
            }
        }
        int[][] rows = new int[countries][];
        for (int c = 0; c < countries; c++) {
            List<Integer> row = new ArrayList<>();
            for (int i = 0; i < technologies; i++) {
                if (p[c][i] > 0 && p[c][i] * total >= rowTotal[c] * colTotal[i]) row.add(i);
            }
            rows[c] = row.stream().mapToInt(Integer::intValue).toArray();
        }
        return rows;
    }

    private static double[] zScores(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (x.length - 1));
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) z[i] = (x[i] - mean) / sd;
        return z;
    }
}
