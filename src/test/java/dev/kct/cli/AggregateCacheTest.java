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
        assertThat(entry.resolve("manifest.json")).exists();
        assertThat(entry.resolve("commit")).exists();
        assertThat(rank(index)).isEqualTo(first).isEqualTo(uncached(index));

        // a count changed on disk (one digit) or a damaged file: the entry is not read but scanned again and rewritten
        Path technologies = entry.resolve("technologies.csv");
        String original = Files.readString(technologies);
        String firstRow = original.lines().skip(1).findFirst().orElseThrow();
        String[] cells = firstRow.split(",");
        cells[1] = Integer.toString(Integer.parseInt(cells[1]) + 1000);
        Files.writeString(technologies, original.replace(firstRow, String.join(",", cells)));
        assertThat(rank(index)).isEqualTo(first);
        assertThat(Files.readString(technologies)).isEqualTo(original);
        Files.writeString(technologies, "garbage\n");
        assertThat(rank(index)).isEqualTo(first);
        assertThat(Files.readString(technologies)).isEqualTo(original);

        // the entry is what the next run reads: with its checksum renewed, a changed count shows in the result
        Files.writeString(technologies, original.replace(firstRow, String.join(",", cells)));
        Path commit = entry.resolve("commit");
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(Files.readAllBytes(technologies));
        Files.writeString(
                commit,
                Files.readString(commit)
                        .replaceAll(
                                "technologies.csv [0-9a-f]+", "technologies.csv " + Long.toHexString(crc.getValue())));
        assertThat(rank(index)).isNotEqualTo(first);
        Files.writeString(technologies, "garbage\n");
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
        assertThat(entry.resolve("manifest.json")).exists();
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
