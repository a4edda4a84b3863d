package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.index.PatentIndex;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command's patents come from: {@code --index DIR}, or input files that are first indexed into
 * a throwaway index (deleted afterwards, also when the run is interrupted).
 */
final class DataInput {

    @Option(names = "--index", paramLabel = "DIR", description = "Read this kct index (built with 'kct index').")
    Path index;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Input files to index into a throwaway index first (instead of --index).")
    List<Path> files;

    @Mixin
    IngestOptions ingest;

    @Mixin
    ThreadOptions threads;

    /** Opens the data; the caller closes it. */
    Opened open(Diagnostics diag) {
        boolean hasFiles = files != null && !files.isEmpty();
        if (index != null && hasFiles) {
            throw KctException.usage("give either --index DIR or input files, not both");
        }
        if (index == null && !hasFiles) {
            throw KctException.usage("no data: give --index DIR or one or more input files");
        }
        if (index != null) {
            return new Opened(PatentIndex.open(index), null, null);
        }
        Path temp;
        try {
            temp = Files.createTempDirectory("kct-index-");
        } catch (IOException e) {
            throw KctException.io("cannot create a temporary index: " + e.getMessage(), e);
        }
        Thread cleanup = new Thread(() -> deleteQuietly(temp));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Ingest.Ingested ingested = Ingest.run(temp, files, ingest, threads.threads(), diag);
            return new Opened(PatentIndex.open(temp), ingested, () -> {
                deleteQuietly(temp);
                Runtime.getRuntime().removeShutdownHook(cleanup);
            });
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            Runtime.getRuntime().removeShutdownHook(cleanup);
            throw e;
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a leftover temp dir is harmless; the OS cleans its temp folder
        }
    }

    /** An open index, what was read into it (input files) or null ({@code --index}), and what to do when done. */
    static final class Opened implements Closeable {
        private final PatentIndex index;
        private final Ingest.Ingested ingested;
        private final Runnable cleanup;

        Opened(PatentIndex index, Ingest.Ingested ingested, Runnable cleanup) {
            this.index = index;
            this.ingested = ingested;
            this.cleanup = cleanup;
        }

        PatentIndex index() {
            return index;
        }

        /** The input files indexed for this run and what the ingest did, or null when it read {@code --index}. */
        Ingest.Ingested ingested() {
            return ingested;
        }

        @Override
        public void close() throws IOException {
            try {
                index.close();
            } finally {
                if (cleanup != null) cleanup.run();
            }
        }
    }
}
