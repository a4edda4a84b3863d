package dev.kct.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalReadersTest {

    private static final String HEADER = "id,ipc,priority_date,filing_date,publication_date,family_id,applicants,"
            + "applicant_countries,cited,claims,npl_citations,title,abstract\n";

    @TempDir
    Path dir;

    private CollectingSink readCsv(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        CollectingSink sink = new CollectingSink();
        new CanonicalCsvReader().read(f, name, sink);
        return sink;
    }

    private CollectingSink readCsv(String content) throws IOException {
        return readCsv("in.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryColumn() throws IOException {
        CollectingSink s = readCsv(
                HEADER
                        + "EP1,H01L 21/027;G03F 7/20,2019-03-01,20190405,2020,F1,Sony Corp;Acme,JP;US,US9;EP0,12,3,\"Mask, litho\",An abstract\n");
        assertThat(s.rejections).isEmpty();
        PatentRecord r = s.records.get(0);
        assertThat(r.id()).isEqualTo("EP1");
        assertThat(r.ipc()).extracting(IpcSymbol::toString).containsExactly("H01L 21/027", "G03F 7/20");
        assertThat(r.priorityDate()).isEqualTo(new PatentDate(2019, 3, 1));
        assertThat(r.filingDate()).isEqualTo(new PatentDate(2019, 4, 5));
        assertThat(r.publicationDate()).isEqualTo(PatentDate.ofYear(2020));
        assertThat(r.familyId()).isEqualTo("F1");
        assertThat(r.applicants()).containsExactly(new Applicant("Sony Corp", "JP"), new Applicant("Acme", "US"));
        assertThat(r.cited()).containsExactly("US9", "EP0");
        assertThat(r.claims()).isEqualTo(12);
        assertThat(r.nplCitations()).isEqualTo(3);
        assertThat(r.title()).isEqualTo("Mask, litho");
        assertThat(r.abstractText()).isEqualTo("An abstract");
        assertThat(s.locations.get(0)).isEqualTo(new SourceLocation("in.csv", 2));
    }

    @Test
    void columnsInAnyOrderWithBomCrlfAndUnknownColumns() throws IOException {
        String text = "\uFEFFextra,ipc,id,publication_date\r\nx,H01L,A1,2001\r\ny,G06F,A2,2002\r\n";
        CollectingSink s = readCsv(text);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("A1", "A2");
        assertThat(s.warnings).singleElement().asString().contains("in.csv:1 unknown columns ignored: extra");
    }

    @Test
    void unknownCountryKeepsAlignment() throws IOException {
        CollectingSink s =
                readCsv("id,ipc,publication_date,applicants,applicant_countries\nA,H01L,2001,X;Y;Z,CN;;US\n");
        assertThat(s.records.get(0).applicants())
                .containsExactly(new Applicant("X", "CN"), new Applicant("Y", null), new Applicant("Z", "US"));
    }

    @Test
    void badRecordsAreRejectedWithLineAndField() throws IOException {
        CollectingSink s = readCsv(HEADER
                + "G1,H01L,2019,,,,,,,,,,\n"
                + ",H01L,2019,,,,,,,,,,\n"
                + "B2,H01 21/02,2019,,,,,,,,,,\n"
                + "B3,,2019,,,,,,,,,,\n"
                + "B4,H01L,2019-13-01,,,,,,,,,,\n"
                + "B5,H01L,2019,,,,,,,twelve,,,\n"
                + "B6,H01L,,,,,,,,,,,\n"
                + "B7,H01L,2019,,,,,,,,,,,extra\n"
                + "B8,H01L,2019,,,,A;B,CN,,,,,\n"
                + "B9,H01L,2019,,,,,,,,-1,,\n");
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("G1");
        assertThat(s.rejections)
                .extracting(r -> r.where().line() + " " + r.field())
                .containsExactly(
                        "3 id",
                        "4 ipc",
                        "5 ipc",
                        "6 priority_date",
                        "7 claims",
                        "8 priority_date",
                        "9 (record)",
                        "10 applicant_countries",
                        "11 npl_citations");
        assertThat(s.rejections.get(0).reason()).contains("missing id");
        assertThat(s.rejections.get(1).reason()).contains("subclass letter missing in 'H01 21/02'");
        assertThat(s.rejections.get(2).reason()).contains("no IPC symbol");
        assertThat(s.rejections.get(3).reason()).contains("'2019-13-01' is not a valid date");
        assertThat(s.rejections.get(4).reason()).contains("'twelve' is not an integer");
        assertThat(s.rejections.get(5).reason()).contains("no date");
        assertThat(s.rejections.get(6).reason()).contains("has 14 fields but the header has 13");
        assertThat(s.rejections.get(6).raw()).startsWith("B7,H01L,2019");
        assertThat(s.rejections.get(8).reason()).contains("negative");
    }

    @Test
    void unclosedQuoteIsRejectedWhereItOpensAndTheLinesItSwallowedAreRead() throws IOException {
        StringBuilder text =
                new StringBuilder("id,ipc,publication_date,title\nA1,H01L,2001,ok\nA2,H01L,2002,\"never closed\n");
        for (int i = 0; i < 30; i++) text.append("A").append(i + 3).append(",H01L,2003,more text here\n");
        CollectingSink s = readCsv(text.toString());
        assertThat(s.records)
                .hasSize(31)
                .extracting(PatentRecord::id)
                .startsWith("A1", "A3")
                .endsWith("A32");
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where().line()).isEqualTo(3);
            assertThat(r.where().lastLine()).isEqualTo(3);
            assertThat(r.reason())
                    .startsWith("unclosed quote")
                    .contains("lines 3-33 as one record, swallowing the next 30 lines (to the end of the file)");
        });
    }

    @Test
    void invalidUtf8IsRejectedNamingTheField() throws IOException {
        byte[] head =
                "id,ipc,publication_date,title\nA1,H01L,2001,fine\nA2,H01L,2002,bad ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = new byte[] {(byte) 0xC3, (byte) 0x28, '\n'};
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        CollectingSink s = readCsv("bad.csv", all);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("A1");
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(new SourceLocation("bad.csv", 3));
            assertThat(r.field()).isEqualTo("title");
            assertThat(r.reason()).contains("invalid UTF-8");
        });
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        CollectingSink s = readCsv("");
        assertThat(s.records).isEmpty();
        assertThat(s.rejections)
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("empty file"));
    }

    @Test
    void missingRequiredColumnStopsTheRun() {
        assertThatThrownBy(() -> readCsv("id,publication_date\nA,2001\n"))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("in.csv:1: required column 'ipc' is missing")
                .extracting(e -> ((KctException) e).kind())
                .isEqualTo(KctException.Kind.DATA);
        assertThatThrownBy(() -> readCsv("id,ipc\nA,H01L\n")).hasMessageContaining("no date column");
    }

    @Test
    void readsGzip() throws IOException {
        Path f = dir.resolve("in.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("id,ipc,publication_date\nZ1,H01L,2001\n".getBytes(StandardCharsets.UTF_8));
        }
        CollectingSink s = new CollectingSink();
        SourceFormats.detect(f, "in.csv.gz").read(f, "in.csv.gz", s);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("Z1");
    }

    @Test
    void partlyBadIpcListIsRepaired() throws IOException {
        CollectingSink s = readCsv("id,ipc,publication_date\nA,H01L 21/02;nonsense,2001\n");
        assertThat(s.records.get(0).ipc()).extracting(IpcSymbol::toString).containsExactly("H01L 21/02");
        assertThat(s.repairs).containsExactly("in.csv:2 ipc-partly-unparseable");
    }

    @Test
    void jsonlAcceptsArraysAndStrings() throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(
                f,
                "{\"id\":\"J1\",\"ipc\":[\"H01L 21/027\",\"G06F\"],\"priority_date\":\"2019-01-02\","
                        + "\"applicants\":[\"A\",\"B\"],\"applicant_countries\":[\"CN\",null],\"claims\":7}\n"
                        + "\n"
                        + "{\"id\":\"J2\",\"ipc\":\"H01L;G06N 3/08\",\"publication_date\":2020,\"claims\":\"8\",\"zzz\":1}\n"
                        + "{\"id\":\"J3\",\"ipc\":\"H01L\",\"publication_date\":2020,\"claims\":\"x\"}\n"
                        + "{not json}\n");
        CollectingSink s = new CollectingSink();
        new CanonicalJsonlReader().read(f, "in.jsonl", s);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("J1", "J2");
        assertThat(s.records.get(0).applicants()).containsExactly(new Applicant("A", "CN"), new Applicant("B", null));
        assertThat(s.records.get(1).ipc()).extracting(IpcSymbol::toString).containsExactly("H01L", "G06N 3/08");
        assertThat(s.records.get(1).claims()).isEqualTo(8);
        assertThat(s.rejections)
                .extracting(r -> r.where().line() + " " + r.field())
                .containsExactly("4 claims", "5 (record)");
        assertThat(s.warnings).singleElement().asString().contains("unknown keys ignored: zzz");
    }

    @Test
    void detectsCanonicalFormats() throws IOException {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "id,ipc,publication_date\n");
        Path jsonl = dir.resolve("x.jsonl");
        Files.writeString(jsonl, "{\"id\":\"1\"}\n");
        Path other = dir.resolve("x.dat");
        Files.writeString(other, "hello world\n");
        assertThat(SourceFormats.detect(csv, "x.csv").format()).isEqualTo("canonical");
        assertThat(SourceFormats.detect(jsonl, "x.jsonl").format()).isEqualTo("jsonl");
        assertThatThrownBy(() -> SourceFormats.detect(other, "x.dat"))
                .hasMessageContaining("x.dat: cannot tell the input format (tried");
    }

    @Test
    void jsonlNestedDeeperThanTheParserAllowsIsARejectedRecordNotACrash() throws IOException {
        String deep = "[".repeat(1_500) + "]".repeat(1_500);
        String text = "{\"id\":\"A1\",\"ipc\":\"H01L\",\"publication_date\":\"2001\"}\n"
                + "{\"id\":\"A2\",\"ipc\":\"H01L\",\"publication_date\":\"2001\",\"x\":" + deep + "}\n"
                + "{\"id\":\"A3\",\"ipc\":\"G06F\",\"publication_date\":\"2002\"}\n";
        Path f = dir.resolve("deep.jsonl");
        Files.writeString(f, text);
        CollectingSink s = new CollectingSink();
        new CanonicalJsonlReader().read(f, "deep.jsonl", s);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("A1", "A3");
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(new SourceLocation("deep.jsonl", 2));
            assertThat(r.reason()).startsWith("invalid JSON").containsIgnoringCase("depth");
        });
    }

    /** The packed facts count applicants in 16 bits: 65,535 is the most a record holds, 65,536 is a located rejection. */
    @Test
    void atMost65535ApplicantsPerRecordWithOrWithoutCountries() throws IOException {
        CollectingSink s = readCsv("id,ipc,publication_date,applicants,applicant_countries\n"
                + "A1,H01L,2001," + repeat("N", PatentRecord.MAX_APPLICANTS) + ","
                + repeat("CN", PatentRecord.MAX_APPLICANTS) + "\n"
                + "A2,H01L,2001," + repeat("N", 65_536) + ",\n"
                + "A3,H01L,2001," + repeat("N", 65_536) + "," + repeat("US", 65_536) + "\n"
                + "A4,H01L,2001,N," + repeat("US", 65_536) + "\n");
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("A1");
        assertThat(s.records.get(0).applicants()).hasSize(65_535).last().isEqualTo(new Applicant("N", "CN"));
        assertThat(s.rejections)
                .extracting(r -> r.where().line() + " " + r.field())
                .containsExactly("3 applicants", "4 applicants", "5 applicant_countries");
        assertThat(s.rejections.get(0).reason()).contains("65536 applicants: a record may have at most 65535");
    }

    @Test
    void jsonlWithMoreThan65535ApplicantsIsRejectedAndTheRestRead() throws IOException {
        Path f = dir.resolve("many.jsonl");
        Files.writeString(
                f,
                "{\"id\":\"J1\",\"ipc\":\"H01L\",\"publication_date\":2020,\"applicants\":\"" + repeat("N", 65_536)
                        + "\"}\n{\"id\":\"J2\",\"ipc\":\"H01L\",\"publication_date\":2020}\n");
        CollectingSink s = new CollectingSink();
        new CanonicalJsonlReader().read(f, "many.jsonl", s);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("J2");
        assertThat(s.rejections)
                .extracting(r -> r.where().line() + " " + r.field())
                .containsExactly("1 applicants");
    }

    /** Jackson refuses nesting over 1,000 deep without a location: the record is rejected, the run goes on. */
    @Test
    void jsonlNestedTooDeepIsRejectedAndTheRestRead() throws IOException {
        Path f = dir.resolve("deep.jsonl");
        Files.writeString(
                f,
                "{\"id\":\"J1\",\"ipc\":\"H01L\",\"publication_date\":2020,\"x\":"
                        + "[".repeat(1_500) + "]".repeat(1_500) + "}\n"
                        + "{\"id\":\"J2\",\"ipc\":\"H01L\",\"publication_date\":2020}\n");
        CollectingSink s = new CollectingSink();
        new CanonicalJsonlReader().read(f, "deep.jsonl", s);
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("J2");
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(new SourceLocation("deep.jsonl", 1));
            assertThat(r.reason()).startsWith("invalid JSON:").containsIgnoringCase("nesting");
        });
    }

    private static String repeat(String item, int times) {
        return String.join(";", java.util.Collections.nCopies(times, item));
    }

    @Test
    void duplicateHeaderNameIsRefusedOnlyWhenUsed() throws IOException {
        assertThatThrownBy(() -> readCsv("id,ipc,publication_date,IPC\nA1,H01L,2001,G06F\n"))
                .isInstanceOf(KctException.class)
                .hasMessage("in.csv:1: the header names 'ipc' twice (columns 2 and 4): rename or remove one");
        CollectingSink s = readCsv("id,ipc,publication_date,note,note\nA1,H01L,2001,x,y\n");
        assertThat(s.records).extracting(PatentRecord::id).containsExactly("A1");
        Path lens = dir.resolve("lens.csv");
        Files.writeString(lens, "Lens ID,Title,Publication Date,IPC Classifications,Title\n1,a,2001-01-01,H01L,b\n");
        assertThatThrownBy(() -> new LensCsvReader().read(lens, "lens.csv", new CollectingSink()))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("lens.csv:1: the header names 'Title' twice");
    }
}
