package dev.kct.indicator;

import static dev.kct.indicator.Corpora.A01B;
import static dev.kct.indicator.Corpora.G06F;
import static dev.kct.indicator.Corpora.H01L;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class DominanceIndicatorsTest {

    private final TechnologyStatistics stats = TechnologyStatistics.of(Corpora.five(), CountryCount.FIRST);

    @Test
    void shareIsPatentsOverTheSelection() {
        // n = (2, 1, 4), N = 5
        assertThat(DominanceIndicators.share(stats).values()).containsExactly(0.4, 0.2, 0.8);
    }

    /**
     * Years 2018, 2019, 2020 → t − t̄ = (−1, 0, 1), Σ(t − t̄)² = 2,
     * slope = (y₂₀₂₀ − y₂₀₁₈) / 2 with y = ln(1 + n):
     * A01B n = (1, 0, 1): (ln 2 − ln 2) / 2 = 0 (the empty 2019 counts as ln 1 = 0 but has weight 0);
     * G06F n = (0, 0, 1): (ln 2 − 0) / 2 = 0.346574;
     * H01L n = (2, 1, 1): (ln 2 − ln 3) / 2 = −0.202733.
     */
    @Test
    void growthIsTheSlopeOfLogCountsOverEveryYear() {
        double[] g = DominanceIndicators.growth(stats).values();
        assertThat(g[A01B]).isCloseTo(0, within(1e-15));
        assertThat(g[G06F]).isCloseTo(Math.log(2) / 2, within(1e-15));
        assertThat(g[H01L]).isCloseTo((Math.log(2) - Math.log(3)) / 2, within(1e-15));
    }

    /** The zero years matter when they are not in the middle: n = (0, 0, 3, 0, 5) over 2016–2020. */
    @Test
    void growthAgreesWithCommonsMathRegressionIncludingZeroYears() {
        IndexedTable.Builder b = IndexedTable.builder(IpcLevel.SUBCLASS);
        int[] counts = {0, 0, 3, 0, 5};
        int id = 0;
        for (int y = 0; y < counts.length; y++) {
            for (int k = 0; k < counts[y]; k++) {
                b.add("X" + id++, 2016 + y, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1);
            }
        }
        b.add("Y0", 2016, List.of("A01B"), List.of(), List.of(), null, List.of(), -1, -1);
        b.add("Y1", 2020, List.of("A01B"), List.of(), List.of(), null, List.of(), -1, -1);
        TechnologyStatistics s = TechnologyStatistics.of(b.build(), CountryCount.FIRST);
        SimpleRegression r = new SimpleRegression();
        for (int y = 0; y < counts.length; y++) r.addData(2016 + y, Math.log1p(counts[y]));
        assertThat(DominanceIndicators.growth(s).values()[1]).isCloseTo(r.getSlope(), within(1e-14));
    }

    @Test
    void growthIsMissingForASingleYear() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        IndicatorColumn g = DominanceIndicators.growth(TechnologyStatistics.of(t, CountryCount.FIRST));
        assertThat(g.isMissing()).isTrue();
        assertThat(g.missingReason()).contains("single year (2020)");
    }

    @Test
    void forwardCitationsPerPatent() {
        // A01B (3 + 0) / 2; G06F 2 / 1; H01L (3 + 1 + 2 + 0) / 4
        assertThat(DominanceIndicators.forwardCitations(stats).values()).containsExactly(1.5, 2.0, 1.5);
    }

    /** Per-patent generality from TechnologyStatisticsTest: P1 5/18, P3 1/2. */
    @Test
    void generalityIsTheMeanOverPatentsCitedAtLeastTwice() {
        double[] g = DominanceIndicators.generality(stats).values();
        assertThat(g[A01B]).isCloseTo(5.0 / 18, within(1e-15)); // P1 only
        assertThat(g[G06F]).isCloseTo(0.5, within(1e-15)); // P3 only
        assertThat(g[H01L]).isCloseTo((5.0 / 18 + 0.5) / 2, within(1e-15)); // P1, P3 = 7/18
    }

    @Test
    void generalityIsNaNForATechnologyWithoutPatentCitedTwice() {
        // Z1 cites X1 twice over (Z1, Z2); X2 (C01B) is cited once only
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("X2", 2020, List.of("C01B"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("Z1", 2021, List.of("B64C"), List.of(), List.of(), null, List.of("X1", "X2"), -1, -1)
                .add("Z2", 2021, List.of("B64D"), List.of(), List.of(), null, List.of("X1"), -1, -1)
                .build();
        double[] g = DominanceIndicators.generality(TechnologyStatistics.of(t, CountryCount.FIRST))
                .values();
        // labels B64C, B64D, C01B; X1's citing classes B64C, B64D: 1 − 1/4 − 1/4 = 1/2
        assertThat(g[0]).isEqualTo(0.5);
        assertThat(g[1]).isNaN();
        assertThat(g[2]).isNaN();
    }

    @Test
    void citationColumnsAreMissingWithoutCitationData() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("X2", 2021, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        TechnologyStatistics s = TechnologyStatistics.of(t, CountryCount.FIRST);
        assertThat(DominanceIndicators.forwardCitations(s).missingReason())
                .isEqualTo("the source has no citation lists");
        assertThat(DominanceIndicators.generality(s).missingReason()).isEqualTo("the source has no citation lists");
    }

    @Test
    void citationsOnlyOutsideTheSelectionGiveZerosNotMissing() {
        // X1 cites a patent outside the selection: the source has citation lists, none resolve
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of(), List.of(), null, List.of("OUTSIDE"), -1, -1)
                .build();
        TechnologyStatistics s = TechnologyStatistics.of(t, CountryCount.FIRST);
        assertThat(DominanceIndicators.forwardCitations(s).values()).containsExactly(0.0);
        assertThat(DominanceIndicators.generality(s).missingReason())
                .isEqualTo("no patent has two or more forward citations inside the selection");
    }
}
