package dev.kct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.cli.CliRun;
import dev.kct.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's examples cannot go stale:
 * <ul>
 *   <li>every block that shows {@code $ scripts/kct ...} and its output is run in-process; the lines it shows that
 *       are not on stderr must be exactly what the command prints on stdout, and the lines it shows from stderr
 *       (warnings) must be among what it prints there (status lines may be left out of the README);</li>
 *   <li>every number, string and key of the JSON example equals the real output of
 *       {@code rank samples/patents.csv --target CN --format json}, to the digits shown ({@code "..."} keys and
 *       values ending in {@code ...} stand for what is left out);</li>
 *   <li>every other kct command line in the README (code blocks and table cells) parses.</li>
 * </ul>
 * Examples on real data ({@code $KCT_DATA}) run only where the {@code shared/data} folder beside the checkout is.
 */
class ReadmeExamplesTest {

    private static final Path README = Path.of("README.md");
    private static final Path DATA = Path.of("../shared/data");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
    private static final Pattern INLINE_COMMAND = Pattern.compile("`((?:scripts/)?kct [^`]+)`");

    private static String readme() throws IOException {
        return Files.readString(README);
    }

    @Test
    void shownOutputIsRealOutput() throws IOException {
        int checked = 0;
        Matcher m = FENCE.matcher(readme());
        while (m.find()) {
            List<String> lines = m.group(2).lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith("$ scripts/kct ")) continue;
            String command = lines.get(0).substring("$ scripts/kct ".length());
            if (command.contains("$KCT_DATA") && !Files.isDirectory(DATA)) {
                System.err.println("README example skipped, the shared/data folder is absent: " + command);
                continue;
            }
            CliRun run = CliRun.of(args(command));
            assertThat(run.exitCode())
                    .as("exit code of README example: %s", command)
                    .isZero();
            List<String> err = run.err().lines().toList();
            List<String> shownOut = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (err.contains(line)) continue;
                if (line.startsWith("kct: ")) fail("README shows '%s' for %s but kct does not print it", line, command);
                shownOut.add(line);
            }
            assertThat(run.out().lines().toList())
                    .as("stdout of README example: %s", command)
                    .isEqualTo(shownOut);
            checked++;
        }
        assertThat(checked).as("README examples with output").isPositive();
    }

    @Test
    void jsonExampleMatchesRealOutput() throws IOException {
        Matcher m = FENCE.matcher(readme());
        JsonNode shown = null;
        while (m.find()) {
            if (m.group(1).equals("json")) {
                shown = new ObjectMapper().readTree(m.group(2));
                break;
            }
        }
        assertThat(shown).as("the README's JSON example").isNotNull();
        CliRun run = CliRun.of("rank", "samples/patents.csv", "--target", "CN", "--format", "json", "-q");
        assertThat(run.exitCode()).isZero();
        JsonNode real = new ObjectMapper().readTree(run.out());
        List<String> differences = new ArrayList<>();
        compare("", shown, real, differences);
        assertThat(differences).as("README JSON example vs real output").isEmpty();
    }

    @Test
    void everyCommandLineInTheReadmeParses() throws IOException {
        List<String> commands = new ArrayList<>();
        Matcher m = FENCE.matcher(readme());
        while (m.find()) {
            for (String line : m.group(2).lines().toList()) {
                String l = line.startsWith("$ ") ? line.substring(2) : line;
                if (l.startsWith("scripts/kct ")) commands.add(l.substring("scripts/kct ".length()));
            }
        }
        Matcher inline = INLINE_COMMAND.matcher(readme());
        while (inline.find()) {
            String c = inline.group(1);
            c = c.startsWith("scripts/") ? c.substring("scripts/".length()) : c;
            if (!c.contains("...") && !c.contains("COMMAND") && args(c).length > 2) {
                commands.add(c.substring("kct ".length()));
            }
        }
        assertThat(commands).hasSizeGreaterThan(10);
        for (String command : commands) {
            CommandLine cli =
                    Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            try {
                cli.parseArgs(args(command));
            } catch (CommandLine.ParameterException e) {
                fail("README command does not parse: kct %s (%s)", command, e.getMessage());
            }
        }
    }

    /** The words of a README command line, with {@code $KCT_DATA} naming the shared data folder. */
    static String[] args(String line) {
        return CliRun.shellWords(line.replace("$KCT_DATA", DATA.toString()));
    }

    private static void compare(String path, JsonNode shown, JsonNode real, List<String> differences) {
        if (real == null || real.isMissingNode()) {
            differences.add(path + ": shown but absent from the real output");
        } else if (shown.isObject()) {
            if (!real.isObject()) {
                differences.add(path + ": shown as an object, is " + real.getNodeType());
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("...")) continue;
                compare(path + "." + e.getKey(), e.getValue(), real.get(e.getKey()), differences);
            }
        } else if (shown.isArray()) {
            if (!real.isArray() || real.size() < shown.size()) {
                differences.add(path + ": shown as an array of " + shown.size() + ", is " + real);
                return;
            }
            for (int i = 0; i < shown.size(); i++)
                compare(path + "[" + i + "]", shown.get(i), real.get(i), differences);
        } else if (shown.isNumber()) {
            BigDecimal s = shown.decimalValue();
            double tolerance = 0.5 * Math.pow(10, -Math.max(0, s.scale())) + 1e-12;
            if (!real.isNumber() || Math.abs(real.doubleValue() - s.doubleValue()) > tolerance) {
                differences.add(path + ": shown " + shown + ", real " + real);
            }
        } else if (shown.isTextual() && shown.asText().endsWith("...")) {
            String prefix =
                    shown.asText().substring(0, shown.asText().length() - 3).replaceAll("[;\\s]+$", "");
            if (!real.isTextual() || !real.asText().startsWith(prefix)) {
                differences.add(path + ": shown '" + shown.asText() + "', real " + real);
            }
        } else if (!shown.equals(real)) {
            differences.add(path + ": shown " + shown + ", real " + real);
        }
    }
}
