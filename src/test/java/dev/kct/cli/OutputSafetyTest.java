package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 2: {@code -o} and stdout never lose data silently, never replace a device, honour the umask. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private static final String DATA = "id,ipc,priority_date,applicants,applicant_countries\n"
            + "A1,H01L 21/027;G03F 7/20,2019-03-01,Sony,JP\n"
            + "A2,H01L 21/02;G06N 3/08,2020,Acme,US\n"
            + "A3,G03F 7/20;G06N 3/08,2021,Baidu,CN\n";

    private Path data() throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, DATA);
        return f;
    }

    private static boolean devFullWritable() {
        Path full = Path.of("/dev/full");
        return Files.exists(full) && Files.isWritable(full);
    }

    @Test
    void outputToAFullDeviceIsAnIoErrorAndTheDeviceStaysADevice() throws IOException {
        assumeTrue(devFullWritable(), "/dev/full is absent: skipped");
        CliRun run = CliRun.of("stats", "-q", "--format", "json", "-o", "/dev/full", data().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(run.err()).contains("cannot write /dev/full").doesNotContain("Exception");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
        assertThat(Files.exists(Path.of("/dev/full"))).isTrue();
    }

    @Test
    void stdoutOnAFullDeviceIsAnIoError() throws IOException {
        assumeTrue(devFullWritable(), "/dev/full is absent: skipped");
        StringWriter err = new StringWriter();
        try (PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream("/dev/full"), StandardCharsets.UTF_8), true)) {
            int code = Main.run(
                    new String[] {"stats", "-q", "--format", "json", data().toString()},
                    out,
                    new PrintWriter(err, true));
            assertThat(code).isEqualTo(ExitCode.IO.code());
        }
        assertThat(err.toString()).contains("cannot write the result to standard output");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old contents\n");
        StringWriter out = new StringWriter();
        try {
            AtomicOutput.write(target, new PrintWriter(out), w -> {
                try {
                    w.write("partial");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                throw new java.io.UncheckedIOException(new IOException("No space left on device"));
            });
        } catch (dev.kct.KctException e) {
            assertThat(e.getMessage()).contains("No space left on device").contains("nothing was changed");
        }
        assertThat(Files.readString(target)).isEqualTo("old contents\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.json");
        }
    }

    @Test
    void aNewFileGetsTheUmaskPermissionsAndAnOldOneKeepsItsOwn() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "no POSIX permissions: skipped");
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> umaskDefault = Files.getPosixFilePermissions(probe);

        Path fresh = dir.resolve("fresh.csv");
        assertThat(CliRun.of("stats", "-q", "--format", "csv", "-o", fresh.toString(), data().toString())
                        .exitCode())
                .isZero();
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(umaskDefault);

        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "x\n");
        Set<PosixFilePermission> custom = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(kept, custom);
        assertThat(CliRun.of("stats", "-q", "--format", "csv", "-o", kept.toString(), data().toString())
                        .exitCode())
                .isZero();
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(custom);
        assertThat(Files.readString(kept)).startsWith("code,patents");
    }

    @Test
    void aFifoIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: skipped");
            return;
        }
        assumeTrue(mk.waitFor() == 0, "mkfifo failed: skipped");
        StringBuilder read = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                read.append(Files.readString(fifo));
            } catch (IOException ignored) {
                // the assertion below reports it
            }
        });
        reader.start();
        CliRun run = CliRun.of("stats", "-q", "--format", "csv", "-o", fifo.toString(), data().toString());
        reader.join(30_000);
        assertThat(run.exitCode()).isZero();
        assertThat(read.toString()).startsWith("code,patents");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        CliRun run = CliRun.of("stats", "-q", "--format", "csv", "-o", dir.toString(), data().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path in = data();
        CliRun run = CliRun.of("stats", "-q", "--format", "csv", "-o", in.toString(), in.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("is also an input of this run");
        assertThat(Files.readString(in)).isEqualTo(DATA);
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, in);
        assertThat(CliRun.of(
                                "rank",
                                "-q",
                                "-o",
                                link.toString(),
                                dir.resolve("x/../a.csv").toString())
                        .exitCode())
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(Files.readString(in)).isEqualTo(DATA);
    }

    @Test
    void rejectsThatIsAnInputIsRefusedBeforeAnythingIsTruncated() throws IOException {
        Path in = data();
        CliRun run =
                CliRun.of("index", "--index", dir.resolve("idx").toString(), "--rejects", in.toString(), in.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--rejects").contains("is also an input");
        assertThat(Files.readString(in)).isEqualTo(DATA);
    }

    @Test
    void anOutputInsideTheIndexIsRefused() throws IOException {
        Path idx = dir.resolve("idx");
        assertThat(CliRun.of("index", "-q", "--index", idx.toString(), data().toString())
                        .exitCode())
                .isZero();
        CliRun run = CliRun.of(
                "rank",
                "-q",
                "--index",
                idx.toString(),
                "-o",
                idx.resolve("segments_1").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("lies inside the index");
        assertThat(CliRun.of("stats", "-q", "--index", idx.toString(), "--format", "json")
                        .exitCode())
                .isZero();
    }

    @Test
    void outputAndRejectsMustDiffer() throws IOException {
        Path same = dir.resolve("same.csv");
        CliRun run = CliRun.of("stats", "-q", "-o", same.toString(), "--rejects", same.toString(), data().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("another output of this run");
    }

    @Test
    void indexRefusesADirectoryOfOtherFilesAndDeletesNothing() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(foreign.resolve("_notes.txt"), "keep me");
        Files.writeString(foreign.resolve("_0.cfs"), "keep me too");
        CliRun run = CliRun.of("index", "--index", foreign.toString(), data().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no kct index");
        assertThat(Files.readString(foreign.resolve("_notes.txt"))).isEqualTo("keep me");
        assertThat(Files.readString(foreign.resolve("_0.cfs"))).isEqualTo("keep me too");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(CliRun.of("index", "-q", "--index", empty.toString(), data().toString())
                        .exitCode())
                .isZero();
        assertThat(CliRun.of("index", "-q", "--index", empty.toString(), data().toString())
                        .exitCode())
                .isZero();
    }

    /**
     * A run whose every record is rejected commits nothing and leaves Lucene's lock file in the directory it created;
     * the next run into that directory was refused as "a directory that holds files but no kct index" (exit 2).
     */
    @Test
    void aRunThatCommitsNothingLeavesTheDirectoryToTheNextRun() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,ipc,priority_date\nB1,XX,2001\n");
        Path idx = dir.resolve("idx");
        CliRun failed = CliRun.of("index", "--index", idx.toString(), bad.toString());
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCode.DATA.code());
        assertThat(failed.err()).contains("nothing was committed");
        assertThat(idx.resolve("write.lock")).exists();

        CliRun next = CliRun.of("index", "--index", idx.toString(), data().toString());
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).contains("index holds 3 patents");
    }
}
