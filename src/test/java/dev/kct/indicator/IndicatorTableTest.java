package dev.kct.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.indicator.IndicatorTable.FamilyMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorTableTest {

    private IndicatorTable table() {
        return new IndicatorTable(new String[] {"A01B", "G06F"}, new int[] {2, 1})
                .add("share", new double[] {0.4, 0.2})
                .add("growth", new double[] {0.1, Double.NaN})
                .addMissing("forward_citations", "the source has no citation lists")
                .add(IndicatorColumn.missing("generality", "the source has no citation lists"))
                .add(IndicatorColumn.of("target_share", new double[] {0, 0}, List.of("target country JP ...")));
    }

    @Test
    void familyMatrixLeavesMissingColumnsOut() {
        FamilyMatrix m = table().matrix(IndicatorFamily.DOMINANCE, IndicatorCatalogue.defaultMix());
        assertThat(m.columns()).containsExactly("share", "growth");
        assertThat(m.values()[0]).containsExactly(0.4, 0.1);
        assertThat(m.values()[1][0]).isEqualTo(0.2);
        assertThat(m.values()[1][1]).isNaN();
    }

    @Test
    void warningsNameMissingColumnsFirst() {
        assertThat(table().warnings())
                .containsExactly(
                        "forward_citations is missing: the source has no citation lists",
                        "generality is missing: the source has no citation lists",
                        "target country JP ...");
        assertThat(table().missing())
                .extracting(IndicatorTable.MissingIndicator::name)
                .containsExactly("forward_citations", "generality");
    }

    @Test
    void aMixNameNeitherAddedNorMissingIsAnError() {
        assertThatThrownBy(() -> table().matrix(IndicatorFamily.CENTRALITY, IndicatorCatalogue.defaultMix()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("indicator degree was neither computed nor reported missing");
    }

    @Test
    void columnsAreCheckedAndCopied() {
        IndicatorTable t = table();
        assertThatThrownBy(() -> t.add("share", new double[] {1, 2}))
                .hasMessage("indicator share is already in the table");
        assertThatThrownBy(() -> t.add("degree", new double[] {1}))
                .hasMessage("degree has 1 values for 2 technologies");
        assertThatThrownBy(() -> t.column("generality"))
                .hasMessage("generality is missing: the source has no citation lists");
        double[] share = t.column("share");
        share[0] = 99;
        assertThat(t.value("share", 0)).isEqualTo(0.4);
        assertThat(t.names()).containsExactly("share", "growth", "target_share");
        assertThat(t.has("generality")).isFalse();
        assertThat(t.isMissing("generality")).isTrue();
        assertThat(t.codes()).containsExactly("A01B", "G06F");
        assertThat(t.patents()).containsExactly(2, 1);
    }
}
