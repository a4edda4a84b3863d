package dev.kct.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kct.cli.CliRun;
import dev.kct.index.CountUnit;
import dev.kct.ipc.IpcLevel;
import dev.kct.network.Counting;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * kct-spark's command line without Spark: every {@code kct-spark} command shown in the README and docs/SPARK.md
 * parses, options are typed, and wrong ones are usage errors (exit 2) before any Spark session starts.
 */
class KctSparkCommandLineTest {

    @Test
    void everyKctSparkCommandInTheDocsParses() throws IOException {
        List<String> commands = new ArrayList<>();
        for (String doc : List.of("README.md", "docs/SPARK.md")) {
            String text = Files.readString(Path.of(doc), StandardCharsets.UTF_8).replace("\\\n", " ");
            for (String line : text.lines().toList()) {
                String l = line.strip();
                if (l.startsWith("$ ")) l = l.substring(2);
                int at = l.indexOf("scripts/kct-spark ");
                if (at >= 0 && (at == 0 || l.charAt(at - 1) == ' ')) {
                    commands.add(l.substring(at + "scripts/kct-spark ".length()));
                }
                at = l.indexOf("dev.kct.spark.KctSpark target/kct.jar ");
                if (at >= 0) commands.add(l.substring(at + "dev.kct.spark.KctSpark target/kct.jar ".length()));
            }
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
        for (String command : commands) {
            if (command.contains("...") || command.contains("[")) continue;
            try {
                new CommandLine(new KctSpark()).parseArgs(CliRun.shellWords(command));
            } catch (CommandLine.ParameterException e) {
                fail("kct-spark command in the docs does not parse: %s (%s)", command, e.getMessage());
            }
        }
    }

    @Test
    void optionsAreTyped() {
        KctSpark app = new KctSpark();
        new CommandLine(app)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs(
                        "--level",
                        "group",
                        "--count",
                        "families",
                        "--counting",
                        "fractional",
                        "-o",
                        "out",
                        "a.csv",
                        "b.parquet");
        assertThat(app.filter.level()).isEqualTo(IpcLevel.GROUP);
        assertThat(app.filter.count()).isEqualTo(CountUnit.FAMILIES);
        assertThat(app.counting).isEqualTo(Counting.FRACTIONAL);
        assertThat(app.inputs).containsExactly("a.csv", "b.parquet");
    }

    @Test
    void wrongOptionsAreUsageErrorsBeforeSparkStarts() {
        for (String[] args : List.of(
                new String[] {"--counting", "half", "-o", "out", "a.csv"},
                new String[] {"--ipc", "A61K 39", "-o", "out", "a.csv"},
                new String[] {"--from", "2020", "--to", "2010", "-o", "out", "a.csv"},
                new String[] {"--input-format", "xml", "-o", "out", "a.csv"},
                new String[] {"-o", "out"})) {
            StringWriter err = new StringWriter();
            int code = KctSpark.run(null, args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertThat(code).as(Arrays.toString(args) + ": " + err).isEqualTo(2);
            assertThat(err.toString()).as(Arrays.toString(args)).startsWith("kct-spark: ");
        }
    }
}
