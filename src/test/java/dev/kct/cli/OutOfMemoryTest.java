package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 10: running out of heap is a one-line message that says how to give more, not a stack trace. */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    /**
     * kct's classes and runtime dependencies, as kct.jar holds them: not the test classpath, whose provided Spark jars
     * (hundreds of them, each scanned for services) would exhaust a 16 MB heap before kct's main starts.
     */
    private static String kctClasspath() {
        String runtime = System.getProperty("kct.runtimeClasspath", "");
        if (runtime.isBlank() || runtime.startsWith("${")) return System.getProperty("java.class.path");
        return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + runtime;
    }

    @Test
    void aTinyHeapGivesAClearMessageAndExit4() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int attempt = 0; attempt < 3; attempt++) {
            Path errFile = dir.resolve("err-" + attempt + ".txt");
            Process p = new ProcessBuilder(List.of(
                            java,
                            "-Xmx16m",
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            kctClasspath(),
                            "dev.kct.cli.Main",
                            "rank",
                            "-q",
                            "samples/patents.csv",
                            "-o",
                            dir.resolve("r.json").toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errFile.toFile())
                    .start();
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            if (!ended) p.destroyForcibly();
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            assertThat(ended)
                    .as("kct ended (a worker's out-of-memory error must not leave it waiting): " + err)
                    .isTrue();
            assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.IO.code());
            assertThat(err)
                    .contains("kct: out of memory (heap limit")
                    .contains("samples/patents.csv")
                    .contains("-Xmx")
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception in thread");
            assertThat(err.lines()
                            .filter(l -> l.startsWith("kct: out of memory"))
                            .count())
                    .isEqualTo(1);
        }
    }
}
