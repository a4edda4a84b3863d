package dev.kct.source;

import static dev.kct.source.Fixtures.applicants;
import static dev.kct.source.Fixtures.ipc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentscopeCsvReaderTest {

    private static final String FILE = "patentscope/pizza-latin1.csv";

    @Test
    void readsRecordsFromALatin1ExportWithCrLineEnds() throws Exception {
        CollectingSink sink = Fixtures.read(new PatentscopeCsvReader(), FILE);

        assertThat(sink.ids()).containsExactly("US20090208610", "WO2010130259", "KR1020010067590", "DE29912345");
        PatentRecord us = sink.record("US20090208610");
        assertThat(ipc(us)).containsExactly("A21D 13/00", "A23L 1/16");
        assertThat(us.publicationDate()).isEqualTo(new PatentDate(2009, 8, 21));
        assertThat(us.priorityDate()).isEqualTo(new PatentDate(2004, 10, 1));
        assertThat(us.priorityOffices()).containsExactly("ES");
        assertThat(us.office()).isEqualTo("US");
        assertThat(us.applicants()).isEmpty();
        assertThat(us.title()).isEqualTo("PIZZA");
        assertThat(sink.locations.get(0)).isEqualTo(new SourceLocation(FILE, 2));

        PatentRecord wo = sink.record("WO2010130259");
        assertThat(applicants(wo)).containsExactly("EHRNO FLEXIBLE A/S", "\u00f8STERGAARD, Ole");
        assertThat(wo.priorityDate()).isEqualTo(new PatentDate(2009, 5, 14));
        assertThat(wo.priorityOffices()).containsExactly("DK", "US");
        assertThat(wo.office()).isEqualTo("WO");
    }

    @Test
    void readsEveryShapeOfPriorityItemAndUpperCasesIds() throws Exception {
        CollectingSink sink = Fixtures.read(new PatentscopeCsvReader(), FILE);

        PatentRecord kr = sink.record("KR1020010067590");
        assertThat(kr.office()).isEqualTo("KR");
        assertThat(kr.priorityDate()).isEqualTo(new PatentDate(2012, 6, 26));
        assertThat(kr.priorityOffices()).containsExactly("EP", "KR");
        assertThat(ipc(kr)).containsExactly("A21D 13/00");
        assertThat(sink.repairs)
                .containsExactly(
                        FILE + ":4 priority-item-unreadable",
                        FILE + ":4 ipc-subgroup-truncated",
                        FILE + ":7 ipc-subgroup-truncated",
                        FILE + ":7 ipc-group-unreadable");
        assertThat(ipc(sink.record("DE29912345"))).containsExactly("A21D 13/00", "B65D");
    }

    @Test
    void rejectsMissingOrUnreadableIpcAndBadDates() throws Exception {
        CollectingSink sink = Fixtures.read(new PatentscopeCsvReader(), FILE);

        assertThat(sink.rejected())
                .containsExactly(
                        FILE + ":5 IPC: no IPC classification",
                        FILE + ":6 Publication Date: '32.08.2007' is not a valid date: no such day 2007-8-32");
    }

    /** {@code NA} publication date and no dated priority: a located rejection, never a record in year 0. */
    @Test
    void recordWithoutAnyDateIsRejectedAndUnreadablePriorityItemsAreCounted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ps.csv");
        Files.writeString(
                f,
                "Publication Number,Publication Date,Title,Priority Data,IPC,Applicants\n"
                        + "CA1,NA,T,NA,A21D 13/00,X\n"
                        + "CA2,NA,T,[11/252 2005-10-17T23:59:59.000Z US],A21D 13/00,X\n"
                        + "CA3,01.02.2010,T,[null 30.12.1899 null],A21D 13/00,X\n"
                        + "CA4,NA,T,[null 30.12.1899 null],A21D 13/00,X\n");
        CollectingSink sink = new CollectingSink();
        new PatentscopeCsvReader().read(f, "ps.csv", sink);
        assertThat(sink.ids()).containsExactly("CA2", "CA3");
        assertThat(sink.record("CA2").priorityDate()).isEqualTo(new PatentDate(2005, 10, 17));
        assertThat(sink.record("CA2").publicationDate()).isNull();
        assertThat(sink.rejected())
                .containsExactly(
                        "ps.csv:2 Publication Date: no date: neither a publication date nor a dated Priority Data item",
                        "ps.csv:5 Publication Date: no date: neither a publication date nor a dated Priority Data item");
        assertThat(sink.repairs).containsExactly("ps.csv:4 priority-item-unreadable");
    }

    /** The real PATENTSCOPE pizza export: 30 rows have an {@code NA} publication date; none may land in year 0. */
    @Test
    void realPizzaExportHasNoUndatedRecord() throws Exception {
        Path f = Path.of("../shared/data/patentscope-pizza-10k/pizza_medium.csv");
        Assumptions.assumeTrue(Files.isRegularFile(f), "real data absent: " + f.toAbsolutePath());
        CollectingSink sink = new CollectingSink();
        new PatentscopeCsvReader().read(f, "pizza_medium.csv", sink);
        assertThat(sink.records)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(
                                r.publicationDate() != null || r.priorityDate() != null || r.filingDate() != null)
                        .isTrue());
        assertThat(sink.rejected()).anySatisfy(r -> assertThat(r).contains("no date"));
    }
}
