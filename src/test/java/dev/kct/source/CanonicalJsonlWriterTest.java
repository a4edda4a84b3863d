package dev.kct.source;

import static dev.kct.source.CanonicalCsvWriterTest.day;
import static dev.kct.source.CanonicalCsvWriterTest.everyColumnRecords;
import static dev.kct.source.CanonicalCsvWriterTest.ipc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalJsonlWriterTest {

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
                .applicants(List.of(new Applicant("NOVARA; INC", "US"), new Applicant("MITSUKAWA KK", null)))
                .cited(List.of("EP1A1"))
                .claims(20)
                .nplCitations(0)
                .title("Lens with \"anti-fog\" coating")
                .abstractText("Line one.\nLine two.")
                .office("US")
                .citedByCount(3)
                .build();
        PatentRecord sparse = PatentRecord.builder("CN3A")
                .ipc(ipc("G06N"))
                .publicationDate(PatentDate.ofYear(2020))
                .applicants(List.of(new Applicant("X", null)))
                .title("")
                .build();

        assertThat(jsonl(full, sparse))
                .isEqualTo(
                        "{\"id\":\"US10000001B2\",\"ipc\":[\"H01L 21/027\",\"G03F 7/20\"],\"priority_date\":\"2019-03-07\","
                                + "\"filing_date\":\"2019-03-08\",\"publication_date\":\"2021-09-14\",\"family_id\":\"F1\","
                                + "\"applicants\":[\"NOVARA; INC\",\"MITSUKAWA KK\"],\"applicant_countries\":[\"US\",\"\"],"
                                + "\"cited\":[\"EP1A1\"],\"claims\":20,\"npl_citations\":0,"
                                + "\"title\":\"Lens with \\\"anti-fog\\\" coating\",\"abstract\":\"Line one.\\nLine two.\"}\n"
                                + "{\"id\":\"CN3A\",\"ipc\":[\"G06N\"],\"publication_date\":\"2020\",\"applicants\":[\"X\"]}\n");
    }

    @Test
    void keysFollowTheCanonicalColumnOrder() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (String line :
                jsonl(everyColumnRecords().toArray(new PatentRecord[0])).split("\n")) {
            JsonNode node = mapper.readTree(line);
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            List<String> expected = new ArrayList<>(CanonicalCsvWriter.COLUMNS);
            expected.retainAll(keys);
            assertThat(keys).isEqualTo(expected);
            node.forEach(v -> assertThat(v.isNull()).isFalse());
        }
    }

    @Test
    void everyColumnSampleIsWhatTheWriterWrites() throws IOException {
        assertThat(jsonl(everyColumnRecords().toArray(new PatentRecord[0])))
                .isEqualTo(Files.readString(Path.of("samples/every-column.jsonl")));
    }

    @Test
    void gzFileHoldsTheSameBytesCompressed() throws IOException {
        Path plain = dir.resolve("p.jsonl");
        Path gz = dir.resolve("p.jsonl.gz");
        for (Path p : List.of(plain, gz)) {
            try (CanonicalJsonlWriter w = CanonicalJsonlWriter.open(p)) {
                for (PatentRecord r : everyColumnRecords()) w.write(r);
                assertThat(w.count()).isEqualTo(8);
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
        assertThat(Files.readString(plain)).isEqualTo(Files.readString(Path.of("samples/every-column.jsonl")));
    }

    private static String jsonl(PatentRecord... records) throws IOException {
        StringWriter out = new StringWriter();
        try (CanonicalJsonlWriter w = new CanonicalJsonlWriter(out)) {
            for (PatentRecord r : records) w.write(r);
        }
        return out.toString();
    }
}
