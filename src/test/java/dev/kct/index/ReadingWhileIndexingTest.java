package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.cli.CliRun;
import dev.kct.generate.CorpusConfig;
import dev.kct.generate.SyntheticCorpus;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: reading an index while another writer indexes into it. A writer holds the index's lock and flushes
 * segments it has not committed, commits part-way or only at the end; {@code stats} and {@code rank} running meanwhile
 * see exactly the last commit or the new one (their whole output equal to the output on that commit, never a mix),
 * and exit 0.
 */
class ReadingWhileIndexingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Another process runs {@code kct index} (one commit at the end) while this one reads. */
    @Test
    void readersSeeTheLastCommitOrTheNewOneWhileAnotherProcessIndexes() throws Exception {
        Path idx = threePatents();
        Path big = dir.resolve("big.csv");
        new SyntheticCorpus(CorpusConfig.of(30_000, 11)).writeTo(big);
        Reads before = Reads.of(idx);

        Process writer = KilledIndexingTest.kct("index", "-q", "--index", idx.toString(), big.toString());
        List<Reads> during = new ArrayList<>();
        int whileRunning = 0;
        while (writer.isAlive()) {
            during.add(Reads.of(idx));
            if (writer.isAlive()) whileRunning++;
        }
        assertThat(writer.waitFor()).isZero();
        Reads after = Reads.of(idx);

        assertThat(before.patents()).isEqualTo(3);
        assertThat(after.patents()).isEqualTo(30_003);
        assertThat(whileRunning)
                .as("reads that began and ended while the writer ran")
                .isPositive();
        for (Reads r : during) r.assertOneOf(before, after);
    }

    /**
     * A writer in this process flushes uncommitted segments (a group of 32,768 held replacements is written with a
     * 1 MB RAM buffer), commits part-way, then adds and commits the rest while
     * readers run: before the first commit they see the old index, between the commits the part-way one, then the
     * part-way or the final one.
     */
    @Test
    void readersSeeEachCommitOfAWriterThatCommitsPartWay() throws Exception {
        Path idx = threePatents();
        Reads initial = Reads.of(idx);
        CountDownLatch halfAdded = new CountDownLatch(1);
        CountDownLatch readUncommitted = new CountDownLatch(1);
        CountDownLatch halfCommitted = new CountDownLatch(1);
        CountDownLatch readPartWay = new CountDownLatch(1);
        PatentIndexWriter.Settings settings = new PatentIndexWriter.Settings(
                2, 1, ApplicantMap.NONE, new CountryOfOrigin(CountryOfOrigin.Mode.APPLICANT));
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try (PatentIndexWriter w = PatentIndexWriter.open(idx, settings)) {
                Iterator<PatentRecord> records = new SyntheticCorpus(CorpusConfig.of(45_000, 12)).iterator();
                for (int i = 0; i < 36_000; i++) w.add(records.next());
                halfAdded.countDown();
                readUncommitted.await();
                w.commit();
                halfCommitted.countDown();
                readPartWay.await();
                records.forEachRemaining(w::add);
                w.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        halfAdded.await();
        assertThat(hasUncommittedSegment(idx))
                .as("the writer flushed segments it has not committed")
                .isTrue();
        assertThat(Reads.of(idx)).as("before the first commit").isEqualTo(initial);
        readUncommitted.countDown();
        halfCommitted.await();
        Reads partWay = Reads.of(idx);
        assertThat(partWay.patents()).isEqualTo(36_003);
        readPartWay.countDown();
        List<Reads> during = new ArrayList<>();
        while (!writing.isDone()) during.add(Reads.of(idx));
        writing.get();
        Reads last = Reads.of(idx);

        assertThat(last.patents()).isEqualTo(45_003);
        for (Reads r : during) r.assertOneOf(partWay, last);
    }

    /** A new index of three patents. */
    private Path threePatents() throws Exception {
        Path idx = dir.resolve("idx");
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "id,ipc,publication_date\nK1,H01L,2001\nK2,G06F,2002\nK3,G06F,2003\n");
        assertThat(CliRun.of("index", "-q", "--index", idx.toString(), small.toString())
                        .exitCode())
                .isZero();
        return idx;
    }

    /**
     * What {@code stats} and then {@code rank} print on the index, and how many patents {@code stats} counted. The two
     * commands open the index one after the other, so a commit may fall between them.
     */
    record Reads(int patents, String stats, String rank) {
        static Reads of(Path idx) throws Exception {
            CliRun stats = CliRun.of("stats", "-q", "--index", idx.toString(), "--format", "json");
            CliRun rank = CliRun.of("rank", "-q", "--index", idx.toString(), "--min-patents", "1", "--format", "json");
            for (CliRun run : List.of(stats, rank)) {
                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ");
            }
            return new Reads(JSON.readTree(stats.out()).path("patents").asInt(), stats.out(), rank.out());
        }

        /** Each command printed exactly what it prints on one of these commits. */
        void assertOneOf(Reads older, Reads newer) {
            assertThat(stats.equals(older.stats()) || stats.equals(newer.stats()))
                    .as("stats (%d patents) printed what it prints on the old or on the new commit", patents)
                    .isTrue();
            assertThat(rank.equals(older.rank()) || rank.equals(newer.rank()))
                    .as("rank printed what it prints on the old or on the new commit")
                    .isTrue();
        }
    }

    /** True when the index directory holds a segment that no commit lists yet. */
    private static boolean hasUncommittedSegment(Path idx) throws Exception {
        Map<String, Boolean> committed = new HashMap<>();
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(idx)) {
            for (org.apache.lucene.index.SegmentCommitInfo s :
                    org.apache.lucene.index.SegmentInfos.readLatestCommit(d)) {
                committed.put(s.info.name, true);
            }
        }
        try (var files = Files.list(idx)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".si"))
                    .anyMatch(n -> !committed.containsKey(n.substring(0, n.length() - 3)));
        }
    }
}
