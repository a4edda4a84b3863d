package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAndStatsCommandTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static final String DATA = "id,ipc,priority_date,applicants,applicant_countries,cited,claims\n"
            + "A1,H01L 21/027;G03F 7/20,2019-03-01,Sony Corp.;Acme,JP;US,,10\n"
            + "A2,H01L 21/02,2020,SONY CORP,JP,A1,12\n"
            + "A3,G03F 7/20,2021,Acme,US,A1;A2,x\n"
            + "A4,G06N 3/08;H01L 21/027,2021-06-01,Baidu,CN,A1,5\n";

    @Test
    void indexThenStatsAsJson() throws IOException {
        Path idx = dir.resolve("idx");
        Path rejects = dir.resolve("rejects.csv");
        CliRun index = CliRun.of(
                "index",
                "--index",
                idx.toString(),
                "--rejects",
                rejects.toString(),
                csv("a.csv", DATA).toString());
        assertThat(index.exitCode()).isZero();
        assertThat(index.out()).isEmpty();
        assertThat(index.err())
                .contains("rejected " + dir.resolve("a.csv") + ":4: field 'claims': 'x' is not an integer")
                .contains("read 4, indexed 3, replaced 0, rejected 1");
        assertThat(Files.readAllLines(rejects)).hasSize(2).first().isEqualTo("file,line,field,reason,raw");

        CliRun stats = CliRun.of("stats", "--index", idx.toString(), "--format", "json");
        assertThat(stats.exitCode()).isZero();
        JsonNode j = new ObjectMapper().readTree(stats.out());
        assertThat(j.get("command").asText()).isEqualTo("stats");
        assertThat(j.get("patents").asInt()).isEqualTo(3);
        assertThat(j.get("technologies").asInt()).isEqualTo(3);
        assertThat(j.get("applicants").asInt()).isEqualTo(3);
        assertThat(j.get("countries").asInt()).isEqualTo(2);
        assertThat(j.get("top").get(0).get("code").asText()).isEqualTo("H01L");
        assertThat(j.get("top").get(0).get("patents").asInt()).isEqualTo(3);
        assertThat(j.get("top").get(0).get("share").asDouble()).isEqualTo(1.0);
        assertThat(j.get("by_year").toString()).contains("{\"year\":2019,\"patents\":1");
        assertThat(j.get("top_applicants").get(0).get("variants").toString())
                .isEqualTo("[\"SONY CORP\",\"Sony Corp.\"]");
        assertThat(stats.err()).isEmpty();
    }

    @Test
    void statsOnFilesUsesAThrowawayIndexAndFilters() throws IOException {
        CliRun stats = CliRun.of(
                "stats",
                "--format",
                "csv",
                "--quiet",
                "--country",
                "JP",
                csv("a.csv", DATA).toString());
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).isEqualTo("code,patents,share\nH01L,2,1.0\nG03F,1,0.5\n");
    }

    @Test
    void userErrorsGiveOneLineAndTheirExitCode() throws IOException {
        Path good = csv("a.csv", DATA);
        CliRun missing = CliRun.of("stats", "--index", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(missing.err())
                .startsWith("kct: no index at")
                .doesNotContain("Exception")
                .hasLineCount(1);

        CliRun both = CliRun.of("stats", "--index", dir.toString(), good.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either --index DIR or input files");

        CliRun badLevel = CliRun.of("stats", "--level", "family", good.toString());
        assertThat(badLevel.exitCode()).isEqualTo(2);
        assertThat(badLevel.err()).contains("unknown IPC level 'family'").contains("try 'kct stats --help'");

        CliRun noIpc = CliRun.of(
                "index",
                "--index",
                dir.resolve("i2").toString(),
                csv("b.csv", "id,priority_date\nX,2001\n").toString());
        assertThat(noIpc.exitCode()).isEqualTo(3);
        assertThat(noIpc.err()).contains("required column 'ipc' is missing").doesNotContain("\tat ");

        CliRun strict =
                CliRun.of("index", "--strict", "--index", dir.resolve("i3").toString(), good.toString());
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(strict.err()).contains("--strict").contains("nothing was committed");
        assertThat(Files.exists(dir.resolve("i3/segments_1"))).isFalse();

        CliRun unknownOption = CliRun.of("stats", "--bogus");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
    }

    @Test
    void ipcCommandPrintsLevelsAndFailsOnBadSymbols() throws IOException {
        CliRun ok = CliRun.of("ipc", "--format", "json", "H01L0021027000", "C07D41700");
        assertThat(ok.exitCode()).isZero();
        JsonNode j = new ObjectMapper().readTree(ok.out());
        assertThat(j.get("symbols").get(0).get("canonical").asText()).isEqualTo("H01L 21/027");
        assertThat(j.get("symbols").get(0).get("levels").get("group").asText()).isEqualTo("H01L 21/00");
        assertThat(j.get("symbols").get(1).get("canonical").asText()).isEqualTo("C07D 417/00");

        CliRun table = CliRun.of("ipc", "--format", "table", "H01L21/027");
        assertThat(table.out()).contains("H01L 21/027").contains("subclass");

        Path titles = csv("titles.txt", "H\tELECTRICITY\nH01L\tSEMICONDUCTOR DEVICES\nH01L0021027000\tMaking masks\n");
        CliRun withTitles = CliRun.of("ipc", "--format", "json", "--titles", titles.toString(), "H01L 21/027");
        assertThat(withTitles.out())
                .contains("\"subclass\" : \"SEMICONDUCTOR DEVICES\"")
                .contains("Making masks");

        CliRun bad = CliRun.of("ipc", "--format", "json", "H01L 21/02", "H01 21/02");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains("subclass letter missing in 'H01 21/02'");
        assertThat(bad.out()).contains("H01L 21/02");
    }

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path out = dir.resolve("stats.json");
        CliRun run = CliRun.of(
                "stats", "-q", "-o", out.toString(), csv("a.csv", DATA).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("{").endsWith("}\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /**
     * Two different ids with equal 64-bit hashes in one file are two patents; the second was reported as "duplicate id
     * ... this later record replaces the earlier one", which it does not.
     */
    @Test
    void idsWithEqual64BitHashesAreTwoPatentsNotADuplicate() throws IOException {
        String[] ids = dev.kct.index.CollidingIds.pair("EP", "A1", 1);
        Path idx = dir.resolve("idx");
        CliRun index = CliRun.of(
                "index",
                "--index",
                idx.toString(),
                csv("c.csv", "id,ipc,priority_date\n" + ids[0] + ",H01L,2019\n" + ids[1] + ",G06F,2020\n")
                        .toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(index.err())
                .doesNotContain("duplicate id")
                .contains("c.csv:3: id '" + ids[1] + "' differs from the id at line 2 but has the same 64-bit hash")
                .contains("read 2, indexed 2, replaced 0");
        CliRun stats = CliRun.of("stats", "--index", idx.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(stats.out()).get("patents").asInt())
                .isEqualTo(2);
    }
}
