package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kct inspect}: what it says of a file of a built-in format (its records counted by the reader itself, the
 * rejections grouped by field and reason), of a table no format fits (a proposed mapping, and what that mapping
 * reads), and how it fails (a missing file, a bad mapping: one line and the documented exit code).
 */
class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aCanonicalFileIsNamedAndItsRejectionsAreCountedByFieldAndReason() throws IOException {
        Path file = dir.resolve("patents.csv");
        Files.writeString(
                file,
                "id,ipc,priority_date,applicants\n"
                        + "US1,H01L 21/027,2019-03-07,ACME\n"
                        + "US2,H01L 21/027,2019-13-07,ACME\n"
                        + "US3,H01L 21/027,2019-14-07,ACME\n"
                        + "US4,A21D /,2019-01-01,ACME\n"
                        + "US5,,2019-01-01,ACME\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("inspect", "--format", "json", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out()).get("files").get(0);
        assertThat(report.get("format").asText()).isEqualTo("canonical");
        assertThat(report.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(report.get("columns").get(1).get("samples").toString()).isEqualTo("[\"H01L 21/027\",\"A21D /\"]");
        JsonNode records = report.get("records");
        assertThat(records.get("read").asInt()).isEqualTo(5);
        assertThat(records.get("accepted").asInt()).isEqualTo(2);
        JsonNode reasons = records.get("rejected_by_reason");
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0).get("field").asText()).isEqualTo("priority_date");
        assertThat(reasons.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(reasons.get(0).get("first").asText()).endsWith("patents.csv:3");
        assertThat(reasons.get(1).get("field").asText()).isEqualTo("ipc");
        assertThat(records.get("repaired").get("ipc-group-unreadable").asInt()).isEqualTo(1);
        assertThat(report.has("mapping"))
                .as("a built-in format fits: nothing to propose")
                .isFalse();
    }

    @Test
    void aTableNoFormatFitsGetsAProposalAndWhatItWouldRead() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(
                file,
                "Search results\n"
                        + "Publication No.;Title;IPC;Application Date;Applicant;Applicant Country;Claims count\n"
                        + "CN1A;Pan;A21B 3/13;2015.03.02;HUAXIN UNIV；ACME;China；United States;9\n"
                        + "CN2A;Box;B65D 85/36;2016/3/2;ACME;United States;12\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("inspect", "--format", "table", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("format    none of kct's formats fits")
                .contains("table     ';'-separated, header on row 2")
                .contains("-> id")
                .contains("\"ipc\" : \"IPC\"")
                .contains("\"filing_date\" : \"Application Date\"")
                .contains("\"country_names\" : true")
                .contains("\"header_row\" : 2")
                .contains("read with this mapping 2 read: 2 accepted, 0 rejected");
    }

    @Test
    void aMissingFileIsAnIoErrorAndABadMappingAUsageError() throws IOException {
        CliRun missing = CliRun.of("inspect", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(missing.err()).contains("nope.csv: no such file").doesNotContain("\tat ");

        Path file = dir.resolve("t.csv");
        Files.writeString(file, "No,IPC,Year\nCN1A,H01L 21/027,2015\n");
        Path map = dir.resolve("m.json");
        Files.writeString(map, "{\"id\": \"No\", \"titel\": \"x\"}");
        CliRun bad = CliRun.of("inspect", "--map", map.toString(), file.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err().strip()).startsWith("kct: --map").contains("unknown key 'titel'");

        Files.writeString(map, "{\"id\": \"No\", \"ipc\": \"IPC\", \"priority_date\": \"Jahr\"}");
        CliRun lacking = CliRun.of("inspect", "--format", "json", "--map", map.toString(), file.toString());
        assertThat(lacking.exitCode()).as(lacking.err()).isZero();
        assertThat(lacking.out()).contains("no column 'Jahr'");
    }
}
