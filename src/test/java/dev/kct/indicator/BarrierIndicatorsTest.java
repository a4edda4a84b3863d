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
import org.junit.jupiter.api.Test;

class BarrierIndicatorsTest {

    private final TechnologyStatistics stats = TechnologyStatistics.of(Corpora.five(), CountryCount.FIRST);

    /**
     * A01B: only acme (P5 has no applicant and is left out) → s = (1), hhi = 1, cr4 = 1.
     * G06F: one patent, one applicant → hhi = 1, cr4 = 1.
     * H01L: acme 3/2, beta 3/2, gamma 1 of 4 → s = (3/8, 3/8, 1/4),
     *   hhi = 9/64 + 9/64 + 4/64 = 22/64 = 0.34375, cr4 = 1 (three holders).
     */
    @Test
    void concentrationOnFractionalApplicantShares() {
        assertThat(BarrierIndicators.hhi(stats).values()).containsExactly(1.0, 1.0, 0.34375);
        assertThat(BarrierIndicators.cr4(stats).values()).containsExactly(1.0, 1.0, 1.0);
    }

    /**
     * Five patents in B64C: Q1 a, Q2 a, Q3 b, Q4 c + d, Q5 e → a 2, b 1, e 1, c 1/2, d 1/2 of 5:
     * cr4 = (2 + 1 + 1 + 1/2) / 5 = 0.9; hhi = (4 + 1 + 1 + 1/4 + 1/4) / 25 = 0.26.
     */
    @Test
    void cr4KeepsTheFourLargestOfFive() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("Q1", 2020, List.of("B64C"), List.of("a"), List.of("US"), null, List.of(), -1, -1)
                .add("Q2", 2020, List.of("B64C"), List.of("a"), List.of("US"), null, List.of(), -1, -1)
                .add("Q3", 2020, List.of("B64C"), List.of("b"), List.of("US"), null, List.of(), -1, -1)
                .add("Q4", 2020, List.of("B64C"), List.of("c", "d"), List.of("US", "US"), null, List.of(), -1, -1)
                .add("Q5", 2020, List.of("B64C"), List.of("e"), List.of("US"), null, List.of(), -1, -1)
                .build();
        TechnologyStatistics s = TechnologyStatistics.of(t, CountryCount.FIRST);
        assertThat(BarrierIndicators.cr4(s).values()[0]).isCloseTo(0.9, within(1e-15));
        assertThat(BarrierIndicators.hhi(s).values()[0]).isCloseTo(0.26, within(1e-15));
    }

    @Test
    void familiesChangeTheShares() {
        // byFamily: H01L = U1 (acme 1/2, beta 1/2), P3 gamma 1, P4 beta 1 → s = (1/6, 1/2, 1/3), hhi = 14/36
        TechnologyStatistics f = TechnologyStatistics.of(Corpora.five().byFamily(), CountryCount.FIRST);
        assertThat(BarrierIndicators.hhi(f).values()[H01L]).isCloseTo(7.0 / 18, within(1e-15));
    }

    @Test
    void technologyWithoutApplicantsHasNaNAndNoApplicantsAtAllIsMissing() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of("a"), List.of("US"), null, List.of(), -1, -1)
                .add("X2", 2020, List.of("C01B"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        assertThat(BarrierIndicators.hhi(TechnologyStatistics.of(t, CountryCount.FIRST))
                        .values())
                .containsExactly(1.0, Double.NaN);
        PatentTable none = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X2", 2020, List.of("C01B"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        TechnologyStatistics s = TechnologyStatistics.of(none, CountryCount.FIRST);
        assertThat(BarrierIndicators.hhi(s).missingReason()).isEqualTo("no patent in the selection lists an applicant");
        assertThat(BarrierIndicators.cr4(s).isMissing()).isTrue();
    }

    @Test
    void scienceLinkageAndClaimsAverageKnownCounts() {
        // NPL: A01B P1 2 (P5 unknown) → 2; G06F P3 4; H01L (2 + 4 + 0) / 3 = 2
        assertThat(BarrierIndicators.scienceLinkage(stats).values()).containsExactly(2.0, 4.0, 2.0);
        // claims: A01B (10 + 8) / 2 = 9; G06F unknown → NaN; H01L (10 + 20 + 6) / 3 = 12
        double[] claims = BarrierIndicators.claims(stats).values();
        assertThat(claims[A01B]).isEqualTo(9.0);
        assertThat(claims[G06F]).isNaN();
        assertThat(claims[H01L]).isEqualTo(12.0);
    }

    @Test
    void scienceLinkageAndClaimsAreMissingWhenTheSourceHasNone() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        TechnologyStatistics s = TechnologyStatistics.of(t, CountryCount.FIRST);
        assertThat(BarrierIndicators.scienceLinkage(s).missingReason())
                .isEqualTo("no patent in the source has an NPL reference count");
        assertThat(BarrierIndicators.claims(s).missingReason()).isEqualTo("no patent in the source has a claims count");
    }
}
