package dev.kct.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs kct in-process with captured stdout and stderr (public for the integration tests). */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
