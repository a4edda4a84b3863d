package dev.kct.fuzz;

import dev.kct.KctException;
import dev.kct.record.PatentRecord;
import dev.kct.source.PatentReader;
import dev.kct.source.RecordSink;
import dev.kct.source.Rejection;
import dev.kct.source.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one reader on one input and checks the readers' contract (issue 16): the input gives records and
 * located rejections, or, when the whole file is unusable, a {@link KctException} of kind DATA or IO whose
 * message names the file; never another exception, never a hang. Each input is written to a file (readers read
 * paths) in {@code /dev/shm} where it exists.
 */
final class ReaderHarness implements AutoCloseable {

    /** What one input gave. */
    record Outcome(int records, int rejections, boolean refused) {}

    /** The contract was broken; the message says how, the cause is what the reader threw. */
    static final class ContractViolation extends AssertionError {
        ContractViolation(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final String NAME = "fuzz-input";

    private final Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-reader");
        t.setDaemon(true);
        return t;
    });
    private final long timeoutMillis;

    ReaderHarness(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        try {
            Path shm = Path.of("/dev/shm");
            this.dir = Files.createTempDirectory(
                    Files.isDirectory(shm) && Files.isWritable(shm)
                            ? shm
                            : Path.of(System.getProperty("java.io.tmpdir")),
                    "kct-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code data} (written as {@code fileName}) with {@code reader}; throws {@link ContractViolation}. */
    Outcome check(PatentReader reader, String fileName, byte[] data) {
        Path file = dir.resolve(fileName);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checkFile(reader, file);
    }

    /** Reads an input already on disk (e.g. a folder of tables). */
    Outcome checkFile(PatentReader reader, Path file) {
        Counting sink = new Counting(file.getFileName().toString());
        Future<?> run = worker.submit(() -> {
            reader.read(file, NAME, sink);
            return null;
        });
        try {
            run.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Outcome(sink.records, sink.rejections, false);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new ContractViolation(reader.format() + ": no answer within " + timeoutMillis + " ms", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof ContractViolation v) throw v;
            if (t instanceof KctException k
                    && (k.kind() == KctException.Kind.DATA || k.kind() == KctException.Kind.IO)
                    && k.getMessage() != null
                    && (k.getMessage().contains(NAME)
                            || k.getMessage().contains(file.getFileName().toString()))) {
                return new Outcome(sink.records, sink.rejections, true);
            }
            throw new ContractViolation(reader.format() + ": threw " + t, t);
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        worker.shutdownNow();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Counts what the reader pushes and checks that every rejection and record is located in the input. */
    private static final class Counting implements RecordSink {
        final String fileName;
        int records;
        int rejections;

        /** Locations name the display name, or, for a folder of tables, the table file. */
        Counting(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void accept(PatentRecord record, SourceLocation where) {
            located(where, "record");
            if (record == null) throw new ContractViolation("a null record at " + where, null);
            records++;
        }

        @Override
        public void reject(Rejection rejection) {
            located(rejection.where(), "rejection");
            if (rejection.reason() == null || rejection.reason().isBlank()) {
                throw new ContractViolation("a rejection without a reason at " + rejection.where(), null);
            }
            rejections++;
        }

        @Override
        public void warn(SourceLocation where, String message) {
            located(where, "warning");
        }

        @Override
        public void repaired(SourceLocation where, String what) {
            located(where, "repair");
        }

        private void located(SourceLocation where, String what) {
            if (where == null
                    || where.file() == null
                    || where.line() < 0
                    || !(where.file().contains(NAME)
                            || where.file().startsWith("g_")
                            || where.file().contains(fileName))) {
                throw new ContractViolation("a " + what + " without a location in the input: " + where, null);
            }
        }
    }
}
