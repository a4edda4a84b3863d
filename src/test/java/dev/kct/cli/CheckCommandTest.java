package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 6: a byte flipped anywhere in any index file is found by {@code kct check} (exit 4). */
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path sampleIndex(String name) throws IOException {
        List<String> lines;
        try (Stream<String> s = Files.lines(Path.of("samples/patents.csv"))) {
            lines = s.limit(2001).toList();
        }
        Path csv = dir.resolve("base.csv");
        Files.write(csv, lines);
        Path idx = dir.resolve(name);
        assertThat(CliRun.of("index", "-q", "--index", idx.toString(), csv.toString())
                        .exitCode())
                .isZero();
        return idx;
    }

    @Test
    void aCleanIndexIsOk() throws IOException {
        Path idx = sampleIndex("idx");
        CliRun run = CliRun.of("check", "--index", idx.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(": ok (").contains("2000 documents");
        CliRun fast = CliRun.of("check", "--checksums-only", "--index", idx.toString());
        assertThat(fast.exitCode()).isZero();
        assertThat(fast.out()).contains("by checksum");
    }

    @Test
    void aFlippedByteInTheMiddleOfEveryFileIsFound() throws IOException {
        Path idx = sampleIndex("idx");
        List<Path> files;
        try (Stream<Path> s = Files.list(idx)) {
            files = s.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("every file of one or more segments").hasSizeGreaterThan(10);
        for (Path file : files) {
            Path copy = dir.resolve("copy-" + file.getFileName());
            Files.createDirectories(copy);
            try (Stream<Path> s = Files.list(idx)) {
                for (Path f : s.toList()) Files.copy(f, copy.resolve(f.getFileName()));
            }
            flipMiddleByte(copy.resolve(file.getFileName()));
            CliRun run = CliRun.of("check", "--checksums-only", "--index", copy.toString());
            assertThat(run.exitCode())
                    .as("flipped byte in %s", file.getFileName())
                    .isEqualTo(ExitCode.IO.code());
            assertThat(run.err())
                    .as("message for %s", file.getFileName())
                    .startsWith("kct: ")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aMissingIndexIsAnIoError() {
        CliRun run = CliRun.of("check", "--index", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(run.err()).contains("no index at");
    }

    private static void flipMiddleByte(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long pos = ch.size() / 2;
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, pos);
            b.put(0, (byte) (b.get(0) ^ 0x5A));
            b.rewind();
            ch.write(b, pos);
        }
    }
}
