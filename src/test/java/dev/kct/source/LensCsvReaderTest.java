package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class LensCsvReaderTest {

    private final LensCsvReader reader = new LensCsvReader();

    @Test
    void readsThe2015LayoutInWindows1252WithTwoDigitYears() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-2015-windows1252.csv");

        assertThat(sink.ids()).containsExactly("US20130101709A1", "DE2512345A1", "WO2014012345A1", "US8765432B2");
        PatentRecord first = sink.record("US20130101709A1");
        assertThat(ipc(first)).containsExactly("A21C 9/04", "A23L 1/00");
        assertThat(first.publicationDate()).isEqualTo(new PatentDate(2013, 4, 25));
        assertThat(first.filingDate()).isEqualTo(new PatentDate(2012, 10, 22));
        assertThat(first.priorityDate()).isEqualTo(new PatentDate(2011, 10, 24));
        assertThat(first.office()).isEqualTo("US");
        assertThat(first.priorityOffices()).containsExactly("US");
        assertThat(applicants(first)).containsExactly("ACME PIZZA INC", "BELLA CUCINA SRL");
        assertThat(first.citedByCount()).isEqualTo(3);
        assertThat(first.nplCitations()).isEqualTo(2);
        assertThat(first.familyId()).isNull();
        assertThat(first.title()).isEqualTo("Pizza assembly line");

        PatentRecord german = sink.record("DE2512345A1");
        assertThat(german.title()).isEqualTo("\u201cOfen\u201d f\u00fcr Pizza");
        assertThat(applicants(german)).containsExactly("SOCI\u00c9T\u00c9 DU FOUR SA");
        assertThat(german.publicationDate()).isEqualTo(new PatentDate(1976, 9, 21));
        assertThat(german.filingDate()).isEqualTo(new PatentDate(1975, 8, 24));
        assertThat(german.priorityDate()).isEqualTo(new PatentDate(1974, 8, 24));
        assertThat(german.priorityOffices()).containsExactly("FR", "DE");
        assertThat(ipc(german)).containsExactly("A21B 1/00", "A21B 1/40");
        assertThat(german.nplCitations()).isZero();
    }

    @Test
    void usesCpcCutToMainGroupsWhenIpcrIsEmpty() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-2015-windows1252.csv");

        PatentRecord wo = sink.record("WO2014012345A1");
        assertThat(ipc(wo)).containsExactly("A21B 3/00");
        assertThat(wo.office()).isEqualTo("WO");
        assertThat(wo.applicants()).isEmpty();
        assertThat(ipc(sink.record("US8765432B2"))).containsExactly("A21D 13/00");
        assertThat(sink.repairs)
                .containsExactly(
                        "lens/lens-2015-windows1252.csv:4 ipc-from-cpc",
                        "lens/lens-2015-windows1252.csv:5 ipc-partly-unparseable");
    }

    @Test
    void rejectsRecordsWithoutIpcOrWithABadDate() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-2015-windows1252.csv");

        assertThat(sink.rejected())
                .containsExactly(
                        "lens/lens-2015-windows1252.csv:6 IPCR Classifications: no IPC classification",
                        "lens/lens-2015-windows1252.csv:7 Publication Date: '31/02/14' is not a valid date: no such day 2014-2-31");
        assertThat(sink.rejections.get(0).raw()).startsWith("5,US,S1,US D533981 S1");
    }

    @Test
    void readsThe2016LayoutWithLensIdsIsoDatesAndCrlf() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-2016-crlf.csv");

        assertThat(sink.ids()).containsExactly("005-506-993-736-485");
        PatentRecord r = sink.records.get(0);
        assertThat(ipc(r)).containsExactly("A63H 30/04", "A63H 27/133", "G06F 3/041");
        assertThat(r.title()).isEqualTo("Verfahren zur Fernbedienung einer Drohne, insbesondere mit Drehflügeln");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2012, 5, 15));
        assertThat(r.filingDate()).isEqualTo(new PatentDate(2011, 2, 3));
        assertThat(r.priorityDate()).isEqualTo(new PatentDate(2010, 3, 11));
        assertThat(r.priorityOffices()).containsExactly("FR");
        assertThat(r.office()).isEqualTo("AT");
        assertThat(r.nplCitations()).isZero();
        assertThat(sink.rejected())
                .containsExactly(
                        "lens/lens-2016-crlf.csv:3 (record): has 4 fields but the header has 26: quote fields that contain the separator");
    }

    @Test
    void readsTheSnakeCasedCopyWithNaForEmpty() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-2018-snake-case.csv");

        PatentRecord au = sink.record("056-511-251-084-461");
        assertThat(ipc(au)).containsExactly("E02F 3/00", "E02F 9/26", "G08B 23/00");
        assertThat(au.publicationDate()).isEqualTo(new PatentDate(2017, 10, 5));
        assertThat(au.filingDate()).isEqualTo(new PatentDate(2016, 2, 12));
        assertThat(au.priorityDate()).isEqualTo(new PatentDate(2015, 1, 1));
        assertThat(au.priorityOffices()).containsExactly("JP", "US");
        assertThat(applicants(au)).containsExactly("ESCO CORP");
        assertThat(au.citedByCount()).isEqualTo(4);
        assertThat(au.nplCitations()).isNull();

        PatentRecord us = sink.record("147-473-975-260-090");
        assertThat(ipc(us)).containsExactly("B64C 39/00", "B64F 1/00");
        assertThat(us.applicants()).isEmpty();
        assertThat(sink.repairs).containsExactly("lens/lens-2018-snake-case.csv:3 ipc-from-cpc");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void readsTheAuthorCleanedLayout() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-cleaned.csv");

        assertThat(sink.ids()).containsExactly("013-820-289-119-542", "AR075121A1");
        PatentRecord at = sink.records.get(0);
        assertThat(ipc(at)).containsExactly("B64C 39/02", "B64C 27/04");
        assertThat(applicants(at)).containsExactly("SCHIEBEL GES M B H", "SCHIEBEL HANS");
        assertThat(at.office()).isEqualTo("AT");
        assertThat(at.priorityOffices()).containsExactly("AT", "DE");
        assertThat(at.priorityDate()).isEqualTo(PatentDate.ofYear(2003));
        assertThat(at.publicationDate()).isEqualTo(new PatentDate(2005, 10, 5));
        assertThat(at.citedByCount()).isEqualTo(2);
        assertThat(at.nplCitations()).isEqualTo(3);

        PatentRecord ar = sink.records.get(1);
        assertThat(ipc(ar)).containsExactly("G01V 1/00");
        assertThat(ar.office()).isEqualTo("AR");
        assertThat(ar.publicationDate()).isEqualTo(new PatentDate(2011, 3, 9));
        assertThat(ar.nplCitations()).isZero();
    }

    @Test
    void readsThe2019Layout() throws Exception {
        CollectingSink sink = Fixtures.read(reader, "lens/lens-2019.csv");

        PatentRecord r = sink.record("020-123-456-789-01X");
        assertThat(ipc(r)).containsExactly("B64C 39/02", "G05D 1/10");
        assertThat(r.priorityDate()).isEqualTo(new PatentDate(2015, 6, 18));
        assertThat(r.priorityOffices()).containsExactly("US");
        assertThat(r.citedByCount()).isEqualTo(7);
        assertThat(r.nplCitations()).isEqualTo(4);
        assertThat(r.abstractText()).isEqualTo("An aerial vehicle, that flies.");
        assertThat(applicants(r)).isEqualTo(List.of("SZ DJI TECHNOLOGY CO LTD"));
    }
}
