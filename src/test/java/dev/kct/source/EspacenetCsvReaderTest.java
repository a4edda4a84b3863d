package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import org.junit.jupiter.api.Test;

class EspacenetCsvReaderTest {

    private static final String GERMAN = "espacenet/schraubstock-de.csv";

    @Test
    void readsTheGermanExportAfterItsPreamble() throws Exception {
        CollectingSink sink = Fixtures.read(new EspacenetCsvReader(), GERMAN);

        assertThat(sink.ids()).containsExactly("EP0903201A2", "US4315373A");
        PatentRecord ep = sink.record("EP0903201A2");
        assertThat(ipc(ep)).containsExactly("B23Q 11/00", "B25B 1/10");
        assertThat(applicants(ep)).containsExactly("SAURER ALLMA GMBH [DE]", "ALLMATIC JAKOB GMBH & CO SPANN [DE]");
        assertThat(ep.office()).isEqualTo("EP");
        assertThat(ep.publicationDate()).isEqualTo(new PatentDate(1999, 3, 24));
        assertThat(ep.priorityDate()).isEqualTo(new PatentDate(1997, 9, 20));
        assertThat(ep.priorityOffices()).isEmpty();
        assertThat(ep.familyId()).isEqualTo("007843092");
        assertThat(ep.title()).isEqualTo("Maschinenschraubstock");
        assertThat(sink.locations.get(0)).isEqualTo(new SourceLocation(GERMAN, 9));
    }

    @Test
    void takesCpcWithoutAllocatingOfficesWhenIpcIsEmpty() throws Exception {
        CollectingSink sink = Fixtures.read(new EspacenetCsvReader(), GERMAN);

        PatentRecord us = sink.record("US4315373A");
        assertThat(ipc(us)).containsExactly("B25B 1/00");
        assertThat(applicants(us)).containsExactly("KURT MFG CO");
        assertThat(us.priorityDate()).isNull();
        assertThat(sink.repairs).containsExactly(GERMAN + ":17 ipc-from-cpc");
    }

    @Test
    void rejectsRowsWithoutClassificationOrWithABadDate() throws Exception {
        CollectingSink sink = Fixtures.read(new EspacenetCsvReader(), GERMAN);

        assertThat(sink.rejected())
                .containsExactly(
                        GERMAN + ":20 IPC: no IPC classification",
                        GERMAN
                                + ":21 Früheste Priorität: '2000-13-01' is not a valid date: month 13 is out of range 1-12");
    }

    @Test
    void readsTheEnglishHeaderNames() throws Exception {
        CollectingSink sink = Fixtures.read(new EspacenetCsvReader(), "espacenet/vise-en.csv");

        PatentRecord gb = sink.record("GB2345678A");
        assertThat(ipc(gb)).containsExactly("B25B 1/24");
        assertThat(applicants(gb)).containsExactly("VISE WORKS LTD [GB]", "JONES ANN");
        assertThat(gb.publicationDate()).isEqualTo(new PatentDate(2000, 7, 12));
        assertThat(gb.priorityDate()).isEqualTo(new PatentDate(1999, 1, 5));
        assertThat(gb.familyId()).isEqualTo("019876543");
        assertThat(gb.office()).isEqualTo("GB");
    }
}
