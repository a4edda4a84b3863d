package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kct aggregates --periods|--window} and {@code kct trend --aggregates DIR} (issue 13): the trend from the
 * stored periods is byte-identical to the trend from the index, each stored period is exactly what {@code kct
 * aggregates --from --to} writes, and options the files cannot serve are clear usage errors.
 */
class TrendAggregatesTest {

    @TempDir
    static Path dir;

    static Path index;

    private static final String PERIODS = "2005-2009,2010-2014,2015-2019,2020-2024";

    @BeforeAll
    static void indexTheSample() {
        index = dir.resolve("idx");
        CliRun run = CliRun.of("index", "-q", "--index", index.toString(), "samples/patents.csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String ok(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run.out();
    }

    /** Writes the aggregates of {@code selection} (with its periods) to a new directory. */
    private static Path write(String name, List<String> selection) {
        Path out = dir.resolve(name);
        List<String> args =
                new ArrayList<>(List.of("aggregates", "-q", "--index", index.toString(), "-o", out.toString()));
        args.addAll(selection);
        ok(args);
        return out;
    }

    /**
     * Checks that {@code trend} with {@code options} prints the same from the index (with {@code selection}) as
     * from the aggregates written with {@code selection}, with and without the periods options repeated.
     */
    private static void sameTrend(Path aggregates, List<String> selection, List<String> periods, List<String> options) {
        List<String> fromIndex = new ArrayList<>(List.of("trend", "-q", "--index", index.toString()));
        fromIndex.addAll(selection);
        fromIndex.addAll(periods);
        fromIndex.addAll(options);
        String expected = ok(fromIndex);
        assertThat(expected).isNotBlank();
        List<String> fromFiles = new ArrayList<>(List.of("trend", "-q", "--aggregates", aggregates.toString()));
        fromFiles.addAll(options);
        assertThat(ok(fromFiles)).as(String.join(" ", fromFiles)).isEqualTo(expected);
        fromFiles.addAll(periods);
        assertThat(ok(fromFiles)).as(String.join(" ", fromFiles)).isEqualTo(expected);
    }

    @Test
    void trendFromAggregatesIsTheTrendFromTheIndex() {
        List<String> window = List.of("--window", "5");
        Path out = write("window", window);
        sameTrend(out, List.of(), window, List.of("--target", "CN", "--format", "json"));
        sameTrend(out, List.of(), window, List.of("--target", "CN", "--format", "csv"));
        sameTrend(out, List.of(), window, List.of("--target", "CN", "--weights-from", "each", "--format", "json"));
        sameTrend(out, List.of(), window, List.of("--target", "CN", "--counting", "fractional"));
        sameTrend(out, List.of(), window, List.of("--format", "json", "--burst-s", "3"));

        List<String> periods = List.of("--periods", PERIODS);
        Path listed = write("periods", periods);
        sameTrend(listed, List.of(), periods, List.of("--target", "CN", "--format", "json"));

        List<String> families = List.of("--count", "families");
        Path byFamily = write(
                "families", Stream.concat(families.stream(), periods.stream()).toList());
        sameTrend(byFamily, families, periods, List.of("--target", "CN", "--format", "json"));
        sameTrend(byFamily, families, periods, List.of("--target", "CN", "--weights-from", "each", "--format", "csv"));

        List<String> narrowed = List.of("--from", "2007", "--to", "2022", "--country", "CN,US,DE,JP");
        List<String> stepped = List.of("--window", "3", "--step", "4");
        Path filtered = write(
                "filtered", Stream.concat(narrowed.stream(), stepped.stream()).toList());
        sameTrend(filtered, narrowed, stepped, List.of("--target", "US", "--format", "json"));
    }

    @Test
    void networksFromAggregatesAreTheSameFiles() throws IOException {
        Path out = write("networks", List.of("--window", "5"));
        Path fromIndex = dir.resolve("net-index");
        Path fromFiles = dir.resolve("net-files");
        String[] trend = {"trend", "-q", "--target", "CN", "--networks"};
        ok(Stream.concat(
                        Stream.of(trend), Stream.of(fromIndex.toString(), "--index", index.toString(), "--window", "5"))
                .toList());
        ok(Stream.concat(Stream.of(trend), Stream.of(fromFiles.toString(), "--aggregates", out.toString()))
                .toList());
        assertSameFiles(fromIndex, fromFiles);
        assertThat(fromIndex.resolve("2005-2009.json")).exists();
    }

    @Test
    void eachStoredPeriodIsWhatAggregatesFromToWrites() throws IOException {
        for (String count : List.of("documents", "families")) {
            Path out = write("cut-" + count, List.of("--window", "5", "--count", count));
            Path period = write("period-" + count, List.of("--from", "2010", "--to", "2014", "--count", count));
            assertSameFiles(period, out.resolve("periods").resolve("2010-2014"));
            Path span = write("span-" + count, List.of("--from", "2005", "--to", "2024", "--count", count));
            assertSameFiles(span, out.resolve("periods").resolve("span"));
            Path whole = write("whole-" + count, List.of("--count", count));
            for (String file : List.of("manifest.json", "technologies.csv", "pairs.csv", "unit_years.csv")) {
                assertThat(Files.readString(out.resolve(file)))
                        .as(file)
                        .isEqualTo(Files.readString(whole.resolve(file)));
            }
        }
        Path out = dir.resolve("cut-documents").resolve("periods");
        assertThat(Files.readString(out.resolve("manifest.json")))
                .contains("\"2005-2009\", \"2010-2014\", \"2015-2019\", \"2020-2024\"");
        assertThat(Files.readAllLines(out.resolve("year_counts.csv")).get(0)).isEqualTo("code,year,patents");
        assertThat(Files.readAllLines(out.resolve("year_totals.csv")))
                .hasSize(21)
                .first()
                .isEqualTo("year,patents");
    }

    @Test
    void optionsTheFilesCannotServeAreUsageErrors() {
        Path out = write("refusals", List.of("--window", "5"));
        String agg = out.toString();
        CliRun bootstrap = CliRun.of("trend", "--aggregates", agg, "--bootstrap", "10");
        assertThat(bootstrap.exitCode()).isEqualTo(2);
        assertThat(bootstrap.err()).contains("--bootstrap needs patents").doesNotContain("Exception");
        CliRun filters = CliRun.of(
                "trend",
                "--aggregates",
                agg,
                "--from",
                "2006",
                "--to",
                "2020",
                "--query",
                "battery",
                "--country",
                "CN",
                "--ipc",
                "H01L");
        assertThat(filters.exitCode()).isEqualTo(2);
        assertThat(filters.err()).contains("--from, --to, --query, --country, --ipc need patents");
        CliRun index = CliRun.of("trend", "--aggregates", agg, "--index", TrendAggregatesTest.index.toString());
        assertThat(index.exitCode()).isEqualTo(2);
        assertThat(index.err()).contains("--index needs patents");
        CliRun periods = CliRun.of("trend", "--aggregates", agg, "--periods", "2005-2009,2010-2014");
        assertThat(periods.exitCode()).isEqualTo(2);
        assertThat(periods.err())
                .contains("--periods gives 2005-2009,2010-2014")
                .contains("hold the periods 2005-2009,2010-2014,2015-2019,2020-2024");
        CliRun window = CliRun.of("trend", "--aggregates", agg, "--window", "4");
        assertThat(window.exitCode()).isEqualTo(2);
        assertThat(window.err()).contains("--window gives 2005-2008");
        CliRun level = CliRun.of("trend", "--aggregates", agg, "--level", "group");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err()).contains("are at level subclass");
        Path plain = write("plain", List.of());
        CliRun none = CliRun.of("trend", "--aggregates", plain.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("holds no periods").contains("kct aggregates --periods");
        CliRun both = CliRun.of(
                "aggregates",
                "--index",
                TrendAggregatesTest.index.toString(),
                "-o",
                dir.resolve("both").toString(),
                "--window",
                "5",
                "--periods",
                PERIODS);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give either --periods");
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files = files(expected);
        assertThat(files(actual)).isEqualTo(files);
        for (Path f : files) {
            assertThat(Files.readAllBytes(actual.resolve(f)))
                    .as(f.toString())
                    .isEqualTo(Files.readAllBytes(expected.resolve(f)));
        }
    }

    /** The files under {@code root}, relative to it, sorted. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }
}
