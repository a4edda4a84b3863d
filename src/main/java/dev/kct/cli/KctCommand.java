package dev.kct.cli;

import dev.kct.KctVersion;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code kct} command: a list of subcommands. */
@Command(
        name = "kct",
        mixinStandardHelpOptions = true,
        versionProvider = KctCommand.Version.class,
        description = "Finds key core technologies and chokepoint technologies in patent data.",
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 data error, 4 I/O error."})
public final class KctCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. {@code Main.commandLine}
     * adds only the one a run names: picocli reflects on every option of every command it is given, which took
     * about a fifth of a short run's start.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            IndexCommand.class,
            StatsCommand.class,
            NetworkCommand.class,
            ScoreCommand.class,
            RankCommand.class,
            ExplainCommand.class,
            TrendCommand.class,
            ReportCommand.class,
            GenerateCommand.class,
            IpcCommand.class,
            InspectCommand.class,
            CheckCommand.class,
            AggregatesCommand.class,
            picocli.AutoComplete.GenerateCompletion.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints kct's version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kct " + KctVersion.get()};
        }
    }
}
