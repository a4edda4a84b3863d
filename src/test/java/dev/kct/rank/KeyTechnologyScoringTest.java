package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTechnologyScoringTest {

    private static final String[] CODES = {"A01B", "B01C", "C01D"};

    private static double[][] column(double... v) {
        double[][] m = new double[v.length][1];
        for (int i = 0; i < v.length; i++) m[i][0] = v[i];
        return m;
    }

    @Test
    void familiesThenKeyScoreByHand() {
        // One column per family: min-max gives y = (0, .5, 1) and (1, 0, .5); a single column gets weight 1,
        // and TOPSIS on one column returns y itself, so the family scores are those columns.
        // Both columns hold the same values in another order, so their entropies are equal and the key
        // weights are .5/.5. v = .5 y: rows (0,.5), (.25,0), (.5,.25); ideal (.5,.5), anti-ideal (0,0).
        // row0: D+ = .5, D- = .5 -> .5; row1: D+ = sqrt(.0625+.25), D- = .25 -> .25/(.25+.5590) = .30902;
        // row2: D+ = .25, D- = sqrt(.25+.0625) = .5590 -> .5590/.8090 = .69098.
        KeyTechnologyScoring.Result r = KeyTechnologyScoring.score(
                CODES,
                List.of(
                        new KeyTechnologyScoring.Family("centrality", List.of("degree"), column(0, 1, 2)),
                        new KeyTechnologyScoring.Family("dominance", List.of("share"), column(10, 0, 5))),
                KeyTechnologyScoring.Settings.defaults());
        assertThat(r.familyScore("centrality")).containsExactly(new double[] {0, .5, 1}, within(1e-12));
        assertThat(r.familyScore("dominance")).containsExactly(new double[] {1, 0, .5}, within(1e-12));
        assertThat(r.key().weights()).containsExactly(new double[] {.5, .5}, within(1e-12));
        double d = Math.sqrt(.3125);
        assertThat(r.keyScore()).containsExactly(new double[] {.5, .25 / (.25 + d), d / (d + .25)}, within(1e-12));
        assertThat(r.keyRank()).containsExactly(2, 3, 1);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void emptyFamilyIsLeftOutWithAWarning() {
        KeyTechnologyScoring.Result r = KeyTechnologyScoring.score(
                CODES,
                List.of(
                        new KeyTechnologyScoring.Family("centrality", List.of("degree"), column(0, 1, 2)),
                        new KeyTechnologyScoring.Family("barrier", List.of(), new double[3][0])),
                KeyTechnologyScoring.Settings.defaults());
        assertThat(r.familyScore("barrier")).isNull();
        assertThat(r.keyScore()).containsExactly(new double[] {0, .5, 1}, within(1e-12));
        assertThat(r.warnings()).singleElement().asString().contains("barrier family has no usable indicator");
    }

    @Test
    void fixedWeightsSpanFamiliesAndUnnamedFamiliesGetEqualWeights() {
        double[][] two = {{0, 1}, {1, 0}, {2, 2}};
        KeyTechnologyScoring.Settings s = new KeyTechnologyScoring.Settings(
                Normalization.MINMAX, WeightsSpec.parse("degree=3,betweenness=1"), AggregationMethod.WSUM, null);
        KeyTechnologyScoring.Result r = KeyTechnologyScoring.score(
                CODES,
                List.of(
                        new KeyTechnologyScoring.Family("centrality", List.of("degree", "betweenness"), two),
                        new KeyTechnologyScoring.Family("dominance", List.of("share", "growth"), two)),
                s);
        assertThat(r.families().get("centrality").weights()).containsExactly(new double[] {.75, .25}, within(1e-12));
        assertThat(r.families().get("dominance").weights()).containsExactly(new double[] {.5, .5}, within(1e-12));
        assertThat(s.effectiveFamilyWeights().id()).isEqualTo("equal");
        // wsum: centrality = .75*(0, .5, 1) + .25*(.5, 0, 1) = (.125, .375, 1)
        assertThat(r.familyScore("centrality")).containsExactly(new double[] {.125, .375, 1}, within(1e-12));
        assertThatThrownBy(() -> KeyTechnologyScoring.score(
                        CODES,
                        List.of(new KeyTechnologyScoring.Family("centrality", List.of("degree", "betweenness"), two)),
                        new KeyTechnologyScoring.Settings(
                                Normalization.MINMAX, WeightsSpec.parse("bogus=1"), AggregationMethod.TOPSIS, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus");
    }
}
