package dev.kct.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kct inspect} on every file of {@code ../shared/data} (issue 12): each patent export is named by its format
 * with its records counted exactly as {@code kct index} counts them; the IPC reference tables, which hold no patent
 * records, are named as fitting no format, with a proposal that says what it lacks. Where inspect shows a complete
 * mapping (the WIPO landscape table's built-in profile), that mapping passed back with {@code --map} reads the same
 * records as detection. And every export copied (to a temporary folder) below a title line, so that no built-in
 * format recognises it, gets a proposed mapping that, passed back with {@code --map}, reads exactly the records
 * inspect said it would. Documentation files (SOURCE.md, READMEs, format notes) are not data and are left out.
 * Skips, with a message, where the folder is absent; nothing from it is copied into the project.
 */
class RealDataInspectTest {

    private static final Path DATA = Path.of("../shared/data");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Folders of reference tables (IPC titles and hierarchy), not patent records. */
    private static final List<String> REFERENCE_TABLES = List.of("ipc-scheme-wipo-titles", "ipc-hierarchy-cortext");

    @TempDir
    Path dir;

    static Stream<Path> files() throws IOException {
        if (!Files.isDirectory(DATA)) return Stream.of(DATA.resolve("absent"));
        try (Stream<Path> all = Files.walk(DATA)) {
            return all.filter(Files::isRegularFile).filter(RealDataInspectTest::isData).sorted().toList().stream();
        }
    }

    /** The CSV tables of patents among {@link #files()}: those a mapping can describe. */
    static Stream<Path> patentTables() throws IOException {
        if (!Files.isDirectory(DATA)) return Stream.of(DATA.resolve("absent"));
        return files().filter(f -> !isReferenceTable(f) && f.toString().endsWith(".csv"));
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(name.endsWith(".md") || name.endsWith(".json") || name.contains("read_me"));
    }

    private static void requireData() {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is absent: real-data inspect tests skipped");
    }

    private static JsonNode inspect(Path file, String... more) throws IOException {
        String[] args = Stream.concat(Stream.of("inspect", "--format", "json", file.toString()), Stream.of(more))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("\tat ");
        return JSON.readTree(run.out()).get("files").get(0);
    }

    private static boolean isReferenceTable(Path file) {
        return REFERENCE_TABLES.stream().anyMatch(f -> file.toString().contains(f));
    }

    @ParameterizedTest
    @MethodSource("files")
    void namesTheFormatOfEveryFileAndCountsItsRecords(Path file) throws IOException {
        requireData();
        JsonNode report = inspect(file);
        if (isReferenceTable(file)) {
            assertThat(report.get("format").isNull()).as("no patent format").isTrue();
            assertThat(report.get("notes").toString()).contains("cannot tell the input format", "no proposal");
            return;
        }
        assertThat(report.get("format").asText())
                .as(file.toString())
                .isNotBlank()
                .isNotEqualTo("null");
        JsonNode records = report.get("records");
        assertThat(records.get("accepted").asLong()).isPositive();
        assertThat(records.get("read").asLong())
                .isEqualTo(records.get("accepted").asLong()
                        + records.get("rejected").asLong());
        CliRun stats = CliRun.of("stats", "-q", "--format", "json", file.toString());
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        if (!report.get("kind").asText().equals("xml")) {
            assertThat(report.get("columns").size()).isGreaterThan(2);
        }
        if (report.has("mapping")) {
            // the built-in profile, shown as a --map file: given back, it reads what detection reads
            Path map = dir.resolve("shown.json");
            Files.writeString(map, report.get("mapping").toPrettyString(), StandardCharsets.UTF_8);
            CliRun mapped = CliRun.of("stats", "-q", "--format", "json", "--map", map.toString(), file.toString());
            assertThat(mapped.exitCode()).as(mapped.err()).isZero();
            assertThat(mapped.out()).isEqualTo(stats.out());
        }
    }

    @ParameterizedTest
    @MethodSource("patentTables")
    void aProposedMappingGivenBackReadsTheRecordsInspectCounted(Path file) throws IOException {
        requireData();
        Path copy = dir.resolve(file.getFileName());
        byte[] title = "Exported records\n".getBytes(StandardCharsets.US_ASCII);
        byte[] data = Files.readAllBytes(file);
        byte[] both = new byte[title.length + data.length];
        System.arraycopy(title, 0, both, 0, title.length);
        System.arraycopy(data, 0, both, title.length, data.length);
        Files.write(copy, both);
        JsonNode report = inspect(copy);
        if (!report.get("format").isNull()) return; // still recognised below the title: nothing to propose
        JsonNode mapping = report.get("mapping");
        assertThat(mapping).as("a proposal").isNotNull();
        assertThat(mapping.get("header_row").asInt()).isEqualTo(2);
        if (!report.has("mapping_records")) {
            assertThat(report.get("notes").toString()).contains("no proposal can be read");
            return;
        }
        Path map = dir.resolve("proposed.json");
        Files.writeString(map, mapping.toPrettyString(), StandardCharsets.UTF_8);
        long accepted = report.get("mapping_records").get("accepted").asLong();
        assertThat(accepted).isPositive();
        CliRun index =
                CliRun.of("index", "--index", dir.resolve("idx").toString(), "--map", map.toString(), copy.toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        JsonNode counted = report.get("mapping_records");
        assertThat(index.err())
                .as("kct index through the proposal reads the records inspect counted")
                .contains("read " + counted.get("read").asLong() + ", indexed " + accepted + ",")
                .contains("rejected " + counted.get("rejected").asLong());
        JsonNode again = inspect(copy, "--map", map.toString());
        assertThat(again.get("records")).isEqualTo(report.get("mapping_records"));
    }
}
