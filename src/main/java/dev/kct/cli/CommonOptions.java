package dev.kct.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --verbose} and {@code --quiet}, on every command. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--verbose", description = "Print stack traces for errors and more detail.")
    boolean verbose;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bars or summaries on stderr (warnings and errors still show).")
    boolean quiet;

    Diagnostics diagnostics() {
        return new Diagnostics(spec.commandLine().getErr(), quiet);
    }
}
