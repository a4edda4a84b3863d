package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixedAndEqualWeightingTest {

    private static final List<String> NAMES = List.of("hhi", "cr4", "complexity");
    private static final double[][] Y = {{0, 1, 0.2}, {1, 0, 0.4}, {0.5, 0.5, 0.9}};

    @Test
    void equalWeightsSkipConstantColumns() {
        assertThat(new EqualWeighting().weights(new double[][] {{0, 1, 0}, {1, 1, 0}, {0.5, 1, 1}}))
                .containsExactly(new double[] {0.5, 0, 0.5}, within(1e-12));
    }

    @Test
    void equalWeightsOverAllColumnsWhenAllAreConstant() {
        assertThat(new EqualWeighting().weights(new double[][] {{0, 1}, {0, 1}}))
                .containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    }

    @Test
    void fixedWeightsAreParsedAndNormalised() {
        FixedWeighting f = FixedWeighting.parse(" hhi = 3 , complexity=1", NAMES);
        assertThat(f.given()).containsExactly(0.75, 0, 0.25);
        assertThat(f.weights(Y)).containsExactly(0.75, 0, 0.25);
        assertThat(f.id()).isEqualTo("fixed");
    }

    @Test
    void fixedWeightOfAConstantColumnMovesToTheOthers() {
        double[][] y = {{0, 1, 0.2}, {0, 0, 0.4}};
        assertThat(FixedWeighting.parse("hhi=0.5,cr4=0.3,complexity=0.2", NAMES).weights(y))
                .containsExactly(new double[] {0, 0.6, 0.4}, within(1e-12));
    }

    @Test
    void fixedWeightsStayWhenEveryWeightedColumnIsConstant() {
        double[][] y = {{0, 1, 0.2}, {0, 0, 0.2}};
        assertThat(FixedWeighting.parse("hhi=1,complexity=1", NAMES).weights(y))
                .containsExactly(new double[] {0.5, 0, 0.5}, within(1e-12));
    }

    @Test
    void badSpecsNameTheBadItem() {
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=0.5,share=0.5", NAMES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown column 'share' in weights: expected one of hhi, cr4, complexity");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=-0.1,cr4=1", NAMES))
                .hasMessage("weight of 'hhi' is negative: -0.1");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=abc", NAMES))
                .hasMessage("weight of 'hhi' is not a number: 'abc'");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=NaN", NAMES))
                .hasMessage("weight of 'hhi' is not a finite number: 'NaN'");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=0,cr4=0", NAMES))
                .hasMessageContaining("all weights are zero");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi", NAMES))
                .hasMessageStartingWith("weight item 'hhi' is not name=weight");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=1,,cr4=1", NAMES))
                .hasMessageStartingWith("weight item '' is not name=weight");
        assertThatThrownBy(() -> FixedWeighting.parse("hhi=1,hhi=2", NAMES))
                .hasMessage("column 'hhi' is given a weight twice");
        assertThatThrownBy(() -> FixedWeighting.parse(" ", NAMES)).hasMessageStartingWith("no weights given");
    }

    @Test
    void fixedWeightsMustMatchTheMatrixWidth() {
        assertThatThrownBy(() -> new FixedWeighting(new double[] {1, 1}).weights(Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 fixed weights for a matrix of 3 columns");
    }

    @Test
    void weightingIsParsedFromACommandLineValue() {
        assertThat(Weighting.parse("entropy", NAMES)).isInstanceOf(EntropyWeighting.class);
        assertThat(Weighting.parse("CRITIC", NAMES)).isInstanceOf(CriticWeighting.class);
        assertThat(Weighting.parse("equal", NAMES)).isInstanceOf(EqualWeighting.class);
        assertThat(Weighting.parse("hhi=1", NAMES)).isInstanceOf(FixedWeighting.class);
        assertThatThrownBy(() -> Weighting.parse("ahp", NAMES)).hasMessageStartingWith("unknown weighting 'ahp'");
        for (WeightingMethod method : WeightingMethod.values()) {
            assertThat(WeightingMethod.fromId(method.id())).isSameAs(method);
            assertThat(method.weighting().id()).isEqualTo(method.id());
        }
    }
}
