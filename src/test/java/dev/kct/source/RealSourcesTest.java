package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Reads the real exports in {@code ../shared/data} (next to the checkout) and checks record counts and a
 * few records against the files. Totals were counted independently with Python's csv module (and, for
 * XML, by counting declarations); accepted counts were cross-checked with a Python approximation of the
 * IPC rules. Skips where the folder is absent.
 */
class RealSourcesTest {

    private static final Path DATA = Path.of("../shared/data");

    private static CollectingSink read(String file, String expectedFormat) throws Exception {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is absent: real-data tests skipped");
        Path path = DATA.resolve(file);
        PatentReader reader = SourceFormats.detect(path, file);
        assertThat(reader.format()).isEqualTo(expectedFormat);
        CollectingSink sink = new CollectingSink();
        reader.read(path, file, sink);
        return sink;
    }

    private static void assertCounts(CollectingSink sink, int records, int accepted) {
        assertThat(sink.records.size() + sink.rejections.size()).isEqualTo(records);
        assertThat(sink.records).hasSize(accepted);
    }

    @Test
    void lensDrones2017() throws Exception {
        CollectingSink sink = read("lens-drones-2017/lens_drones.csv", "lens");

        assertCounts(sink, 9071, 9070);
        assertThat(sink.rejected())
                .containsExactly("lens-drones-2017/lens_drones.csv:3549 ipcr_classifications: no IPC classification");
        assertThat(sink.repairs).hasSize(73).allMatch(r -> r.endsWith(" ipc-from-cpc"));
        PatentRecord r = sink.records.get(0);
        assertThat(r.id()).isEqualTo("056-511-251-084-461");
        assertThat(ipc(r)).containsExactly("E02F 3/00", "E02F 9/26", "G08B 23/00");
        assertThat(applicants(r)).containsExactly("ESCO CORP");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2017, 10, 5));
        assertThat(r.filingDate()).isEqualTo(new PatentDate(2016, 2, 12));
        assertThat(r.priorityDate()).isEqualTo(new PatentDate(2015, 2, 13));
        assertThat(r.office()).isEqualTo("AU");
        assertThat(r.priorityOffices()).containsExactly("US");
    }

    @Test
    void lensDrones2016Raw() throws Exception {
        CollectingSink sink = read("lens-drones-2016-raw/drones_fulltext_families_5884_raw.csv", "lens");

        assertCounts(sink, 5884, 5843);
        PatentRecord r = sink.record("062-291-696-337-99X");
        assertThat(ipc(r)).containsExactly("A01K 47/00");
        assertThat(applicants(r)).containsExactly("MARKOWETZ FRANZ");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(1995, 8, 25));
        assertThat(r.citedByCount()).isEqualTo(6);
        assertThat(sink.record("005-506-993-736-485").title())
                .isEqualTo(
                        "Verfahren Und Gerät Zur Fernbedienung Einer Drohne, Insbesondere Einer Drohne Mit Drehflügeln");
    }

    @Test
    void lensDronesAuthorCleaned() throws Exception {
        CollectingSink sink = read("lens-drones-tac-cleaned/drones_tac_1606_cleaned.csv", "lens");

        assertCounts(sink, 1606, 1576);
        PatentRecord r = sink.records.get(0);
        assertThat(r.id()).isEqualTo("189-466-043-698-920");
        assertThat(ipc(r)).containsExactly("B60R 11/00", "B60R 11/02", "H04R 1/28");
        assertThat(applicants(r)).containsExactly("ASK IND SPA");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2002, 8, 7));
        assertThat(r.priorityDate()).isEqualTo(PatentDate.ofYear(1998));
        assertThat(r.priorityOffices()).containsExactly("IT");
        assertThat(r.office()).isEqualTo("AR");
    }

    @Test
    void lensPizza2015() throws Exception {
        CollectingSink sink = read("lens-pizza-1000/pizza_lens_1000_raw.csv", "lens");

        assertCounts(sink, 1000, 851);
        PatentRecord r = sink.record("US20130101709A1");
        assertThat(ipc(r)).containsExactly("A23L 1/00", "G01N 5/00");
        assertThat(applicants(r)).containsExactly("PIZZA HUT INC");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2013, 4, 25));
        PatentRecord old = sink.record("US3982033A");
        assertThat(old.publicationDate()).isEqualTo(new PatentDate(1976, 9, 21));
        assertThat(old.filingDate()).isEqualTo(new PatentDate(1971, 8, 24));
        assertThat(old.priorityDate()).isEqualTo(new PatentDate(1969, 11, 28));
    }

    @Test
    void patentscopePizza10k() throws Exception {
        CollectingSink sink = read("patentscope-pizza-10k/pizza_medium.csv", "patentscope");

        // 9,951 rows have at least one IPC item that is a full symbol, a bare subclass, a main group whose
        // subgroup the export cut off (A21D 13/0, kept at group level) or wrote unreadably (G06F 13//00), or a
        // subclass whose group is unreadable (A21D /, A23P 000/00000: kept at subclass level); counted with
        // Python's csv module. Five of them have neither a publication date nor a dated priority and are rejected
        // (no year-0 patents).
        assertCounts(sink, 10_000, 9946);
        assertThat(ipc(sink.record("IL219036"))).containsExactly("A21D");
        assertThat(ipc(sink.record("IL210663"))).containsExactly("B65D");
        assertThat(ipc(sink.record("IL202628"))).containsExactly("B65D 5/00");
        assertThat(ipc(sink.record("MXPA/A/2006/004294"))).containsExactly("A23P");
        assertThat(ipc(sink.record("IL207660"))).containsExactly("G06F 13/00", "G06F 17/00", "G06Q 20/00");
        assertThat(sink.repairs.stream().filter(r -> r.endsWith(" ipc-group-unreadable")))
                .hasSize(5);
        assertThat(sink.repairs.stream().filter(r -> r.endsWith(" ipc-subgroup-unreadable")))
                .containsExactly(
                        "patentscope-pizza-10k/pizza_medium.csv:1610 ipc-subgroup-unreadable",
                        "patentscope-pizza-10k/pizza_medium.csv:6230 ipc-subgroup-unreadable");
        assertThat(sink.rejected()).noneMatch(r -> r.contains(": IPC: ") && !r.endsWith("no IPC classification"));
        PatentRecord r = sink.record("US20090208610");
        assertThat(ipc(r)).containsExactly("A21D 13/00", "A23L 1/16");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2009, 8, 21));
        assertThat(r.priorityDate()).isEqualTo(new PatentDate(2004, 10, 1));
        assertThat(r.priorityOffices()).containsExactly("ES");
        assertThat(applicants(sink.record("EP1820402"))).containsExactly("LAZARILLO DE TORMES S L");
        assertThat(applicants(sink.record("WO2010130259")))
                .containsExactly("EHRNO FLEXIBLE A/S", "\u00f8STERGAARD, Ole");
        assertThat(sink.record("KR1020010067590").office()).isEqualTo("KR");
    }

    @Test
    void espacenetMachineVise() throws Exception {
        CollectingSink vise =
                read("espacenet-machine-vise/Espacenet-machine-vise-Suchergebnis_20250310_1901.csv", "espacenet");
        CollectingSink stock = read(
                "espacenet-machine-vise/Espacenet-machinenschraubstock-Suchergebnis_20250310_1858.csv", "espacenet");

        assertCounts(vise, 364, 358);
        assertCounts(stock, 277, 263);
        PatentRecord r = vise.record("US6024352A");
        assertThat(ipc(r)).containsExactly("B25B 1/00", "B23Q 11/00", "B25B 1/10", "B25B 1/24");
        assertThat(applicants(r)).containsExactly("SAURER ALLMA GMBH [DE]");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2000, 2, 15));
        assertThat(r.familyId()).isEqualTo("007843092");
        PatentRecord ep = stock.record("EP0903201A2");
        assertThat(applicants(ep)).containsExactly("SAURER ALLMA GMBH [DE]", "ALLMATIC JAKOB GMBH & CO SPANN [DE]");
        assertThat(ep.publicationDate()).isEqualTo(new PatentDate(1999, 3, 24));
        assertThat(ep.familyId()).isEqualTo(r.familyId());
    }

    @Test
    void usptoGrantXml() throws Exception {
        CollectingSink first = read("uspto-ipgb-sample/ipgb20221025.xml", "uspto-xml");
        CollectingSink second = read("uspto-ipgb-sample/ipgb20230404.xml", "uspto-xml");

        assertCounts(first, 11, 9);
        assertCounts(second, 3, 1);
        assertThat(first.rejections).allMatch(r -> r.reason().contains("design patents"));
        PatentRecord r = first.record("US11617522");
        assertThat(ipc(r)).containsExactly("A61B 5/145", "A61M 5/145", "A61M 5/172", "A61B 5/153");
        assertThat(applicants(r)).containsExactly("MEDTRONIC MINIMED, INC. [US]");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2023, 4, 4));
        assertThat(r.filingDate()).isEqualTo(new PatentDate(2019, 8, 6));
        assertThat(r.cited()).hasSize(88).startsWith("US4755173");
        PatentRecord jaguar = first.record("USRE49258");
        assertThat(jaguar.priorityDate()).isEqualTo(new PatentDate(2002, 4, 18));
        assertThat(jaguar.priorityOffices()).containsExactly("GB");
        assertThat(applicants(jaguar)).containsExactly("JAGUAR LAND ROVER LIMITED");
        assertThat(jaguar.cited()).hasSize(204);
        assertThat(jaguar.nplCitations()).isEqualTo(329);
        assertThat(applicants(second.record("US11617590"))).containsExactly("Mehta, Vishal Mahul [US]");
    }
}
