package dev.kct.cli;

import dev.kct.KctException;
import picocli.CommandLine.Option;

/** {@code --threads N}: the one bound on worker threads of every parallel step of a command that reads patents. */
final class ThreadOptions {

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description = "Worker threads for every parallel step; 0 = all cores. Default: ${DEFAULT-VALUE}.")
    int threads;

    /** The number of worker threads asked for; 0 means all available cores. */
    int threads() {
        if (threads < 0)
            throw KctException.usage(
                    "--threads: " + threads + " is negative; give a number of threads (0 = all cores)");
        return threads;
    }
}
