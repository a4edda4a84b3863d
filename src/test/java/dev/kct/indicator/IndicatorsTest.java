package dev.kct.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    @Test
    void everyColumnOfCorpusFiveInMethodsOrder() {
        IndicatorTable t = Indicators.compute(TechnologyStatistics.of(Corpora.five(), CountryCount.FIRST), "CN");
        assertThat(t.names())
                .containsExactly(
                        "share",
                        "growth",
                        "forward_citations",
                        "generality",
                        "hhi",
                        "cr4",
                        "complexity",
                        "science_linkage",
                        "claims",
                        "target_share",
                        "target_rta");
        assertThat(t.missing()).isEmpty();
        assertThat(t.warnings()).isEmpty();
        assertThat(t.codes()).containsExactly("A01B", "G06F", "H01L");
        assertThat(t.patents()).containsExactly(2, 1, 4);
        assertThat(t.column("target_rta")).containsExactly(new double[] {0, 3, 0.75}, within(1e-15));
    }

    @Test
    void withoutTargetThereAreNoPositionColumns() {
        IndicatorTable t = Indicators.compute(Corpora.five(), CountryCount.FIRST);
        assertThat(t.has("target_share")).isFalse();
        assertThat(t.isMissing("target_share")).isFalse();
    }

    /**
     * One year, one country, no applicants, citations, claims or NPL: every column the data cannot
     * support is missing with its reason; share stays.
     */
    @Test
    void bareDataReportsEveryMissingColumn() {
        PatentTable bare = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 2020, List.of("B64C", "B64D"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("X2", 2020, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        IndicatorTable t = Indicators.compute(TechnologyStatistics.of(bare, CountryCount.FIRST), "US");
        assertThat(t.names()).containsExactly("share", "target_share", "target_rta");
        assertThat(t.warnings())
                .containsExactly(
                        "growth is missing: the selection spans a single year (2020); a growth slope needs two or more",
                        "forward_citations is missing: the source has no citation lists",
                        "generality is missing: the source has no citation lists",
                        "hhi is missing: no patent in the selection lists an applicant",
                        "cr4 is missing: no patent in the selection lists an applicant",
                        "complexity is missing: it needs patents from two or more countries; the selection has 0",
                        "science_linkage is missing: no patent in the source has an NPL reference count",
                        "claims is missing: no patent in the source has a claims count",
                        "target country US has no patent in the selection: target_share and target_rta are 0 for every "
                                + "technology");
        assertThat(t.column("share")).containsExactly(1.0, 0.5); // B64C in both patents, B64D in one
    }

    @Test
    void undatedPatentsAreNamedInTheWarnings() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X0", 0, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("X1", 2020, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("X2", 2021, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        assertThat(Indicators.compute(t, CountryCount.FIRST).warnings())
                .contains("growth: 1 patents (or families) without a year were left out");
    }
}
