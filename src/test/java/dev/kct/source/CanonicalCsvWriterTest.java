package dev.kct.source;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalCsvWriterTest {

    static final String HEADER = "id,ipc,priority_date,filing_date,publication_date,family_id,applicants,"
            + "applicant_countries,cited,claims,npl_citations,title,abstract\n";

    @TempDir
    Path dir;

    @Test
    void writesFullAndSparseRecordsExactly() throws IOException {
        PatentRecord full = PatentRecord.builder("US10000001B2")
                .ipc(ipc("H01L 21/027", "G03F 7/20"))
                .priorityDate(day("2019-03-07"))
                .filingDate(day("2019-03-08"))
                .publicationDate(day("2021-09-14"))
                .familyId("F1")
                .applicants(List.of(new Applicant("NOVARA INC", "US"), new Applicant("MITSUKAWA KK", "JP")))
                .cited(List.of("EP1A1", "US2B2"))
                .claims(20)
                .nplCitations(0)
                .title("Semiconductor device")
                .abstractText("A device.")
                .office("US")
                .priorityOffices(List.of("US"))
                .citedByCount(7)
                .build();
        PatentRecord sparse = PatentRecord.builder("CN3A")
                .ipc(ipc("G06N"))
                .publicationDate(PatentDate.ofYear(2020))
                .build();

        assertThat(csv(full, sparse))
                .isEqualTo(HEADER
                        + "US10000001B2,H01L 21/027;G03F 7/20,2019-03-07,2019-03-08,2021-09-14,F1,NOVARA INC;MITSUKAWA KK,"
                        + "US;JP,EP1A1;US2B2,20,0,Semiconductor device,A device.\n"
                        + "CN3A,G06N,,,2020,,,,,,,,\n");
    }

    @Test
    void quotesOnlyWhereNeeded() throws IOException {
        PatentRecord r = PatentRecord.builder("X1")
                .ipc(ipc("A23L 33/105"))
                .applicants(List.of(new Applicant("ACME, INC.", "US")))
                .title("Gripper with \"soft\" fingers, and a hand")
                .abstractText("Line one.\nLine two.")
                .build();
        assertThat(csv(r))
                .isEqualTo(HEADER
                        + "X1,A23L 33/105,,,,,\"ACME, INC.\",US,,,,\"Gripper with \"\"soft\"\" fingers, and a hand\","
                        + "\"Line one.\nLine two.\"\n");
    }

    @Test
    void semicolonInApplicantNameBecomesCommaSoTheListKeepsItsLength() throws IOException {
        PatentRecord r = PatentRecord.builder("X2")
                .ipc(ipc("B25J"))
                .applicants(List.of(new Applicant("SMITH; JONES LLP", "GB"), new Applicant("ROE AB", "SE")))
                .build();
        assertThat(csv(r)).isEqualTo(HEADER + "X2,B25J,,,,,\"SMITH, JONES LLP;ROE AB\",GB;SE,,,,,\n");
    }

    @Test
    void countriesStayAlignedWithApplicants() throws IOException {
        PatentRecord someUnknown = PatentRecord.builder("X3")
                .ipc(ipc("B25J"))
                .applicants(
                        List.of(new Applicant("A CO", "CN"), new Applicant("B", null), new Applicant("C GMBH", "de")))
                .build();
        PatentRecord allUnknown = PatentRecord.builder("X4")
                .ipc(ipc("B25J"))
                .applicants(List.of(new Applicant("A CO", null), new Applicant("B", null)))
                .build();
        PatentRecord lastUnknown = PatentRecord.builder("X5")
                .ipc(ipc("B25J"))
                .applicants(List.of(new Applicant("A CO", "CN"), new Applicant("B", null)))
                .build();
        assertThat(csv(someUnknown, allUnknown, lastUnknown))
                .isEqualTo(HEADER
                        + "X3,B25J,,,,,A CO;B;C GMBH,CN;;DE,,,,,\n"
                        + "X4,B25J,,,,,A CO;B,,,,,,\n"
                        + "X5,B25J,,,,,A CO;B,CN;,,,,,\n");
    }

    @Test
    void dateWithoutDayIsWrittenAsItsYear() throws IOException {
        PatentRecord r = PatentRecord.builder("X6")
                .ipc(ipc("B25J"))
                .priorityDate(new PatentDate(2019, 3, 0))
                .filingDate(PatentDate.ofYear(2019))
                .build();
        assertThat(csv(r)).isEqualTo(HEADER + "X6,B25J,2019,2019,,,,,,,,,\n");
    }

    @Test
    void noRecordsGivesTheHeaderOnly() throws IOException {
        assertThat(csv()).isEqualTo(HEADER);
    }

    @Test
    void gzFileHoldsTheSameBytesCompressed() throws IOException {
        List<PatentRecord> records = everyColumnRecords();
        Path plain = dir.resolve("p.csv");
        Path gz = dir.resolve("p.csv.gz");
        for (Path p : List.of(plain, gz)) {
            try (CanonicalCsvWriter w = CanonicalCsvWriter.open(p)) {
                for (PatentRecord r : records) w.write(r);
                assertThat(w.count()).isEqualTo(records.size());
            }
        }
        byte[] compressed = Files.readAllBytes(gz);
        assertThat(compressed[0] & 0xff).isEqualTo(0x1f);
        assertThat(compressed[1] & 0xff).isEqualTo(0x8b);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
    }

    @Test
    void outputStreamIsUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CanonicalCsvWriter w = new CanonicalCsvWriter(bytes)) {
            w.write(PatentRecord.builder("X7")
                    .ipc(ipc("B25J"))
                    .applicants(List.of(new Applicant("Müller Präzision GmbH", "DE")))
                    .build());
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(HEADER + "X7,B25J,,,,,Müller Präzision GmbH,DE,,,,,\n");
    }

    @Test
    void everyColumnSampleIsWhatTheWriterWrites() throws IOException {
        assertThat(csv(everyColumnRecords().toArray(new PatentRecord[0])))
                .isEqualTo(Files.readString(Path.of("samples/every-column.csv")));
    }

    @Test
    void everyRowReadsBackAsThirteenCellsInHeaderOrder() throws IOException {
        String text = csv(everyColumnRecords().toArray(new PatentRecord[0]));
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            List<CsvRecord> rows = reader.stream().toList();
            assertThat(rows.get(0).getFields()).isEqualTo(CanonicalCsvWriter.COLUMNS);
            assertThat(rows)
                    .hasSize(9)
                    .allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(13));
            assertThat(rows.get(5).getField(7)).isEqualTo("JP;;DE");
            assertThat(rows.get(7).getField(12))
                    .isEqualTo("A base station allocates resource blocks to a terminal.\n"
                            + "The terminal reports channel quality.");
        }
    }

    /** The records of samples/every-column.csv and .jsonl: every column used, the awkward cases included. */
    static List<PatentRecord> everyColumnRecords() {
        List<Applicant> novara =
                List.of(new Applicant("NOVARA SEMICONDUCTOR INC", "US"), new Applicant("MITSUKAWA CORP", "JP"));
        String semiconductor = "Semiconductor device and method for manufacturing the same";
        return List.of(
                PatentRecord.builder("US10000001B2")
                        .ipc(ipc("H01L 21/027", "H01L 21/033", "G03F 7/20"))
                        .priorityDate(day("2019-03-07"))
                        .filingDate(day("2019-03-07"))
                        .publicationDate(day("2021-09-14"))
                        .familyId("70000001")
                        .applicants(novara)
                        .cited(List.of("US9000001B2", "EP3000002A1"))
                        .claims(20)
                        .nplCitations(5)
                        .title(semiconductor)
                        .abstractText("A semiconductor device includes a gate electrode over a channel region. "
                                + "A sidewall spacer covers the gate electrode.")
                        .build(),
                PatentRecord.builder("EP3500002A1")
                        .ipc(ipc("H01L 21/027", "G03F 7/20"))
                        .priorityDate(day("2019-03-07"))
                        .filingDate(day("2020-03-02"))
                        .publicationDate(day("2020-09-10"))
                        .familyId("70000001")
                        .applicants(novara)
                        .cited(List.of("US9000001B2"))
                        .claims(15)
                        .nplCitations(5)
                        .title(semiconductor)
                        .build(),
                PatentRecord.builder("CN110000003A")
                        .ipc(ipc("H01M 10/44", "H02J 7/00", "B60L 53/10"))
                        .priorityDate(day("2020-05-18"))
                        .filingDate(day("2020-05-18"))
                        .publicationDate(day("2020-11-24"))
                        .familyId("70000003")
                        .applicants(List.of(new Applicant("北京未来电池科技有限公司", "CN"), new Applicant("HUAXIN UNIV", "CN")))
                        .claims(9)
                        .nplCitations(0)
                        .title("Battery, charger and method for charging an electric vehicle")
                        .build(),
                PatentRecord.builder("DE102011000004A1")
                        .ipc(ipc("B25J 9/16"))
                        .priorityDate(PatentDate.ofYear(2011))
                        .filingDate(day("2011-06-30"))
                        .publicationDate(day("2012-12-27"))
                        .familyId("70000004")
                        .applicants(List.of(new Applicant("Müller Präzision GmbH", "DE")))
                        .claims(12)
                        .title("Gripper with \"soft\" fingers")
                        .build(),
                PatentRecord.builder("JP2020000005A")
                        .ipc(ipc("G02B 27/01", "G06T 19/00"))
                        .priorityDate(day("2020-01-15"))
                        .filingDate(day("2020-01-15"))
                        .publicationDate(day("2021-07-22"))
                        .familyId("70000005")
                        .applicants(List.of(
                                new Applicant("TAKAMORI KK", "JP"),
                                new Applicant("SATO HIROSHI", null),
                                new Applicant("KRONBERG AG", "DE")))
                        .cited(List.of("US10000001B2"))
                        .claims(6)
                        .nplCitations(1)
                        .title("Head-mounted display with eye tracking")
                        .build(),
                PatentRecord.builder("WO2021000006A1")
                        .ipc(ipc("G06N", "G06F 16/35"))
                        .publicationDate(day("2021-12-02"))
                        .familyId("70000006")
                        .applicants(List.of(new Applicant("ACME AI, INC.", "US")))
                        .claims(42)
                        .nplCitations(12)
                        .title("Training a language model on patent text")
                        .abstractText("Patent text is split into claims and description; a model is trained on both.")
                        .build(),
                PatentRecord.builder("KR101000007B1")
                        .ipc(ipc("H04W 72/04", "H04L 5/00"))
                        .priorityDate(day("2021-08-01"))
                        .filingDate(day("2022-07-29"))
                        .publicationDate(day("2024-02-15"))
                        .familyId("70000007")
                        .applicants(List.of(
                                new Applicant("HANSUNG ELECTRONICS CO LTD", "KR"),
                                new Applicant("SEOHAN UNIV IND ACAD COOP FOUND", "KR")))
                        .cited(List.of("JP2020000005A", "CN110000003A"))
                        .claims(18)
                        .nplCitations(3)
                        .title("Method and system for allocating radio resources")
                        .abstractText("A base station allocates resource blocks to a terminal.\n"
                                + "The terminal reports channel quality.")
                        .build(),
                PatentRecord.builder("US20230000008A1")
                        .ipc(ipc("A23L 33/105"))
                        .publicationDate(day("2023-05-04"))
                        .build());
    }

    static List<IpcSymbol> ipc(String... symbols) {
        return java.util.Arrays.stream(symbols).map(IpcSymbol::parse).toList();
    }

    static PatentDate day(String iso) {
        return PatentDate.of(LocalDate.parse(iso));
    }

    private static String csv(PatentRecord... records) throws IOException {
        StringWriter out = new StringWriter();
        try (CanonicalCsvWriter w = new CanonicalCsvWriter(out)) {
            for (PatentRecord r : records) w.write(r);
        }
        return out.toString();
    }
}
