package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import org.junit.jupiter.api.Test;

class UsptoXmlReaderTest {

    private static final String FILE = "uspto-xml/ipg-sample.xml";

    @Test
    void readsEachGrantOfAConcatenatedFile() throws Exception {
        CollectingSink sink = Fixtures.read(new UsptoXmlReader(), FILE);

        assertThat(sink.ids()).containsExactly("US9876543", "USRE49257");
        assertThat(sink.locations).containsExactly(new SourceLocation(FILE, 1), new SourceLocation(FILE, 182));
        PatentRecord r = sink.record("US9876543");
        assertThat(ipc(r)).containsExactly("G06F 3/041", "H04N 5/232");
        assertThat(r.publicationDate()).isEqualTo(new PatentDate(2018, 1, 23));
        assertThat(r.filingDate()).isEqualTo(new PatentDate(2015, 6, 1));
        assertThat(r.priorityDate()).isEqualTo(new PatentDate(2014, 3, 15));
        assertThat(r.priorityOffices()).containsExactly("DE", "JP");
        assertThat(r.office()).isEqualTo("US");
        assertThat(applicants(r)).containsExactly("Sony Corporation [JP]", "Smith, Ann [US]");
        assertThat(r.cited()).containsExactly("US5123456", "USD345393", "JP2004123456");
        assertThat(r.nplCitations()).isEqualTo(2);
        assertThat(r.claims()).isEqualTo(20);
        assertThat(r.title()).isEqualTo("Touch panel with in-cell sensing");
        assertThat(r.abstractText()).isEqualTo("A touch panel 10 senses touches. It is thin.");
    }

    @Test
    void readsOlderCitationElementsUndeclaredEntitiesAndUsRoles() throws Exception {
        CollectingSink sink = Fixtures.read(new UsptoXmlReader(), FILE);

        PatentRecord re = sink.record("USRE49257");
        assertThat(ipc(re)).containsExactly("A63B 21/00");
        assertThat(re.title()).isEqualTo("Grip apparatus");
        assertThat(re.cited()).containsExactly("US1333005");
        assertThat(applicants(re)).containsExactly("Grip Works, Inc. [US]");
        assertThat(re.claims()).isEqualTo(7);
        assertThat(re.nplCitations()).isZero();
        assertThat(sink.repairs).containsExactly(FILE + ":182 ipc-partly-unparseable");
    }

    @Test
    void rejectsDesignPatentsAndMalformedGrantsAndReadsOn() throws Exception {
        CollectingSink sink = Fixtures.read(new UsptoXmlReader(), FILE);

        assertThat(sink.rejected()).hasSize(2);
        assertThat(sink.rejected().get(0))
                .isEqualTo(
                        FILE
                                + ":148 classifications-ipcr: no IPC classification: design patents carry Locarno classes only");
        assertThat(sink.rejected().get(1)).startsWith(FILE + ":167 (record): not well-formed XML at line 181: ");
        assertThat(sink.rejections.get(1).raw()).startsWith("<?xml");
    }

    @Test
    void aDeclarationRightAfterACutDocumentStartsTheNextDocument(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = java.nio.file.Files.readString(Fixtures.path(FILE));
        int second = text.indexOf("<?xml", 5);
        String cut = text.substring(0, second / 2).stripTrailing() + text.substring(second);
        java.nio.file.Path f = dir.resolve("cut.xml");
        java.nio.file.Files.writeString(f, cut);
        CollectingSink sink = new CollectingSink();
        new UsptoXmlReader().read(f, "cut.xml", sink);
        assertThat(sink.ids()).containsExactly("USRE49257");
        assertThat(sink.rejections).first().satisfies(r -> {
            assertThat(r.where().line()).isEqualTo(1);
            assertThat(r.reason()).startsWith("not well-formed XML");
        });
    }
}
