package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kct aggregates} and {@code --aggregates DIR} (issue 13): every analysis from an aggregates directory is
 * byte-identical to the same analysis from the index, for every selection and scoring option; and a directory that
 * is not one, or options that need patents, are clear errors.
 */
class AggregatesCommandTest {

    @TempDir
    static Path dir;

    static Path index;

    @BeforeAll
    static void indexTheSample() {
        index = dir.resolve("idx");
        CliRun run = CliRun.of("index", "-q", "--index", index.toString(), "samples/patents.csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun kct(String... args) {
        return CliRun.of(args);
    }

    private static String ok(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run.out();
    }

    /** Writes the aggregates of {@code selection} and checks each analysis against the index path. */
    private static void samePathsFor(List<String> selection, List<List<String>> analyses) {
        Path out = dir.resolve("agg-" + Integer.toHexString(selection.hashCode()));
        List<String> write =
                new ArrayList<>(List.of("aggregates", "-q", "--index", index.toString(), "-o", out.toString()));
        write.addAll(selection);
        ok(write);
        for (List<String> analysis : analyses) {
            List<String> fromIndex = new ArrayList<>(analysis);
            fromIndex.addAll(List.of("-q", "--index", index.toString()));
            fromIndex.addAll(selection);
            List<String> fromAggregates = new ArrayList<>(analysis);
            fromAggregates.addAll(List.of("-q", "--aggregates", out.toString()));
            assertThat(ok(fromAggregates))
                    .as(String.join(" ", analysis) + " " + selection)
                    .isEqualTo(ok(fromIndex));
        }
    }

    private static final List<List<String>> ANALYSES = List.of(
            List.of("rank", "--target", "CN", "--format", "json"),
            List.of("score", "--format", "csv"),
            List.of("rank", "--target", "US", "--country-count", "fractional", "--format", "json"),
            List.of("rank", "--target", "CN", "--counting", "fractional", "--min-weight", "2", "--format", "csv"),
            List.of(
                    "rank",
                    "--indicators",
                    "strength,pagerank,share,growth,forward_citations,generality,claims,"
                            + "science_linkage,hhi,cr4,complexity",
                    "--weights",
                    "critic",
                    "--method",
                    "wsum",
                    "--format",
                    "json"),
            List.of(
                    "rank",
                    "--target",
                    "CN",
                    "--weight-samples",
                    "300",
                    "--min-patents",
                    "30",
                    "--key-top",
                    "15",
                    "--format",
                    "json"),
            List.of("explain", "H01L", "--target", "CN", "--format", "json"),
            List.of("explain", "G06F", "--format", "table"));

    @Test
    void theWholeSampleAtSubclassLevel() {
        samePathsFor(List.of(), ANALYSES);
    }

    @Test
    void filteredFamiliesAtGroupLevel() {
        samePathsFor(
                List.of("--level", "group", "--count", "families", "--from", "2012", "--to", "2020"),
                List.of(
                        List.of("rank", "--target", "CN", "--betweenness-samples", "64", "--format", "json"),
                        List.of("score", "--format", "csv", "--betweenness-samples", "64")));
    }

    @Test
    void aCountryAndIpcSelection() {
        samePathsFor(
                List.of("--country", "CN,US,JP", "--ipc", "G06,H04", "--date", "filing"),
                List.of(List.of("rank", "--target", "JP", "--format", "json")));
    }

    @Test
    void anAggregatesDirectoryIsReplacedAnythingElseIsNot() throws IOException {
        Path out = dir.resolve("replace");
        ok(List.of("aggregates", "-q", "--index", index.toString(), "-o", out.toString()));
        ok(List.of("aggregates", "-q", "--index", index.toString(), "--level", "class", "-o", out.toString()));
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"level\" : \"class\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".replace"));
        }
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        CliRun refused = kct("aggregates", "-q", "--index", index.toString(), "-o", foreign.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is a directory with other files in it");
        assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void optionsThatNeedPatentsAndBadDirectoriesAreClearErrors() throws IOException {
        Path out = dir.resolve("errors");
        ok(List.of("aggregates", "-q", "--index", index.toString(), "-o", out.toString()));
        CliRun filter = kct("rank", "--aggregates", out.toString(), "--from", "2015", "--bootstrap", "5");
        assertThat(filter.exitCode()).isEqualTo(2);
        assertThat(filter.err()).contains("--from, --bootstrap need patents");
        CliRun level = kct("rank", "--aggregates", out.toString(), "--level", "group");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err()).contains("are at level subclass");
        CliRun missing = kct("rank", "--aggregates", dir.resolve("nothing").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a directory");
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) Files.copy(f, broken.resolve(f.getFileName()));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(broken.resolve("pairs.csv")));
        lines.set(3, lines.get(3).replaceAll(",[^,]*$", ",heavy"));
        Files.write(broken.resolve("pairs.csv"), lines);
        CliRun bad = kct("rank", "--aggregates", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err())
                .contains("pairs.csv:4: field 4 is not a number: 'heavy'")
                .doesNotContain("\tat ");
        Files.copy(
                out.resolve("pairs.csv"),
                broken.resolve("pairs.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(broken.resolve("most_cited.csv"));
        assertThat(kct("rank", "--aggregates", broken.toString()).err()).contains("most_cited.csv is missing");
        Files.writeString(
                broken.resolve("manifest.json"),
                Files.readString(out.resolve("manifest.json")).replace("kct-aggregates/1", "kct-aggregates/9"));
        assertThat(kct("rank", "--aggregates", broken.toString()).err()).contains("schema 'kct-aggregates/9'");
    }
}
