package dev.kct.cli;

import dev.kct.KctException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Refuses, before anything is read or written, a run whose output would destroy its own input: {@code -o} or
 * {@code --rejects} naming one of the input files, a file inside the index being read or written, or
 * {@code -o} and {@code --rejects} naming the same file. Paths are compared after resolving links, so
 * {@code ./x.csv}, {@code x.csv} and a symbolic link to it are the same file.
 */
final class OutputGuard {

    private OutputGuard() {}

    /**
     * @param option  the option that names the output, for the message ({@code -o}, {@code --rejects})
     * @param output  the output file, or null (stdout)
     * @param inputs  the run's input files (may be null)
     * @param index   the index read or written (may be null)
     * @param others  other outputs of the same run, by option name (e.g. {@code --rejects} for {@code -o}); may hold nulls
     */
    static void check(String option, Path output, Collection<Path> inputs, Path index, Path... others) {
        if (output == null) return;
        Path out = real(output);
        if (inputs != null) {
            for (Path in : inputs) {
                if (out.equals(real(in))) {
                    throw KctException.usage(option + " " + output + " is also an input of this run; writing it would"
                            + " destroy the input: choose another file");
                }
            }
        }
        if (index != null) {
            Path idx = real(index);
            if (out.startsWith(idx)) {
                throw KctException.usage(option + " " + output + " lies inside the index " + index
                        + "; writing it would damage the index: choose a file outside it");
            }
        }
        for (Path other : others) {
            if (other != null && out.equals(real(other))) {
                throw KctException.usage(option + " " + output + " is also another output of this run (" + other
                        + "); give each output its own file");
            }
        }
    }

    /** The path with every existing part resolved (links, {@code ..}); the rest appended as written. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return abs;
        try {
            Path resolved = existing.toRealPath();
            return rest == null ? resolved : resolved.resolve(rest);
        } catch (IOException e) {
            return abs;
        }
    }
}
