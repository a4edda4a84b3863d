package dev.kct.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.aggregate.CitedPatent;
import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.indicator.TechnologyProfile.Holder;
import dev.kct.indicator.TechnologyProfile.Partner;
import dev.kct.ipc.IpcLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyProfileTest {

    private static TechnologyStatistics first() {
        return TechnologyStatistics.of(Corpora.five(), CountryCount.FIRST);
    }

    /**
     * H01L in corpus five (n = 4): applicants ACME 3/2, BETA 3/2, GAMMA 1 of 4 (keys as the index normalises them) (ties by code);
     * countries (FIRST) US 2, CN 1, DE 1 of n = 4; partners A01B (P1) and G06F (P3), one patent each;
     * cited patents P1 (3), P3 (2), P2 (1); P4 is never cited and is not listed.
     */
    @Test
    void profileOfH01L() {
        TechnologyProfile p = TechnologyProfile.of(first(), "H01L", 10);
        assertThat(p.patents()).isEqualTo(4);
        assertThat(p.applicants())
                .containsExactly(
                        new Holder("ACME", 1.5, 0.375), new Holder("BETA", 1.5, 0.375), new Holder("GAMMA", 1.0, 0.25));
        assertThat(p.countries())
                .containsExactly(new Holder("US", 2, 0.5), new Holder("CN", 1, 0.25), new Holder("DE", 1, 0.25));
        assertThat(p.partners()).containsExactly(new Partner("A01B", 1, 0.25), new Partner("G06F", 1, 0.25));
        assertThat(p.mostCited())
                .containsExactly(
                        new CitedPatent("P1", 2018, 3), new CitedPatent("P3", 2020, 2), new CitedPatent("P2", 2018, 1));
    }

    @Test
    void topNCutsEveryListAndTiesGoById() {
        // Z1 and Z2 cite both B and A; B (id "B") and A (id "A") have 2 citations each; C has 1
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("B", 2020, List.of("B64C"), List.of("x"), List.of("US"), null, List.of(), -1, -1)
                .add("A", 2020, List.of("B64C"), List.of("y"), List.of("FR"), null, List.of(), -1, -1)
                .add("C", 2020, List.of("B64C"), List.of("z"), List.of("DE"), null, List.of(), -1, -1)
                .add("Z1", 2021, List.of("B64C", "G05D"), List.of(), List.of(), null, List.of("A", "B", "C"), -1, -1)
                .add("Z2", 2021, List.of("B64C", "H04W"), List.of(), List.of(), null, List.of("A", "B"), -1, -1)
                .build();
        TechnologyProfile p = TechnologyProfile.of(TechnologyStatistics.of(t, CountryCount.FIRST), "B64C", 1);
        assertThat(p.mostCited()).containsExactly(new CitedPatent("A", 2020, 2));
        assertThat(p.applicants()).containsExactly(new Holder("X", 1, 1.0 / 3));
        assertThat(p.countries()).containsExactly(new Holder("DE", 1, 0.2));
        assertThat(p.partners()).containsExactly(new Partner("G05D", 1, 0.2));
    }

    @Test
    void unknownCode() {
        assertThatThrownBy(() -> TechnologyProfile.of(first(), "B64C", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no technology B64C in the selection at level subclass");
    }
}
