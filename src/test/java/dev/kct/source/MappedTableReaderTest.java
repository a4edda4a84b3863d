package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import dev.kct.source.table.ColumnMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedTableReaderTest {

    private static final String FILE = "wipo-landscape/landscape.csv";

    @Test
    void readsAWipoLandscapeTableThroughTheBuiltInProfile() throws Exception {
        CollectingSink sink = Fixtures.read(SourceFormats.byName("wipo-landscape"), FILE);

        assertThat(sink.ids()).containsExactly("US9000001", "EP2000002", "CN100000003", "JP2000000004");
        PatentRecord us = sink.record("US9000001");
        assertThat(ipc(us)).containsExactly("C07D 417/14", "A61K 31/426", "A61P 31/18");
        assertThat(us.priorityDate()).isEqualTo(new PatentDate(2010, 2, 3));
        assertThat(us.filingDate()).isEqualTo(new PatentDate(2011, 2, 3));
        assertThat(us.publicationDate()).isEqualTo(new PatentDate(2013, 4, 5));
        assertThat(applicants(us)).containsExactly("EXAMPLE PHARMA INC [US]");
        assertThat(us.title()).isEqualTo("Crystal form of a compound, and uses");
        assertThat(us.office()).as("as the canonical reader: no office").isNull();
        PatentRecord ep = sink.record("EP2000002");
        assertThat(applicants(ep)).as("a regional office is no country").containsExactly("BEISPIEL AG");
        assertThat(ipc(ep)).as("A61K009 names no group: kept at subclass").containsExactly("A61K 9/14", "A61K");
        assertThat(ipc(sink.record("CN100000003"))).as("packed group 0").containsExactly("A61K");
        assertThat(sink.repairs).containsExactly(FILE + ":3 ipc-group-unreadable", FILE + ":4 ipc-group-unreadable");
        assertThat(sink.record("JP2000000004").priorityDate()).isNull();
        assertThat(sink.locations).extracting(SourceLocation::line).containsExactly(2L, 3L, 4L, 5L);

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.warnings).anyMatch(w -> w.contains("'European Patent Office' (1)"));
    }

    @Test
    void detectsTheProfileByEveryColumnItNamesAndNothingLess(@TempDir Path dir) throws Exception {
        assertThat(SourceFormats.detect(Fixtures.path(FILE), FILE).format()).isEqualTo("wipo-landscape");
        Path without = dir.resolve("t.csv");
        Files.writeString(
                without,
                "publication number,title,priority country,earliest priority date,application date,publication date,"
                        + "applicant\nUS1,x,Japan,2010-01-01,2010-01-01,2010-01-01,A\n");
        assertThat(SourceFormats.byName("wipo-landscape").recognizes(SourceHead.of(without)))
                .as("no ipc classes column")
                .isFalse();
    }

    @Test
    void aUserMappingNamesTheFilesColumnsAndReadsTheForwardCitationCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.tsv");
        Files.writeString(
                file,
                "Nr\tKlasse\tJahr\tZitiert\n" + "DE1\tB25B 1/00\t2019\t7\n" + "DE2\tB25B 1/00\t2019\tsieben\n"
                        + "DE3\tB25B 1/00\t\t1\n");
        PatentReader reader = MappedTableReader.of(
                "mapped",
                ColumnMapping.parse(
                        "{\"id\": \"Nr\", \"ipc\": \"Klasse\", \"filing_date\": \"Jahr\","
                                + " \"forward_citations\": \"Zitiert\"}",
                        "m.json"));
        CollectingSink sink = new CollectingSink();
        reader.read(file, "export.tsv", sink);

        assertThat(sink.ids()).containsExactly("DE1");
        assertThat(sink.record("DE1").citedByCount()).isEqualTo(7);
        assertThat(sink.record("DE1").filingDate()).isEqualTo(PatentDate.ofYear(2019));
        assertThat(sink.rejections)
                .extracting(Rejection::describe)
                .containsExactly(
                        "export.tsv:3: field 'Zitiert': 'sieben' is not an integer",
                        "export.tsv:4: field 'Jahr': no date: give Jahr");
    }
}
