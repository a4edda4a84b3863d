package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentsViewReaderTest {

    @Test
    void joinsTablesAlreadyInPatentIdOrder() throws Exception {
        CollectingSink sink = Fixtures.read(new PatentsViewReader(), "patentsview/sorted");

        assertThat(sink.ids()).containsExactly("US10000000", "US10000001", "US9999999");
        PatentRecord ladar = sink.record("US10000000");
        assertThat(ipc(ladar)).containsExactly("G01S 7/4912", "G01S 17/89");
        assertThat(ladar.publicationDate()).isEqualTo(new PatentDate(2018, 6, 19));
        assertThat(ladar.filingDate()).isEqualTo(new PatentDate(2015, 8, 3));
        assertThat(ladar.title()).isEqualTo("Coherent LADAR using intra-pixel quadrature detection");
        assertThat(ladar.claims()).isEqualTo(20);
        assertThat(applicants(ladar)).containsExactly("Raytheon Company [US]");
        assertThat(ladar.cited()).containsExactly("US5123456", "USD345393");
        assertThat(ladar.abstractText()).isEqualTo("A LADAR system with two lines.");
        assertThat(ladar.office()).isEqualTo("US");
        assertThat(sink.locations.get(0)).isEqualTo(new SourceLocation("patentsview/sorted/g_patent.tsv", 2));

        PatentRecord molding = sink.record("US10000001");
        assertThat(ipc(molding)).containsExactly("B29C 45/17");
        assertThat(applicants(molding)).containsExactly("Engel Austria GmbH [AT]", "Maier, Hans [DE]");
        assertThat(molding.cited()).containsExactly("US9999999");
        assertThat(molding.abstractText()).isNull();

        PatentRecord old = sink.record("US9999999");
        assertThat(ipc(old)).containsExactly("H04L 9/32");
        assertThat(applicants(old)).containsExactly("Nokia Oyj");
        assertThat(old.filingDate()).isEqualTo(new PatentDate(2014, 11, 11));
        assertThat(old.cited()).isEmpty();
    }

    @Test
    void reportsBadRowsWithdrawnAndDesignPatentsAndOrphans() throws Exception {
        CollectingSink sink = Fixtures.read(new PatentsViewReader(), "patentsview/sorted");

        assertThat(sink.rejected())
                .containsExactlyInAnyOrder(
                        "patentsview/sorted/g_ipc_at_issue.tsv:9 (record): has 6 fields but the header has 13: quote fields that contain the separator",
                        "patentsview/sorted/g_patent.tsv:4 withdrawn: the patent was withdrawn",
                        "patentsview/sorted/g_patent.tsv:6 g_ipc_at_issue: no IPC classification: design patents carry Locarno classes only");
        assertThat(sink.repairs).containsExactly("patentsview/sorted/g_patent.tsv:3 ipc-partly-unparseable");
        assertThat(sink.warnings)
                .containsExactly(
                        "patentsview/sorted/g_ipc_at_issue.tsv:0 1 rows name patents that are not in g_patent; they were ignored");
    }

    @Test
    void sortsUnorderedAndZippedTablesOnDiskWithTheSameResult() throws Exception {
        CollectingSink sorted = Fixtures.read(new PatentsViewReader(), "patentsview/sorted");
        CollectingSink inMemory = Fixtures.read(new PatentsViewReader(), "patentsview/unsorted");
        CollectingSink onDisk = Fixtures.read(new PatentsViewReader(10, null), "patentsview/unsorted");

        assertThat(inMemory.ids()).containsExactly("US9999999", "US10000000", "US10000001");
        assertThat(byId(inMemory.records)).isEqualTo(byId(sorted.records));
        assertThat(onDisk.records).isEqualTo(inMemory.records);
        assertThat(onDisk.rejected()).isEqualTo(inMemory.rejected());
        assertThat(onDisk.rejected())
                .contains(
                        "patentsview/unsorted/g_ipc_at_issue.tsv.zip:9 (record): has 6 fields but the header has 13: quote fields that contain the separator");
        assertThat(onDisk.warnings)
                .containsExactly(
                        "patentsview/unsorted/g_ipc_at_issue.tsv.zip:0 1 rows name patents that are not in g_patent; they were ignored");
    }

    @Test
    void readsTheFolderOfAnyOneTableGiven() throws Exception {
        CollectingSink sink = Fixtures.read(new PatentsViewReader(), "patentsview/sorted/g_ipc_at_issue.tsv");

        assertThat(sink.ids()).containsExactly("US10000000", "US10000001", "US9999999");
        assertThat(sink.locations.get(0)).isEqualTo(new SourceLocation("patentsview/sorted/g_patent.tsv", 2));
    }

    @Test
    void needsThePatentAndIpcTables(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.path("patentsview/sorted/g_patent.tsv"), dir.resolve("g_patent.tsv"));

        assertThatThrownBy(() -> new PatentsViewReader().read(dir, "pv", new CollectingSink()))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("no g_ipc_at_issue.tsv (or .tsv.zip)");
    }

    @Test
    void aStrayQuoteCostsOnlyItsOwnRowAndARunawayRowOnlyItself(@TempDir Path dir) throws Exception {
        try (var tables = Files.list(Fixtures.path("patentsview/sorted"))) {
            for (Path t : tables.toList()) Files.copy(t, dir.resolve(t.getFileName()));
        }
        Path patents = dir.resolve("g_patent.tsv");
        Files.writeString(patents, Files.readString(patents).replaceFirst("\"ipg180619.xml\"", "\"ipg180619.xml"));
        Path ipc = dir.resolve("g_ipc_at_issue.tsv");
        List<String> ipcLines = new java.util.ArrayList<>(Files.readAllLines(ipc));
        ipcLines.set(2, ipcLines.get(2) + "\t".repeat(100_000));
        Files.write(ipc, ipcLines);
        CollectingSink sink = new CollectingSink();

        new PatentsViewReader().read(dir, "pv", sink);

        assertThat(sink.ids()).containsExactly("US10000001", "US9999999");
        assertThat(sink.rejected())
                .containsExactlyInAnyOrder(
                        "pv/g_patent.tsv:2 filename: unclosed quote: the quote that opens this field at line 2 is"
                                + " not closed on its line, so CSV reads lines 2-3 as one record, swallowing the next 1"
                                + " line into this field; line 2 is rejected and line 3 is read again as records of"
                                + " their own. Fix the quote: close it, double it (\"\") inside a quoted field, or"
                                + " remove it",
                        "pv/g_ipc_at_issue.tsv:3 (record): has 100013 fields but the header has 13: quote fields that"
                                + " contain the separator",
                        "pv/g_ipc_at_issue.tsv:9 (record): has 6 fields but the header has 13: quote fields that"
                                + " contain the separator",
                        "pv/g_patent.tsv:4 withdrawn: the patent was withdrawn",
                        "pv/g_patent.tsv:6 g_ipc_at_issue: no IPC classification: design patents carry Locarno"
                                + " classes only");
    }

    @Test
    void leavesNoTemporaryFilesBehind(@TempDir Path tmp) throws Exception {
        Fixtures.read(new PatentsViewReader(10, tmp), "patentsview/unsorted");

        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    private static List<PatentRecord> byId(List<PatentRecord> records) {
        return records.stream().sorted(Comparator.comparing(PatentRecord::id)).toList();
    }
}
