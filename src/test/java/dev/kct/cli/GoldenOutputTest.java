package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files, in the manner of google-java-format's {@code FormatterIntegrationTest}: the bundled sample in,
 * the exact bytes of kct's JSON and CSV results out, compared with {@code src/test/resources/golden/}. Each
 * result is made twice, once from the input file (the documented command, with its throwaway index) and once
 * from a separately built index of the same file, and the two must be byte-identical (docs/DESIGN.md: "two runs on
 * the same input are byte-identical").
 *
 * <p>To regenerate the golden files after an intended change of the output, run
 * <pre>
 *   mvn -B -q test -Dtest=GoldenOutputTest -Dkct.updateGolden=true
 * </pre>
 * which rewrites them from the current output (the byte-identity and no-path checks still run), then review
 * the diff with {@code git diff src/test/resources/golden} and commit it with the change that caused it.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SAMPLE = "samples/patents.csv";
    private static final boolean UPDATE = Boolean.getBoolean("kct.updateGolden");

    @TempDir
    static Path dir;

    static Path index;

    @BeforeAll
    static void indexTheSampleSeparately() {
        index = dir.resolve("idx");
        CliRun run = CliRun.of("index", "-q", "--index", index.toString(), SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** The sample's aggregates, written once by {@code kct aggregates} (issue 13: the aggregates path is the same). */
    private static synchronized Path aggregates() {
        Path out = dir.resolve("aggregates");
        if (!java.nio.file.Files.isDirectory(out)) {
            CliRun run = CliRun.of("aggregates", "-q", "--index", index.toString(), "-o", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        return out;
    }

    @Test
    void rankOfTheSampleForChinaAsJson() throws IOException {
        String fromFile = result("rank", SAMPLE, "--target", "CN", "--format", "json");
        String fromIndex = result("rank", "--index", index.toString(), "--target", "CN", "--format", "json");
        assertByteIdentical(fromFile, fromIndex);
        assertByteIdentical(
                fromFile,
                result("rank", "--aggregates", aggregates().toString(), "--target", "CN", "--format", "json"));
        assertNoPathsOrTimestamps(fromFile);
        assertGolden("rank-samples-cn.json", fromFile);
    }

    @Test
    void scoreOfTheSampleAsCsv() throws IOException {
        String fromFile = result("score", SAMPLE, "--format", "csv");
        String fromIndex = result("score", "--index", index.toString(), "--format", "csv");
        assertByteIdentical(fromFile, fromIndex);
        assertByteIdentical(
                fromFile, result("score", "--aggregates", aggregates().toString(), "--format", "csv"));
        assertNoPathsOrTimestamps(fromFile);
        assertGolden("score-samples.csv", fromFile);
    }

    private static String result(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static void assertByteIdentical(String first, String second) {
        if (!first.equals(second)) {
            fail("two runs on the same records differ; " + firstDifference(first, second));
        }
    }

    /** docs/DESIGN.md: results carry no timestamps and no absolute paths, so they can be compared and committed. */
    private static void assertNoPathsOrTimestamps(String result) {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(result)
                .doesNotContain(cwd)
                .doesNotContain(System.getProperty("java.io.tmpdir"))
                .doesNotContain(System.getProperty("user.home"))
                .doesNotContain(dir.toString())
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
                .doesNotContainPattern("\\b\\d{2}:\\d{2}:\\d{2}\\b");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            System.out.println("rewrote " + golden.toAbsolutePath());
            return;
        }
        if (!Files.exists(golden)) {
            fail(golden + " is missing; make it with -Dkct.updateGolden=true (see this class's Javadoc)");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(golden + " differs from kct's output; " + firstDifference(expected, actual)
                    + ". If the change is intended, regenerate with -Dkct.updateGolden=true and review the diff.");
        }
    }

    /** Where two texts first differ, by line, for a readable failure on a long file. */
    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "first difference at line " + (i + 1) + ": expected <" + a.get(i) + "> but was <" + b.get(i)
                        + ">";
            }
        }
        if (a.size() != b.size()) return "expected " + a.size() + " lines but got " + b.size();
        return "the line endings or the final newline differ";
    }
}
