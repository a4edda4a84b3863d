package dev.kct.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Everything kct says besides results: warnings, notes and progress, all on stderr. Progress bars show
 * only when stderr is a terminal and {@code --quiet} is off, so pipes and logs stay clean.
 */
final class Diagnostics {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;

    Diagnostics(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    /** A warning: always shown (it may change how results are read). */
    void warn(String message) {
        err.println("kct: warning: " + message);
        err.flush();
    }

    /** A note, e.g. a summary line; hidden by {@code --quiet}. */
    void note(String message) {
        if (!quiet) {
            err.println(message);
            err.flush();
        }
    }

    /** A progress bar for {@code task}, or null when progress is not shown. */
    ProgressBar progress(String task, long max, String unit) {
        if (quiet || !terminal) return null;
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }
}
