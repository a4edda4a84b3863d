package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.generate.CorpusConfig;
import dev.kct.generate.SyntheticCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kct index killed mid-run (SIGKILL, no cleanup) keeps its last commit readable and writable. */
class KilledIndexingTest {

    @TempDir
    Path dir;

    @Test
    void killedRunLeavesTheLastCommit() throws Exception {
        Path idx = dir.resolve("idx");
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "id,ipc,publication_date\nK1,H01L,2001\nK2,G06F,2002\nK3,G06F,2003\n");
        assertThat(kct("index", "-q", "--index", idx.toString(), small.toString())
                        .waitFor())
                .isZero();

        Path big = dir.resolve("big.csv");
        new SyntheticCorpus(CorpusConfig.of(400_000, 3)).writeTo(big);
        java.util.Set<String> committed;
        try (var files = Files.list(idx)) {
            committed = new java.util.HashSet<>(
                    files.map(p -> p.getFileName().toString()).toList());
        }
        Process run = kct("index", "-q", "--index", idx.toString(), big.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (run.isAlive() && System.nanoTime() < deadline && !hasNewSegment(idx, committed)) {
            Thread.sleep(50);
        }
        assertThat(run.isAlive())
                .as("the big run should still be indexing when killed")
                .isTrue();
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (PatentIndex index = PatentIndex.open(idx)) {
            assertThat(index.patents()).isEqualTo(3);
        }
        assertThat(kct("index", "-q", "--index", idx.toString(), small.toString())
                        .waitFor())
                .as("the index is not left locked")
                .isZero();
    }

    /**
     * kill -9 at seeded random points of a run (issue 16): whenever it lands, the index is exactly its last commit
     * or the new one, and it opens, reads and takes the next writer.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void killedAtARandomPointTheIndexIsOldOrNew(long seed) throws Exception {
        Path idx = dir.resolve("idx-" + seed);
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "id,ipc,publication_date\nK1,H01L,2001\nK2,G06F,2002\nK3,G06F,2003\n");
        assertThat(kct("index", "-q", "--index", idx.toString(), small.toString())
                        .waitFor())
                .isZero();
        Path big = dir.resolve("big-" + seed + ".csv");
        new SyntheticCorpus(CorpusConfig.of(30_000, seed)).writeTo(big);
        Process run = kct("index", "-q", "--index", idx.toString(), big.toString());
        long delay = 200 + new java.util.SplittableRandom(seed).nextInt(3_000);
        run.waitFor(delay, TimeUnit.MILLISECONDS);
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        try (PatentIndex index = PatentIndex.open(idx)) {
            assertThat(index.patents()).as("kill after %d ms", delay).isIn(3, 30_003);
        }
        assertThat(kct("index", "-q", "--index", idx.toString(), small.toString())
                        .waitFor())
                .as("the index is not left locked")
                .isZero();
    }

    /** True once the running indexer has flushed a segment of its own (it is mid-run, with data on disk). */
    private static boolean hasNewSegment(Path idx, java.util.Set<String> committed) throws java.io.IOException {
        try (var files = Files.list(idx)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(n -> !committed.contains(n) && n.endsWith(".si"));
        }
    }

    /** Starts kct in a JVM of its own, output discarded. */
    static Process kct(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(
                List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.kct.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
