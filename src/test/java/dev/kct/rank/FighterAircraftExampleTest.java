package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The fighter-aircraft example of Hwang, C.-L. &amp; Yoon, K. (1981), <i>Multiple Attribute Decision Making:
 * Methods and Applications</i>, Springer (Lecture Notes in Economics and Mathematical Systems 186), reused
 * throughout the book and in Yoon &amp; Hwang (1995), <i>Multiple Attribute Decision Making: An Introduction</i>.
 *
 * <p>Decision matrix (four aircraft; qualitative ratings on the book's interval scale low = 3,
 * average = 5, high = 7, very high = 9):
 * <pre>
 *        max speed  ferry range  max payload  cost ($10⁶)  reliability  maneuverability
 *   A1      2.0        1500        20000         5.5        average (5)  very high (9)
 *   A2      2.5        2700        18000         6.5        low (3)      average (5)
 *   A3      1.8        2000        21000         4.5        high (7)     high (7)
 *   A4      2.2        1800        20000         5.0        average (5)  average (5)
 * </pre>
 * Cost is the only cost attribute. TOPSIS weights w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3).
 *
 * <p>Published: vector-normalised matrix, first row (0.4671, 0.3662, 0.5056, 0.5069, 0.4811, 0.6708);
 * relative closeness C* = (0.643, 0.268, 0.613, 0.312), order A1 &gt; A3 &gt; A4 &gt; A2. The other rows of the
 * normalised matrix and all unrounded expected values below were recomputed in Python/NumPy from this data
 * table (independently of kct); they agree with the published figures to their printed precision, except that
 * the book's closeness of A3 is computed from rounded separation measures (see the TOPSIS test).
 */
class FighterAircraftExampleTest {

    private static final double[][] X = {
        {2.0, 1500, 20000, 5.5, 5, 9},
        {2.5, 2700, 18000, 6.5, 3, 5},
        {1.8, 2000, 21000, 4.5, 7, 7},
        {2.2, 1800, 20000, 5.0, 5, 5},
    };
    private static final int COST = 3;
    private static final double[] W = {0.2, 0.1, 0.1, 0.1, 0.2, 0.3};

    @Test
    void vectorNormalisationMatchesThePublishedMatrix() {
        double[][] r = Normalization.VECTOR.apply(X);
        assertThat(r[0]).containsExactly(new double[] {0.4671, 0.3662, 0.5056, 0.5069, 0.4811, 0.6708}, within(1e-4));
        assertThat(r[1]).containsExactly(new double[] {0.5839, 0.6591, 0.4550, 0.5990, 0.2887, 0.3727}, within(1e-4));
        assertThat(r[2]).containsExactly(new double[] {0.4204, 0.4882, 0.5308, 0.4147, 0.6736, 0.5217}, within(1e-4));
        assertThat(r[3]).containsExactly(new double[] {0.5139, 0.4394, 0.5056, 0.4608, 0.4811, 0.3727}, within(1e-4));
    }

    /**
     * Classic TOPSIS takes the minimum of a cost column as its ideal. Negating that column of the normalised
     * matrix turns its minimum into a maximum and leaves every distance unchanged, so kct's benefit-only
     * {@link Topsis} reproduces the classic result exactly.
     */
    @Test
    void topsisClosenessMatchesThePublishedValues() {
        double[][] r = Normalization.VECTOR.apply(X);
        for (double[] row : r) {
            row[COST] = -row[COST];
        }
        Topsis.Result result = new Topsis().evaluate(r, W);

        // The book divides separation measures already rounded to four decimals (A3: 0.0920 / (0.0580 + 0.0920)
        // = 0.6133, printed 0.613); unrounded, A3's closeness is 0.61354. Hence 1e-3 against the printed figures.
        assertThat(result.scores()).containsExactly(new double[] {0.643, 0.268, 0.613, 0.312}, within(1e-3));
        assertThat(result.scores())
                .containsExactly(new double[] {0.6432770006, 0.2683835677, 0.6135422900, 0.3122910656}, within(1e-6));
        assertThat(result.dPlus())
                .containsExactly(new double[] {0.0545574483, 0.1196793076, 0.0579767163, 0.1009367106}, within(1e-6));
        assertThat(result.dMinus())
                .containsExactly(new double[] {0.0983832042, 0.0439027312, 0.0920441392, 0.0458357182}, within(1e-6));
        assertThat(Ranking.order(result.scores(), new String[] {"A1", "A2", "A3", "A4"}))
                .containsExactly(0, 2, 3, 1);
    }

    /**
     * Entropy weights of the same raw table (p_ij = x_ij / Σ_i x_ij; direction does not matter to entropy).
     * Expected values recomputed in Python/NumPy from the data table with the formula of docs/METHODS.md step 2:
     * e = (0.994689, 0.982948, 0.998888, 0.993271, 0.970323, 0.977141).
     */
    @Test
    void entropyWeightsOfTheRawTable() {
        EntropyWeighting entropy = new EntropyWeighting();
        assertThat(entropy.entropies(X))
                .containsExactly(
                        new double[] {0.9946889253, 0.9829482136, 0.9988875912, 0.9932710971, 0.9703227248, 0.9771411972
                        },
                        within(1e-6));
        assertThat(entropy.weights(X))
                .containsExactly(
                        new double[] {0.0641897346, 0.2060881642, 0.0134445909, 0.0813256286, 0.3586800243, 0.2762718573
                        },
                        within(1e-6));
    }

    /**
     * CRITIC weights of the table with cost turned into a benefit (x' = max − x). Expected values recomputed in
     * Python/NumPy (min–max, sample standard deviation, numpy.corrcoef) from the data table.
     */
    @Test
    void criticWeightsOfTheOrientedTable() {
        Orientation[] o = new Orientation[6];
        Arrays.fill(o, Orientation.BENEFIT);
        o[COST] = Orientation.COST;
        double[][] x = Orientation.toBenefit(X, o);
        CriticWeighting critic = new CriticWeighting();
        assertThat(critic.information(x))
                .containsExactly(
                        new double[] {3.3139102139, 2.9337880838, 1.7842861828, 1.8350778443, 1.6989481183, 2.4834568818
                        },
                        within(1e-6));
        assertThat(critic.weights(x))
                .containsExactly(
                        new double[] {0.2358744383, 0.2088184567, 0.1270002728, 0.1306154747, 0.1209261589, 0.1767651986
                        },
                        within(1e-6));
    }
}
