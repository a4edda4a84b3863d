package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.ipc.IpcLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PatentTable#resample}: copies of rows with their columns, citations among the copies. */
class PatentTableResampleTest {

    private static PatentTable table() {
        return IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("A", 2010, List.of("H01L 21/00"), List.of("ACME"), List.of("US"), null, List.of("B", "C"), 10, 1)
                .add(
                        "B",
                        2011,
                        List.of("G06F 3/00", "H01L 1/00"),
                        List.of("BETA"),
                        List.of("CN"),
                        null,
                        List.of(),
                        5,
                        -1)
                .add("C", 2012, List.of("A61K 9/00"), List.of("GAMMA"), List.of("DE"), null, List.of("B"), -1, 2)
                .build();
    }

    private static List<String> ids(PatentTable t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) out.add(t.id(r));
        return out;
    }

    @Test
    void copiesRowsWithTheirColumnsAndKeepsOnlyUsedTechnologies() {
        PatentTable t = table();
        int a = IndexedTable.row(t, "A");
        int b = IndexedTable.row(t, "B");
        int c = IndexedTable.row(t, "C");
        int[] m = new int[3];
        m[a] = 2;
        m[c] = 1;
        PatentTable r = t.resample(m);
        assertThat(r.size()).isEqualTo(3);
        assertThat(ids(r)).containsExactlyInAnyOrder("A", "A", "C");
        assertThat(r.technologies().labels()).containsExactly("A61K", "H01L");
        int firstA = ids(r).indexOf("A");
        assertThat(r.claims(firstA)).isEqualTo(10);
        assertThat(r.npl(firstA)).isEqualTo(1);
        assertThat(r.year(firstA)).isEqualTo(2010);
        assertThat(r.countryLabels()).isEqualTo(t.countryLabels());
        assertThat(r.countryLabels()[r.country(firstA)]).isEqualTo("US");
        int rc = ids(r).indexOf("C");
        assertThat(r.citedEnd(rc) - r.citedStart(rc))
                .as("C cites B, which is not drawn")
                .isZero();
        assertThat(r.citedEnd(firstA) - r.citedStart(firstA))
                .as("A cites B (not drawn) and C (drawn once)")
                .isEqualTo(1);
        assertThat(r.citedRows()[r.citedStart(firstA)]).isEqualTo(rc);
        assertThat(b).isNotNegative();
    }

    @Test
    void aCopyCitesEveryCopyOfWhatItCites() {
        PatentTable t = table();
        int[] m = new int[3];
        m[IndexedTable.row(t, "A")] = 1;
        m[IndexedTable.row(t, "B")] = 3;
        PatentTable r = t.resample(m);
        int ra = ids(r).indexOf("A");
        List<String> cited = new ArrayList<>();
        for (int k = r.citedStart(ra); k < r.citedEnd(ra); k++) cited.add(r.id(r.citedRows()[k]));
        assertThat(cited).containsExactly("B", "B", "B");
        assertThat(r.technologies().labels()).containsExactly("G06F", "H01L");
    }

    @Test
    void allOnesIsTheSameTable() {
        PatentTable t = table();
        PatentTable r = t.resample(new int[] {1, 1, 1});
        assertThat(ids(r)).isEqualTo(ids(t));
        assertThat(r.citedRows()).isEqualTo(t.citedRows());
        assertThat(r.technologies().ids()).isEqualTo(t.technologies().ids());
        assertThat(r.applicants().labels()).isEqualTo(t.applicants().labels());
    }

    @Test
    void refusesWrongLengthsAndNegativeCounts() {
        PatentTable t = table();
        assertThatThrownBy(() -> t.resample(new int[2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.resample(new int[] {1, -1, 1})).isInstanceOf(IllegalArgumentException.class);
    }
}
