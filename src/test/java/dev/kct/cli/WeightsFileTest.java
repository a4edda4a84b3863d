package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.rank.WeightingMethod;
import dev.kct.rank.WeightsSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileOfWeightsInEveryLineForm() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "# chosen by the panel\nindicator,weight\nbetweenness=2\n\nshare, 1\nhhi\t0.5\n");
        assertThat(WeightsFile.read("--weights-file", f).id()).isEqualTo("betweenness=2,share=1,hhi=0.5");
    }

    @Test
    void inlineOrFileNotBoth() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "share=1\n");
        WeightsSpec entropy = WeightsSpec.parse("entropy");
        assertThat(WeightsFile.either("--weights", entropy, "--weights-file", null))
                .isEqualTo(entropy);
        assertThat(WeightsFile.either("--weights", null, "--weights-file", f))
                .isEqualTo(new WeightsSpec.Fixed("share=1"));
        assertThat(WeightsFile.either("--family-weights", null, "--family-weights-file", null))
                .isNull();
        assertThatThrownBy(() -> WeightsFile.either("--weights", entropy, "--weights-file", f))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void aFileNamedLikeAMethodDoesNotChangeWhatTheMethodMeans() throws IOException {
        Path entropy = Path.of("entropy");
        boolean made = !Files.exists(entropy);
        if (made) Files.writeString(entropy, "share=1\n");
        try {
            assertThat(WeightsSpec.parse("entropy")).isEqualTo(new WeightsSpec.Method(WeightingMethod.ENTROPY));
            CliRun run = CliRun.of(
                    "rank",
                    "-q",
                    "--weights",
                    "entropy",
                    "--format",
                    "json",
                    "--top",
                    "1",
                    "--min-patents",
                    "0",
                    "samples/every-column.csv");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("\"weights\" : \"entropy\"");
        } finally {
            if (made) Files.delete(entropy);
        }
    }

    @Test
    void badLinesNameFileAndLine() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "share=1\nhhi 2 3\n");
        assertThatThrownBy(() -> WeightsFile.read("--weights-file", f))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("w.txt:2: expected 'name=weight'");
    }
}
