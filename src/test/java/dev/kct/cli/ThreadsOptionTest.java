package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** {@code --threads N} bounds every parallel step (issue 14, item 7), and the result does not depend on it. */
class ThreadsOptionTest {

    @Test
    void oneThreadGivesTheSameBytesAndNoStepUsesTheCommonPool() {
        long stealsBefore = ForkJoinPool.commonPool().getStealCount();
        CliRun one =
                CliRun.of("rank", "-q", "samples/patents.csv", "--target", "CN", "--format", "json", "--threads", "1");
        CliRun two =
                CliRun.of("rank", "-q", "samples/patents.csv", "--target", "CN", "--format", "json", "--threads", "2");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.out()).isEqualTo(two.out());
        assertThat(ForkJoinPool.commonPool().getStealCount())
                .as("tasks run on the JVM's common pool, which --threads does not bound")
                .isEqualTo(stealsBefore);
    }
}
