package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.index.CountUnit;
import dev.kct.indicator.CountryCount;
import dev.kct.ipc.IpcLevel;
import dev.kct.network.NetworkFormat;
import dev.kct.rank.AggregationMethod;
import dev.kct.rank.KeyTop;
import dev.kct.rank.Normalization;
import dev.kct.rank.WeightingMethod;
import dev.kct.rank.WeightsSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every option travels inward typed, parsed once (as PMD's CLI tests check): each kct command line of the README is
 * parsed into its command object and turned into the typed settings the command hands the engine, without running
 * anything; and a few option values are checked for the type they become.
 */
class TypedOptionsTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```\\w*\\n(.*?)^```");
    private static final Pattern INLINE = Pattern.compile("`(?:scripts/)?kct ([^`]+)`");

    /** The command lines of the README's code blocks and table cells, without {@code kct}. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> commands = new ArrayList<>();
        Matcher m = FENCE.matcher(readme);
        while (m.find()) {
            for (String line : m.group(1).lines().toList()) {
                String l = line.startsWith("$ ") ? line.substring(2) : line;
                if (l.startsWith("scripts/kct ")) commands.add(l.substring("scripts/kct ".length()));
            }
        }
        Matcher inline = INLINE.matcher(readme);
        while (inline.find()) {
            String c = inline.group(1);
            if (!c.contains("...") && !c.contains("COMMAND") && c.contains(" ")) commands.add(c);
        }
        return commands;
    }

    private static Object parse(String... args) {
        CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine.ParseResult r = cli.parseArgs(args);
        while (r.hasSubcommand()) r = r.subcommand();
        return r.commandSpec().userObject();
    }

    /** What each command builds from its options before it reads data; throws where an option is wrong. */
    private static void settingsOf(Object command) {
        if (command instanceof AnalysisCommand a) {
            a.filter.filters();
            a.analysis.settings(a.network, a.input.threads.threads());
            a.input.ingest.options(a.input.threads.threads());
            a.output.format();
        } else if (command instanceof StatsCommand s) {
            s.filter.filters();
            s.output.format();
        } else if (command instanceof NetworkCommand n) {
            n.filter.filters();
            n.network.centralityOptions(n.input.threads.threads());
            n.network.minWeight();
        } else if (command instanceof IndexCommand i) {
            i.ingest.options(i.threads.threads());
        }
    }

    @Test
    void aRunNamingOneCommandGetsThatCommandAloneWithTheSameHelp() {
        CommandLine all = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : all.getSubcommands().keySet()) {
            CommandLine one =
                    Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), name);
            if (name.equals("generate-completion")) {
                assertThat(one.getSubcommands().keySet())
                        .isEqualTo(all.getSubcommands().keySet());
                continue;
            }
            assertThat(one.getSubcommands().keySet()).containsExactly(name);
            assertThat(one.getSubcommands().get(name).getUsageMessage())
                    .isEqualTo(all.getSubcommands().get(name).getUsageMessage());
        }
        CommandLine unknown =
                Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "rnak");
        assertThat(unknown.getSubcommands().keySet())
                .isEqualTo(all.getSubcommands().keySet());
    }

    @Test
    void everyReadmeCommandParsesToTypedSettings() throws IOException {
        List<String> commands = readmeCommands();
        assertThat(commands).hasSizeGreaterThan(10);
        for (String command : commands) {
            try {
                settingsOf(parse(CliRun.shellWords(command.replace("$KCT_DATA", "../shared/data"))));
            } catch (RuntimeException e) {
                fail("README command does not give typed settings: kct %s (%s)", command, e.getMessage());
            }
        }
    }

    @Test
    void closedSetsBecomeTheirTypes() {
        RankCommand rank = (RankCommand) parse(
                "rank",
                "--index",
                "idx",
                "--weights",
                "critic",
                "--normalize",
                "Vector",
                "--method",
                "wsum",
                "--country-count",
                "fractional",
                "--count",
                "families",
                "--level",
                "group",
                "--key-top",
                "15%",
                "--family-weights",
                "centrality=2,dominance=1,barrier=1",
                "--format",
                "csv");
        KeyTechnologyAnalysis.Settings s = rank.analysis.settings(rank.network, 0);
        assertThat(s.scoring().weights()).isEqualTo(new WeightsSpec.Method(WeightingMethod.CRITIC));
        assertThat(s.scoring().normalization()).isEqualTo(Normalization.VECTOR);
        assertThat(s.scoring().aggregation()).isEqualTo(AggregationMethod.WSUM);
        assertThat(s.scoring().familyWeights()).isEqualTo(new WeightsSpec.Fixed("centrality=2,dominance=1,barrier=1"));
        assertThat(s.countryCount()).isEqualTo(CountryCount.FRACTIONAL);
        assertThat(s.keyTop()).isInstanceOf(KeyTop.Percent.class);
        assertThat(s.keyTop().resolve(200)).isEqualTo(30);
        assertThat(rank.filter.count).isEqualTo(CountUnit.FAMILIES);
        assertThat(rank.filter.level).isEqualTo(IpcLevel.GROUP);
        assertThat(rank.output.format()).isEqualTo(OutputOptions.Format.CSV);
        NetworkCommand net = (NetworkCommand) parse("network", "--index", "idx", "--format", "GEXF");
        assertThat(net.format).isEqualTo(NetworkFormat.GEXF);
    }

    @Test
    void generateCompletionPrintsABashScriptWithTheValuesOfClosedSets() {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("#!/usr/bin/env bash")
                .contains("complete -F")
                .contains("subclass")
                .contains("critic")
                .contains("fractional");
        assertThat(CliRun.of("--help").out()).doesNotContain("generate-completion");
    }

    @Test
    void helpGroupsOptionsUnderHeadings() {
        String help = CliRun.of("rank", "--help").out();
        assertThat(help)
                .contains("Filters (the selection):")
                .contains("Scoring:")
                .contains("Network:")
                .contains("Output:")
                .contains("Performance:");
        assertThat(help.indexOf("--normalize")).isGreaterThan(help.indexOf("Scoring:"));
        assertThat(help.indexOf("--level"))
                .isBetween(help.indexOf("Filters (the selection):"), help.indexOf("Scoring:"));
    }
}
