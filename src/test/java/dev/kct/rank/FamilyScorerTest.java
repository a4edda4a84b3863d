package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyScorerTest {

    private static final List<String> AB = List.of("a", "b");
    private static final double[][] X = {{1, 10}, {2, 30}, {3, 20}};

    /**
     * By hand: min–max gives a = (0, 1/2, 1), b = (0, 1, 1/2); equal weights 1/2; v = y/2.
     * Ideal (1/2, 1/2), anti-ideal (0, 0).
     * Row 1 = (0, 0): D⁺ = √(1/2) = 0.707107, D⁻ = 0, s = 0.
     * Row 2 = (1/4, 1/2): D⁺ = 1/4, D⁻ = √(1/16 + 1/4) = √5/4 = 0.559017, s = √5/(1 + √5) = 0.690983.
     * Row 3 = (1/2, 1/4): the mirror image of row 2, s = 0.690983.
     */
    @Test
    void minmaxEqualTopsisByHand() {
        FamilyScorer scorer = new FamilyScorer(Normalization.MINMAX, new EqualWeighting(), new Topsis());
        FamilyScorer.Result r = scorer.score(AB, X);

        NormalizationTest.assertMatrix(r.normalized(), new double[][] {{0, 0}, {0.5, 1}, {1, 0.5}});
        assertThat(r.weightsByColumn()).containsExactly(entry("a", 0.5), entry("b", 0.5));
        assertThat(r.scores()).containsExactly(new double[] {0, 0.690983, 0.690983}, within(1e-6));
        assertThat(r.topsis()).isPresent();
        assertThat(r.topsis().get().dPlus()).containsExactly(new double[] {0.707107, 0.25, 0.25}, within(1e-6));
        assertThat(r.topsis().get().dMinus()).containsExactly(new double[] {0, 0.559017, 0.559017}, within(1e-6));
        assertThat(r.warnings()).isEmpty();
        assertThat(Ranking.order(r.scores(), new String[] {"A01B", "H04W", "H01L"}))
                .containsExactly(2, 1, 0);
    }

    /**
     * b as a cost: b' = 30 − b = (20, 0, 10), min–max (1, 0, 1/2); y = [[0, 1], [1/2, 0], [1, 1/2]].
     * v = y/2; ideal (1/2, 1/2), anti-ideal (0, 0).
     * Row 1 = (0, 1/2): D⁺ = D⁻ = 1/2, s = 1/2. Row 2 = (1/4, 0): D⁺ = √5/4, D⁻ = 1/4, s = 1/(1 + √5) = 0.309017.
     * Row 3 = (1/2, 1/4): D⁺ = 1/4, D⁻ = √5/4, s = 0.690983.
     */
    @Test
    void costColumnByHand() {
        FamilyScorer scorer = new FamilyScorer(Normalization.MINMAX, new EqualWeighting(), new Topsis());
        FamilyScorer.Result r = scorer.score(AB, X, new Orientation[] {Orientation.BENEFIT, Orientation.COST});
        assertThat(r.scores()).containsExactly(new double[] {0.5, 0.309017, 0.690983}, within(1e-6));
    }

    @Test
    void weightedSumHasNoDistances() {
        FamilyScorer scorer = new FamilyScorer(Normalization.MINMAX, new EqualWeighting(), new WeightedSum());
        FamilyScorer.Result r = scorer.score(AB, X);
        assertThat(r.scores()).containsExactly(new double[] {0, 0.75, 0.75}, within(1e-12));
        assertThat(r.topsis()).isEmpty();
    }

    @Test
    void missingConstantAndNegativeColumnsAreNamedInWarnings() {
        double nan = Double.NaN;
        double[][] x = {{1, 7, nan, -2}, {nan, 7, nan, 1}, {3, 7, nan, 4}};
        FamilyScorer scorer = new FamilyScorer(Normalization.SUM, new EntropyWeighting(), new Topsis());
        FamilyScorer.Result r = scorer.score(List.of("share", "flat", "absent", "growth"), x);

        assertThat(r.warnings())
                .containsExactly(
                        "'share' is missing for 1 of 3 alternatives; those take the column's lowest value",
                        "'flat' is the same for every alternative, so it cannot tell them apart",
                        "'absent' has no values, so it cannot tell the alternatives apart",
                        "'growth' has negative values; shifted by its minimum before sum normalisation");
        assertThat(r.weights()[1]).isZero();
        assertThat(r.weights()[2]).isZero();
        assertThat(r.weights()[0] + r.weights()[3]).isCloseTo(1, within(1e-12));
        for (double s : r.scores()) {
            assertThat(s).isBetween(0.0, 1.0);
        }
    }

    @Test
    void fixedWeightsByName() {
        FamilyScorer scorer =
                new FamilyScorer(Normalization.MINMAX, FixedWeighting.parse("b=1", AB), new WeightedSum());
        FamilyScorer.Result r = scorer.score(AB, X);
        assertThat(r.weights()).containsExactly(0, 1);
        assertThat(r.scores()).containsExactly(new double[] {0, 1, 0.5}, within(1e-12));
    }

    @Test
    void familyScoresCombineIntoAKeyScoreTheSameWay() {
        // three alternatives that each lead one family: by symmetry every key score is equal
        double[][] families = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        FamilyScorer scorer = new FamilyScorer(Normalization.MINMAX, new EntropyWeighting(), new Topsis());
        FamilyScorer.Result r = scorer.score(List.of("centrality", "dominance", "barrier"), families);
        assertThat(r.weights()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
        assertThat(r.scores()[0]).isCloseTo(r.scores()[1], within(1e-12)).isCloseTo(r.scores()[2], within(1e-12));
    }

    @Test
    void noAlternatives() {
        FamilyScorer scorer = new FamilyScorer(Normalization.MINMAX, new EntropyWeighting(), new Topsis());
        FamilyScorer.Result r = scorer.score(AB, new double[0][]);
        assertThat(r.scores()).isEmpty();
        assertThat(r.weights()).hasSize(2);
        assertThat(r.warnings()).containsExactly("no alternatives to score");
    }

    @Test
    void namesMustMatchTheMatrix() {
        FamilyScorer scorer = new FamilyScorer(Normalization.MINMAX, new EntropyWeighting(), new Topsis());
        assertThatThrownBy(() -> scorer.score(List.of("a"), X)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scorer.score(List.of("a", "a"), X)).hasMessageContaining("repeat");
    }
}
