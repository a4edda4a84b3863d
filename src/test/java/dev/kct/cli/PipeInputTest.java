package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 11: a FIFO or process substitution ({@code <(zcat f.gz)}) is read like a file (it was "Illegal
 * seek"), with the same result as the file itself.
 */
class PipeInputTest {

    @TempDir
    Path dir;

    @Test
    void aFifoGivesTheSameResultAsTheFile() throws Exception {
        List<String> lines;
        try (Stream<String> s = Files.lines(Path.of("samples/patents.csv"))) {
            lines = s.limit(300).toList();
        }
        Path file = dir.resolve("base.csv");
        Files.write(file, lines);
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: skipped");
            return;
        }
        assumeTrue(mk.waitFor() == 0, "mkfifo failed: skipped");
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, lines);
            } catch (IOException ignored) {
                // the assertions below report a missing input
            }
        });
        writer.start();
        CliRun fromPipe = CliRun.of("stats", "-q", "--format", "json", fifo.toString());
        writer.join(30_000);
        CliRun fromFile = CliRun.of("stats", "-q", "--format", "json", file.toString());
        assertThat(fromPipe.exitCode()).as(fromPipe.err()).isZero();
        assertThat(fromPipe.out()).isEqualTo(fromFile.out());
        assertThat(fromPipe.out()).contains("\"patents\" : 299");
    }

    @Test
    void aDamagedGzipIsNamedNotTheThrowawayIndex() throws IOException {
        byte[] whole;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write(Files.readAllBytes(Path.of("samples/every-column.csv")));
        }
        whole = buf.toByteArray();
        Path cut = dir.resolve("cut.csv.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun run = CliRun.of("stats", "-q", cut.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(run.err())
                .startsWith("kct: " + cut)
                .contains("damaged or cut short")
                .doesNotContain("kct-index-")
                .hasLineCount(1);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsText() throws IOException {
        String text = Files.readString(Path.of("samples/every-column.csv"));
        Path le = dir.resolve("le.csv");
        Path be = dir.resolve("be.csv");
        byte[] leBytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[leBytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(leBytes, 0, withBom, 2, leBytes.length);
        Files.write(le, withBom);
        Files.write(be, text.getBytes(java.nio.charset.StandardCharsets.UTF_16)); // big-endian with a BOM
        CliRun utf8 = CliRun.of("stats", "-q", "--format", "json", "samples/every-column.csv");
        for (Path f : List.of(le, be)) {
            CliRun run = CliRun.of("stats", "-q", "--format", "json", f.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(utf8.out());
            assertThat(run.err()).doesNotContain("\u0000");
        }
    }
}
