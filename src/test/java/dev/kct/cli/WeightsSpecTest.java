package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsSpecTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileOfWeightsInEveryLineForm() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "# chosen by the panel\nindicator,weight\nbetweenness=2\n\nshare, 1\nhhi\t0.5\n");
        assertThat(WeightsSpec.inline("--weights", f.toString())).isEqualTo("betweenness=2,share=1,hhi=0.5");
    }

    @Test
    void leavesMethodsAndInlineWeightsAlone() {
        assertThat(WeightsSpec.inline("--weights", "entropy")).isEqualTo("entropy");
        assertThat(WeightsSpec.inline("--weights", "a=1,b=2")).isEqualTo("a=1,b=2");
        assertThat(WeightsSpec.inline("--family-weights", null)).isNull();
    }

    @Test
    void badLinesNameFileAndLine() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.writeString(f, "share=1\nhhi 2 3\n");
        assertThatThrownBy(() -> WeightsSpec.inline("--weights", f.toString()))
                .isInstanceOf(KctException.class).hasMessageContaining("w.txt:2: expected 'name=weight'");
    }
}
