package dev.kct.cli;

import dev.kct.KctException;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Writes a result to stdout or to a file so that a failure never loses what was there and is never reported as
 * success.
 *
 * <ul>
 *   <li>A regular file (or a new one) is written to a hidden temporary sibling, flushed and forced to disk, and then
 *       renamed over the target in one atomic step; the target keeps its permissions, and a new file gets the
 *       permissions the umask gives (not the 0600 of {@link Files#createTempFile}). If any write, the force or the
 *       close fails (a full disk, a quota), the temporary file is removed, the target is left as it was, and the
 *       error is an I/O error (exit 4).
 *   <li>A target that exists but is not a regular file (a device such as {@code /dev/stdout}, a FIFO) is written in
 *       place and never replaced: renaming over {@code /dev/full} as root would replace the device with a file.
 *       A directory is refused.
 *   <li>Standard output is flushed and checked: {@link PrintWriter} swallows write errors, so a full disk behind
 *       stdout would otherwise exit 0. A reader that closed the pipe early ({@code kct rank | head}) is not an
 *       error: like other Unix tools, kct then stops writing quietly.
 * </ul>
 */
final class AtomicOutput {

    private AtomicOutput() {}

    static void write(Path file, PrintWriter stdout, Consumer<Writer> body) {
        if (file == null) {
            writeStdout(stdout, body);
            return;
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw KctException.usage("-o " + file + ": is a directory; give a file name");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeInPlace(file, target, body);
        } else {
            writeReplacing(file, target, body);
        }
    }

    private static void writeStdout(PrintWriter stdout, Consumer<Writer> body) {
        CheckedWriter out = new CheckedWriter(stdout);
        try {
            body.accept(out);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            // reported below
        }
        if (out.failure != null || stdout.checkError()) {
            throw KctException.io(
                    "cannot write the result to standard output"
                            + (out.failure != null ? ": " + out.failure.getMessage() : "")
                            + " (is the disk full?)",
                    out.failure);
        }
    }

    private static void writeInPlace(Path file, Path target, Consumer<Writer> body) {
        try (Writer raw = new OutputStreamWriter(
                Files.newOutputStream(target, StandardOpenOption.WRITE), StandardCharsets.UTF_8)) {
            CheckedWriter out = new CheckedWriter(new BufferedWriter(raw, 1 << 16));
            runBody(body, out);
        } catch (IOException | UncheckedIOException e) {
            throw failure(file, e);
        }
    }

    private static void writeReplacing(Path file, Path target, Consumer<Writer> body) {
        Path parent = target.getParent();
        Path temp = null;
        try {
            if (parent != null) Files.createDirectories(parent);
            temp = createSibling(target);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                CheckedWriter out = new CheckedWriter(new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16));
                runBody(body, out);
                channel.force(true);
            }
            copyPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            forceDirectory(parent);
        } catch (IOException | UncheckedIOException e) {
            throw failure(file, e);
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

    /** Runs the body and flushes, rethrowing the first write error even where the body swallowed it. */
    private static void runBody(Consumer<Writer> body, CheckedWriter out) throws IOException {
        try {
            body.accept(out);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            if (out.failure == null) throw e;
        }
        if (out.failure != null) throw out.failure;
    }

    /** A new hidden file beside the target, created with the permissions the umask gives. */
    private static Path createSibling(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(from)) return;
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null) return;
        Set<PosixFilePermission> perms = source.readAttributes().permissions();
        dest.setPermissions(perms);
    }

    /** Makes the rename durable; not every file system lets a directory be opened, so this is best effort. */
    private static void forceDirectory(Path dir) {
        if (dir == null) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // the file's own data is already forced; only the directory entry's durability is at stake
        }
    }

    private static KctException failure(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String why = cause instanceof NoSuchFileException
                ? "no such directory"
                : cause instanceof AccessDeniedException
                        ? "permission denied"
                        : cause instanceof FileSystemException fs && fs.getReason() != null
                                ? fs.getReason()
                                : cause.getMessage();
        return KctException.io("cannot write " + file + ": " + why + "; nothing was changed there", cause);
    }

    /**
     * Remembers the first {@link IOException} a write, flush or close raised, so that a caller which wraps this
     * writer in a {@link PrintWriter} (which swallows errors) still cannot report success.
     */
    static final class CheckedWriter extends FilterWriter {

        IOException failure;

        CheckedWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                out.write(c);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                out.write(str, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
            check();
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        /** A PrintWriter underneath (stdout) reports errors only through its flag, which is read at flush. */
        private void check() throws IOException {
            if (out instanceof PrintWriter p && p.checkError()) {
                throw remember(new IOException("write error"));
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
