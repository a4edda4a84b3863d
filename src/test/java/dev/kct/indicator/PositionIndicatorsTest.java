package dev.kct.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionIndicatorsTest {

    private static TechnologyStatistics first() {
        return TechnologyStatistics.of(Corpora.five(), CountryCount.FIRST);
    }

    /**
     * FIRST: P_c,i = A01B {US 1}, G06F {CN 1}, H01L {US 2, CN 1, DE 1}; Σ_i P_CN,i = 2, Σ P = 6,
     * Σ_c P_c,i = (1, 1, 4).
     * target_share(CN) = (0/2, 1/1, 1/4);
     * target_rta(CN) = ((0/2)/(1/6), (1/2)/(1/6), (1/2)/(4/6)) = (0, 3, 0.75).
     */
    @Test
    void firstCountry() {
        List<IndicatorColumn> c = PositionIndicators.compute(first(), "cn");
        assertThat(c.get(0).name()).isEqualTo("target_share");
        assertThat(c.get(0).values()).containsExactly(0.0, 1.0, 0.25);
        assertThat(c.get(1).name()).isEqualTo("target_rta");
        assertThat(c.get(1).values()).containsExactly(new double[] {0, 3, 0.75}, within(1e-15));
        assertThat(c.get(0).warnings()).isEmpty();
    }

    /**
     * FRACTIONAL: P2 (US, CN) splits → H01L {US 3/2, CN 3/2, DE 1}; Σ_i P_CN,i = 1 + 3/2 = 5/2, Σ P = 6.
     * target_share(CN) = (0, 1, (3/2)/4 = 0.375);
     * target_rta(CN) = (0, (1/2.5)/(1/6) = 2.4, (1.5/2.5)/(4/6) = 0.9).
     */
    @Test
    void fractionalCountry() {
        List<IndicatorColumn> c =
                PositionIndicators.compute(TechnologyStatistics.of(Corpora.five(), CountryCount.FRACTIONAL), "CN");
        assertThat(c.get(0).values()).containsExactly(0.0, 1.0, 0.375);
        assertThat(c.get(1).values()).containsExactly(new double[] {0, 2.4, 0.9}, within(1e-15));
    }

    @Test
    void absentCountryGetsZerosAndAWarning() {
        List<IndicatorColumn> c = PositionIndicators.compute(first(), "JP");
        assertThat(c.get(0).values()).containsExactly(0.0, 0.0, 0.0);
        assertThat(c.get(1).values()).containsExactly(0.0, 0.0, 0.0);
        assertThat(c.get(0).warnings())
                .containsExactly(
                        "target country JP has no patent in the selection: target_share and target_rta are 0 for every "
                                + "technology");
    }

    /**
     * X1 (B64C) by a (US) and b (KR); X2 (C01B) by a (US). Under FIRST, KR holds nothing: zeros and a
     * warning. Under FRACTIONAL, KR holds 1/2 of X1: target_share = (1/2 / 1, 0);
     * Σ_i P_KR,i = 1/2, Σ P = 1 + 1 = 2, Σ_c P_c,B64C = 1 → target_rta(B64C) = (1/2 / 1/2) / (1/2) = 2.
     */
    @Test
    void secondApplicantCountsOnlyUnderFractional() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of("a", "b"), List.of("US", "KR"), null, List.of(), -1, -1)
                .add("X2", 2020, List.of("C01B"), List.of("a"), List.of("US"), null, List.of(), -1, -1)
                .build();
        List<IndicatorColumn> first = PositionIndicators.compute(TechnologyStatistics.of(t, CountryCount.FIRST), "KR");
        assertThat(first.get(0).values()).containsExactly(0.0, 0.0);
        assertThat(first.get(0).warnings()).hasSize(1);
        List<IndicatorColumn> fractional =
                PositionIndicators.compute(TechnologyStatistics.of(t, CountryCount.FRACTIONAL), "KR");
        assertThat(fractional.get(0).values()).containsExactly(0.5, 0.0);
        assertThat(fractional.get(1).values()).containsExactly(2.0, 0.0);
    }

    @Test
    void rtaIsNaNWhereNoPatentHasACountry() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C"), List.of("a"), List.of("US"), null, List.of(), -1, -1)
                .add("X2", 2020, List.of("C01B"), List.of("b"), Arrays.asList((String) null), null, List.of(), -1, -1)
                .build();
        List<IndicatorColumn> c = PositionIndicators.compute(TechnologyStatistics.of(t, CountryCount.FIRST), "US");
        assertThat(c.get(0).values()).containsExactly(1.0, 0.0);
        assertThat(c.get(1).values()[0]).isEqualTo(1.0);
        assertThat(c.get(1).values()[1]).isNaN();
    }
}
