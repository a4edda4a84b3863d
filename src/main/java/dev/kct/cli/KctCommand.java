package dev.kct.cli;

import dev.kct.KctVersion;
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
        subcommands = {
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
            picocli.AutoComplete.GenerateCompletion.class
        },
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 data error, 4 I/O error."})
public final class KctCommand implements Runnable {

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
