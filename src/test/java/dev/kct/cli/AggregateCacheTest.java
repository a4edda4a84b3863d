package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregates cache beside an index (issue 13, {@code dev.kct.aggregate.AggregateCache}): an unfiltered analysis
 * writes it, the next one reads it and gives the same bytes, a new commit or a damaged entry is scanned again, a
 * filtered selection never uses it, and Lucene, {@code kct check} and {@code kct index} live with it.
 */
class AggregateCacheTest {

    @TempDir
    Path dir;

    private static String ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run.out();
    }

    private Path sample(String name, int from, int to) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/patents.csv"));
        List<String> part = new java.util.ArrayList<>(List.of(lines.get(0)));
        part.addAll(lines.subList(from, to));
        Path f = dir.resolve(name);
        Files.write(f, part);
        return f;
    }

    private String rank(Path index, String... extra) {
        List<String> args = new java.util.ArrayList<>(
                List.of("rank", "-q", "--index", index.toString(), "--target", "CN", "--format", "json"));
        args.addAll(List.of(extra));
        return ok(args.toArray(String[]::new));
    }

    private static String uncached(Path index) {
        System.setProperty("kct.aggregateCache", "false");
        try {
            return ok("rank", "-q", "--index", index.toString(), "--target", "CN", "--format", "json");
        } finally {
            System.clearProperty("kct.aggregateCache");
        }
    }

    @Test
    void writtenOnFirstUseReadAfterAndRenewedWithTheIndex() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "-q", "--index", index.toString(), sample("a.csv", 1, 8001).toString());
        Path entry = index.resolve("kct-aggregates").resolve("subclass-documents-priority");
        assertThat(entry).doesNotExist();

        String first = rank(index);
        Path file = entry.resolve("aggregates.bin");
        assertThat(file).exists();
        assertThat(entry.resolve("commit")).exists();
        assertThat(rank(index)).isEqualTo(first).isEqualTo(uncached(index));

        // a byte changed on disk or a damaged file: the entry is not read but scanned again and rewritten
        byte[] original = Files.readAllBytes(file);
        byte[] flipped = original.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(file, flipped);
        assertThat(rank(index)).isEqualTo(first);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        Files.writeString(file, "garbage\n");
        assertThat(rank(index)).isEqualTo(first);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);

        // the entry is what the next run reads: another index's aggregates, with the checksum renewed, give its result
        Path other = dir.resolve("other");
        ok(
                "index",
                "-q",
                "--index",
                other.toString(),
                sample("c.csv", 12001, 16001).toString());
        String otherResult = rank(other);
        byte[] otherBytes = Files.readAllBytes(other.resolve("kct-aggregates")
                .resolve("subclass-documents-priority")
                .resolve("aggregates.bin"));
        Files.write(file, otherBytes);
        Path commit = entry.resolve("commit");
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(otherBytes);
        Files.writeString(
                commit,
                Files.readString(commit)
                        .replaceAll("aggregates.bin [0-9a-f]+", "aggregates.bin " + Long.toHexString(crc.getValue())));
        assertThat(rank(index)).isNotEqualTo(first).isEqualTo(otherResult);
        Files.writeString(file, "garbage\n");
        assertThat(rank(index)).isEqualTo(first);

        // Lucene and kct's own commands live with the subdirectory
        ok("check", "-q", "--index", index.toString());
        ok(
                "index",
                "-q",
                "--index",
                index.toString(),
                sample("b.csv", 8001, 12001).toString());
        String grown = rank(index);
        assertThat(grown).isNotEqualTo(first).isEqualTo(uncached(index));
        assertThat(entry.resolve("aggregates.bin")).exists();
        assertThat(rank(index)).isEqualTo(grown);
    }

    /** {@code stats} reads an entry when one is current (it never writes one) and says the same as its own scan. */
    @Test
    void statsReadsTheEntryAndSaysTheSame() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "-q", "--index", index.toString(), sample("a.csv", 1, 6001).toString());
        for (String count : List.of("documents", "families")) {
            String[] stats = {"stats", "-q", "--index", index.toString(), "--count", count, "--format", "json"};
            String scanned = ok(stats);
            assertThat(index.resolve("kct-aggregates").resolve("subclass-" + count + "-priority"))
                    .doesNotExist();
            rank(index, "--count", count);
            assertThat(index.resolve("kct-aggregates").resolve("subclass-" + count + "-priority"))
                    .isDirectory();
            assertThat(ok(stats)).isEqualTo(scanned);
        }
    }

    @Test
    void aFilteredSelectionScansAndLeavesNoEntry() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "-q", "--index", index.toString(), sample("a.csv", 1, 4001).toString());
        rank(index, "--from", "2015", "--country", "CN,US");
        rank(index, "--bootstrap", "3");
        assertThat(index.resolve("kct-aggregates")).doesNotExist();
        rank(index, "--level", "group", "--count", "families", "--betweenness-samples", "32");
        assertThat(index.resolve("kct-aggregates").resolve("group-families-priority"))
                .isDirectory();
    }
}
