package dev.kct.cli;

import dev.kct.KctException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes a result to stdout, or to a file through a temporary sibling that is moved into place only
 * when writing succeeded, so a failed run never leaves half a file.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    static void write(Path file, PrintWriter stdout, Consumer<Writer> body) {
        if (file == null) {
            body.accept(stdout);
            stdout.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Path parent = target.getParent();
            if (parent != null) Files.createDirectories(parent);
            temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            try (Writer w = new PrintWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                body.accept(w);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw KctException.io("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}
