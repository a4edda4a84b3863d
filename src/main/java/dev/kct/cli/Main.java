package dev.kct.cli;

import dev.kct.KctException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point: builds the picocli command tree, maps exceptions to exit codes (a user error prints one
 * line and no stack trace unless {@code --verbose}), and keeps library logging off stderr.
 */
public final class Main {

    private static final Logger[] QUIET_LOGGERS = {
        Logger.getLogger("org.apache.lucene"), Logger.getLogger("org.jline"), Logger.getLogger("me.tongfei")
    };

    private Main() {}

    public static void main(String[] args) {
        mainArgs = args.clone();
        preparedOutOfMemoryMessage = outOfMemoryMessage(args);
        Thread.setDefaultUncaughtExceptionHandler(Main::workerDied);
        PrintWriter out = stdout();
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err, args);
        }
        if (out.checkError() && code == ExitCode.OK.code()) {
            err.println("kct: cannot write to standard output (is the disk full?)");
            code = ExitCode.IO.code();
        }
        System.exit(code);
    }

    /**
     * Standard output as UTF-8 over the file descriptor itself: {@code System.out} is a {@link java.io.PrintStream},
     * which hides write errors even from a {@link PrintWriter}'s {@code checkError}, so a full disk or closed pipe
     * behind stdout could not be reported.
     */
    private static PrintWriter stdout() {
        return new PrintWriter(
                new java.io.BufferedWriter(
                        new ClosedPipeTolerantWriter(new java.io.OutputStreamWriter(
                                new java.io.FileOutputStream(java.io.FileDescriptor.out),
                                java.nio.charset.StandardCharsets.UTF_8)),
                        1 << 16),
                true);
    }

    /**
     * A reader that closed the pipe early ({@code kct rank | head}) is not an error: like other Unix tools, kct
     * then discards the rest quietly. Every other write error (a full disk) still reaches the PrintWriter.
     */
    private static final class ClosedPipeTolerantWriter extends java.io.FilterWriter {
        private boolean closedPipe;

        ClosedPipeTolerantWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (!closedPipe) guard(() -> out.write(c));
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (!closedPipe) guard(() -> out.write(cbuf, off, len));
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (!closedPipe) guard(() -> out.write(str, off, len));
        }

        @Override
        public void flush() throws IOException {
            if (!closedPipe) guard(out::flush);
        }

        private interface IoAction {
            void run() throws IOException;
        }

        private void guard(IoAction action) throws IOException {
            try {
                action.run();
            } catch (IOException e) {
                if (!"Broken pipe".equals(e.getMessage())) throw e;
                closedPipe = true;
            }
        }
    }

    /** Runs kct with the given streams and returns the exit code (for tests and {@link #main}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        silenceLibraryLogging();
        try {
            // building the command line (picocli reflects on every command) can exhaust a tiny heap too
            return commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
        } catch (Error e) {
            // an exhausted heap may surface wrapped, e.g. in the ServiceConfigurationError of a class being loaded
            if (causedByOutOfMemory(e)) return outOfMemory(err, args);
            throw e;
        }
    }

    /** True when {@code e} or one of its causes is an {@link OutOfMemoryError}. */
    static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /**
     * A worker thread that dies of an exhausted heap leaves the message to the main thread, which sees the same
     * error; anything else a worker throws is a bug and says so in one line.
     */
    private static void workerDied(Thread t, Throwable e) {
        if (causedByOutOfMemory(e)) {
            reserve = null;
            // the main thread may wait for this worker's work for ever: report and stop here
            outOfMemory(new PrintWriter(System.err, true), mainArgs);
            System.exit(ExitCode.IO.code());
        }
        System.err.println(
                "kct: internal error in thread " + t.getName() + ": " + e + " (report it with the command you ran)");
    }

    /** The arguments of {@link #main}, for the out-of-memory message of a worker thread. */
    private static volatile String[] mainArgs = new String[0];

    /** The out-of-memory message is said once, by whichever thread sees the error first. */
    private static final java.util.concurrent.atomic.AtomicBoolean OUT_OF_MEMORY_SAID =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Freed when the heap runs out, so that the message saying so can still be built. */
    private static volatile byte[] reserve = new byte[4 << 20];

    /**
     * Out of memory is not a bug of the input nor of kct's logic: say which run ran out, how much heap it had
     * and how to give more, without a stack trace; exit 4 like other exhausted resources (a full disk).
     */
    static int outOfMemory(PrintWriter err, String[] args) {
        reserve = null;
        synchronized (OUT_OF_MEMORY_SAID) {
            if (OUT_OF_MEMORY_SAID.get()) return ExitCode.IO.code();
            try {
                String message = preparedOutOfMemoryMessage != null && Arrays.equals(args, mainArgs)
                        ? preparedOutOfMemoryMessage
                        : outOfMemoryMessage(args);
                err.println(message);
            } catch (OutOfMemoryError again) {
                err.println("kct: out of memory: give kct more heap, e.g. KCT_JAVA_OPTS=-Xmx8g scripts/kct ...");
            }
            err.flush();
            OUT_OF_MEMORY_SAID.set(true);
        }
        return ExitCode.IO.code();
    }

    /**
     * The out-of-memory message of a run, made when the run starts: when the heap is exhausted, other threads may
     * take whatever the failed allocation freed before the message is built, and a message that cannot be built is
     * not said.
     */
    private static volatile String preparedOutOfMemoryMessage;

    private static String outOfMemoryMessage(String[] args) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String run = String.join(" ", args);
        if (run.length() > 200) run = run.substring(0, 200) + "...";
        return "kct: out of memory (heap limit " + maxMb + " MiB) while running 'kct " + run + "': give kct more"
                + " heap, e.g. KCT_JAVA_OPTS=-Xmx" + Math.max(2, 4 * maxMb / 1024)
                + "g scripts/kct ... (or java -Xmx... -jar"
                + " kct.jar ...), or narrow the selection (--from/--to, --ipc, a coarser --level)";
    }

    /** The configured command tree writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The command tree for a run whose first argument is {@code first}: with only that subcommand when it names
     * one (its parsing, help and errors are the same), else with all (top-level help, suggestions for a mistyped
     * name, and {@code generate-completion}, which completes every command).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cmd = new CommandLine(new KctCommand());
        List<Class<?>> named = KctCommand.SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(CommandLine.Command.class).name().equals(first))
                .filter(c -> c != picocli.AutoComplete.GenerateCompletion.class)
                .toList();
        (named.isEmpty() ? KctCommand.SUBCOMMANDS : named).forEach(cmd::addSubcommand);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(Main::handleParameterException);
        cmd.setExecutionExceptionHandler(Main::handleExecutionException);
        HelpSections.install(cmd);
        CommandLine completion = cmd.getSubcommands().get("generate-completion");
        if (completion != null) completion.getCommandSpec().usageMessage().hidden(true);
        return cmd;
    }

    static void silenceLibraryLogging() {
        for (Logger l : QUIET_LOGGERS) {
            l.setLevel(Level.OFF);
        }
        // Apache POI logs through the Log4j API, which without a provider says so on stderr ("Log4j API could not
        // find a logging provider") the first time POI asks for a logger; kct reports POI's failures itself. The
        // API's own simple logger, switched off, takes the place of a provider; a user's -D settings win.
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) System.setProperty(property, value);
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage().replaceFirst("^Invalid value for option '([^']+)': ", "$1: ");
        String name = cmd.getCommandSpec().qualifiedName(" ");
        err.println("kct: " + message + " (try '" + name + " --help')");
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        ExitCode code;
        if (causedByOutOfMemory(ex))
            return outOfMemory(err, parsed.originalArgs().toArray(String[]::new));
        if (ex instanceof KctException k) {
            err.println("kct: " + k.getMessage());
            code = ExitCode.of(k.kind());
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println("kct: I/O error: " + io.getMessage());
            code = ExitCode.IO;
        } else {
            err.println("kct: internal error: " + ex
                    + (verbose
                            ? ""
                            : " (run again with --verbose for details," + " and report it with the command you ran)"));
            code = ExitCode.INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }
}
