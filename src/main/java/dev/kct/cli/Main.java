package dev.kct.cli;

import dev.kct.KctException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = stdout();
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        if (out.checkError() && code == ExitCode.OK.code()) {
            err.println("kct: cannot write to standard output (is the disk full or the pipe closed?)");
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
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8),
                1 << 16), true);
    }

    /** Runs kct with the given streams and returns the exit code (for tests and {@link #main}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        silenceLibraryLogging();
        CommandLine cmd = commandLine(out, err);
        return cmd.execute(args);
    }

    /** The configured command tree writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new KctCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(Main::handleParameterException);
        cmd.setExecutionExceptionHandler(Main::handleExecutionException);
        return cmd;
    }

    static void silenceLibraryLogging() {
        for (Logger l : QUIET_LOGGERS) {
            l.setLevel(Level.OFF);
        }
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("kct: " + ex.getMessage());
        String name = cmd.getCommandSpec().qualifiedName(" ");
        err.println("Try '" + name + " --help' for the options.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        ExitCode code;
        if (ex instanceof KctException k) {
            err.println("kct: " + k.getMessage());
            code = ExitCode.of(k.kind());
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println("kct: I/O error: " + io.getMessage());
            code = ExitCode.IO;
        } else {
            err.println("kct: internal error: " + ex + (verbose ? "" : " (run again with --verbose for details,"
                    + " and report it with the command you ran)"));
            code = ExitCode.INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }
}
