package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NormalizationTest {

    private static final double NAN = Double.NaN;

    /** Column a = (1, 2, 2): Σ = 5, √Σx² = √9 = 3, min 1, max 2. Column b = (3, 4, 0): Σ = 7, √Σx² = 5. */
    private static final double[][] X = {{1, 3}, {2, 4}, {2, 0}};

    @Test
    void minmaxMapsEachColumnOntoZeroOne() {
        assertMatrix(Normalization.MINMAX.apply(X), new double[][] {{0, 0.75}, {1, 1}, {1, 0}});
    }

    @Test
    void vectorDividesByTheEuclideanNorm() {
        assertMatrix(Normalization.VECTOR.apply(X), new double[][] {{1 / 3.0, 0.6}, {2 / 3.0, 0.8}, {2 / 3.0, 0}});
    }

    @Test
    void sumDividesByTheColumnTotal() {
        assertMatrix(Normalization.SUM.apply(X), new double[][] {{0.2, 3 / 7.0}, {0.4, 4 / 7.0}, {0.4, 0}});
    }

    @Test
    void noneKeepsTheValues() {
        assertMatrix(Normalization.NONE.apply(X), X);
    }

    @Test
    void applyLeavesItsInputUnchanged() {
        double[][] x = {{1, 3}, {2, 4}};
        Normalization.MINMAX.apply(x);
        assertThat(x[0]).containsExactly(1, 3);
        assertThat(x[1]).containsExactly(2, 4);
    }

    @Test
    void costColumnIsTurnedIntoBenefitBeforeNormalising() {
        // cost column (2, 4, 6, 8): x' = 8 − x = (6, 4, 2, 0); min–max → (1, 2/3, 1/3, 0)
        double[][] x = {{2, 1}, {4, 1}, {6, 1}, {8, 2}};
        double[][] oriented = Orientation.toBenefit(x, new Orientation[] {Orientation.COST, Orientation.BENEFIT});
        assertMatrix(oriented, new double[][] {{6, 1}, {4, 1}, {2, 1}, {0, 2}});
        assertMatrix(Normalization.MINMAX.apply(oriented), new double[][] {{1, 0}, {2 / 3.0, 0}, {1 / 3.0, 0}, {0, 1}});
        assertThat(x[0][0]).isEqualTo(2);
    }

    @Test
    void orientationKeepsMissingCellsMissing() {
        double[][] oriented =
                Orientation.toBenefit(new double[][] {{1}, {NAN}, {3}}, new Orientation[] {Orientation.COST});
        assertThat(oriented[0][0]).isEqualTo(2);
        assertThat(oriented[1][0]).isNaN();
        assertThat(oriented[2][0]).isEqualTo(0);
    }

    @ParameterizedTest
    @EnumSource(Normalization.class)
    void constantAllZeroAndAllMissingColumnsBecomeZeros(Normalization method) {
        double[][] x = {{5, 0, NAN, 1}, {5, 0, NAN, 2}, {5, 0, NAN, 4}};
        double[][] y = method.apply(x);
        for (double[] row : y) {
            assertThat(row[0]).isZero();
            assertThat(row[1]).isZero();
            assertThat(row[2]).isZero();
        }
        assertThat(y[2][3]).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Normalization.class)
    void negativeConstantColumnAlsoBecomesZeros(Normalization method) {
        double[][] y = method.apply(new double[][] {{-2}, {-2}});
        assertThat(y[0][0]).isZero();
        assertThat(y[1][0]).isZero();
    }

    @Test
    void nearlyConstantColumnCountsAsConstant() {
        double third = 0.1 + 0.2;
        double[][] y = Normalization.MINMAX.apply(new double[][] {{third}, {0.3}, {0.3}});
        assertThat(y[0][0]).isZero();
        assertThat(y[1][0]).isZero();
    }

    @Test
    void missingCellTakesTheColumnMinimum() {
        // observed (4, 6, 8), missing → 4: minmax (0, 0, 0.5, 1); sum (4, 4, 6, 8) / 22
        double[][] x = {{NAN}, {4}, {6}, {8}};
        assertMatrix(Normalization.MINMAX.apply(x), new double[][] {{0}, {0}, {0.5}, {1}});
        assertMatrix(Normalization.SUM.apply(x), new double[][] {{4 / 22.0}, {4 / 22.0}, {6 / 22.0}, {8 / 22.0}});
    }

    @Test
    void columnsWithoutAnyValueAreReported() {
        double[][] x = {{NAN, 1, NAN}, {NAN, NAN, NAN}};
        assertThat(Normalization.missingColumns(x)).containsExactly(0, 2);
    }

    @Test
    void negativeColumnIsShiftedForVectorSumAndNone() {
        // (−1, 0, 1, 2) shifted by 1 → (0, 1, 2, 3): Σ = 6, √Σx² = √14
        double[][] x = {{-1}, {0}, {1}, {2}};
        double r14 = Math.sqrt(14);
        assertMatrix(Normalization.SUM.apply(x), new double[][] {{0}, {1 / 6.0}, {2 / 6.0}, {3 / 6.0}});
        assertMatrix(Normalization.VECTOR.apply(x), new double[][] {{0}, {1 / r14}, {2 / r14}, {3 / r14}});
        assertMatrix(Normalization.NONE.apply(x), new double[][] {{0}, {1}, {2}, {3}});
        assertMatrix(Normalization.MINMAX.apply(x), new double[][] {{0}, {1 / 3.0}, {2 / 3.0}, {1}});
        assertThat(Normalization.SUM.shiftedColumns(new double[][] {{-1, 1, -3}, {1, 2, -3}}))
                .containsExactly(0);
        assertThat(Normalization.MINMAX.shiftedColumns(x)).isEmpty();
    }

    @Test
    void vectorNormalisationSurvivesHugeValues() {
        double[][] y = Normalization.VECTOR.apply(new double[][] {{3e200}, {4e200}});
        assertThat(y[0][0]).isCloseTo(0.6, within(1e-12));
        assertThat(y[1][0]).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void infiniteValueIsRejected() {
        assertThatThrownBy(() -> Normalization.MINMAX.apply(new double[][] {{1}, {Double.POSITIVE_INFINITY}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 0");
    }

    @Test
    void emptyMatrixGivesEmptyMatrix() {
        assertThat(Normalization.MINMAX.apply(new double[0][0])).isEmpty();
        assertThat(Normalization.VECTOR.apply(new double[][] {{}, {}})).hasDimensions(2, 0);
    }

    @Test
    void raggedMatrixIsRejected() {
        assertThatThrownBy(() -> Normalization.SUM.apply(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1");
    }

    @Test
    void idsRoundTrip() {
        for (Normalization n : Normalization.values()) {
            assertThat(Normalization.fromId(n.id())).isSameAs(n);
        }
        assertThat(Normalization.fromId(" Min-Max ")).isSameAs(Normalization.MINMAX);
        assertThatThrownBy(() -> Normalization.fromId("zscore"))
                .hasMessage("unknown normalisation 'zscore': use minmax, vector, sum or none");
        assertThat(Orientation.fromId("Cost")).isSameAs(Orientation.COST);
        assertThatThrownBy(() -> Orientation.fromId("max")).hasMessageContaining("benefit or cost");
    }

    static void assertMatrix(double[][] actual, double[][] expected) {
        assertThat(actual).hasDimensions(expected.length, expected.length == 0 ? 0 : expected[0].length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("row %d", i).containsExactly(expected[i], within(1e-12));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Normalization.class,
            names = {"MINMAX", "VECTOR", "SUM"})
    void columnsNearTheLargestDoubleGiveTheSameResultAsTheirScaledCopy(Normalization method) {
        double[][] huge = {{1e308, 1}, {-1e308, 2}, {0, 3}};
        double[][] small = {{1, 1}, {-1, 2}, {0, 3}};
        double[][] y = method.apply(huge);
        double[][] expected = method.apply(small);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[i].length; j++) {
                assertThat(y[i][j])
                        .as("%s row %d col %d", method, i, j)
                        .isFinite()
                        .isCloseTo(expected[i][j], within(1e-12));
            }
        }
        assertThat(y[0][0]).isPositive();
    }

    @Test
    void noneRefusesAColumnTooLargeToUseUnscaled() {
        assertThatThrownBy(() -> Normalization.NONE.apply(new double[][] {{1e308}, {-1e308}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }
}
