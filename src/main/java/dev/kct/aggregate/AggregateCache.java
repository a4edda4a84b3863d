package dev.kct.aggregate;

import dev.kct.KctException;
import dev.kct.index.PatentIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregates of a whole index, kept beside it and reused while the index is unchanged (docs/DESIGN.md,
 * "Aggregates schema"): {@code score}, {@code rank} and {@code explain} on an unfiltered {@code --index} read them
 * instead of loading every patent, which is several times faster and needs a fraction of the memory.
 *
 * <p>Layout: {@code INDEX/kct-aggregates/KEY/}, the aggregates in one binary file ({@link AggregateBinary}) plus a file
 * {@code commit} holding the id of the index commit it was made from and a CRC-32 of each file; KEY names the level, the counting unit and
 * the date basis (e.g. {@code subclass-documents-priority}). An entry is used only when its commit id is the index's
 * current one (Lucene gives every commit a new random id), so a re-indexed index is scanned again and its entry
 * replaced, and only when every file still has its checksum. Lucene leaves the subdirectory alone (it only manages files named like its own). Entries are written to a
 * temporary sibling and renamed into place; a cache that cannot be written (a read-only index) or read (damaged) is
 * skipped, never an error: the scan gives the same numbers. {@code -Dkct.aggregateCache=false} turns it off.
 */
public final class AggregateCache {

    /** The subdirectory of the index that holds the entries. */
    public static final String DIR = "kct-aggregates";

    private static final String COMMIT = "commit";

    private AggregateCache() {}

    /**
     * What the {@code commit} file holds: the index commit id, then a CRC-32 of every file of the entry, so that an
     * entry of another commit, or one changed on disk, is never read (a flipped byte would otherwise change numbers).
     */
    private static String stamp(PatentIndex index, Path entry) throws IOException {
        StringBuilder out = new StringBuilder(index.commitId()).append('\n');
        try (java.util.stream.Stream<Path> files = Files.list(entry)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals(COMMIT))
                    .sorted()
                    .toList()) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(Files.readAllBytes(f));
                out.append(f.getFileName())
                        .append(' ')
                        .append(Long.toHexString(crc.getValue()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Whether the cache is on ({@code -Dkct.aggregateCache=false} turns it off, e.g. for benchmarks of the scan). */
    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("kct.aggregateCache", "true"));
    }

    /** The entry of {@code key} for the index's current commit, if there is a usable one. */
    public static Optional<AggregateFiles.Loaded> read(PatentIndex index, String key) {
        Path entry = index.dir().resolve(DIR).resolve(key);
        try {
            if (!Files.isRegularFile(entry.resolve(COMMIT))) return Optional.empty();
            String stamp = Files.readString(entry.resolve(COMMIT), StandardCharsets.UTF_8);
            if (!stamp.equals(stamp(index, entry))) return Optional.empty();
            return Optional.of(AggregateBinary.read(entry.resolve(AggregateBinary.FILE)));
        } catch (IOException | KctException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the entry of {@code key} for the index's current commit, replacing an older one; returns false (and
     * leaves no trace) when it cannot.
     */
    public static boolean write(
            PatentIndex index,
            String key,
            Aggregates aggregates,
            Map<String, Object> selection,
            List<String> warnings) {
        Path root = index.dir().resolve(DIR);
        Path entry = root.resolve(key);
        Path temporary = null;
        try {
            Files.createDirectories(root);
            temporary = Files.createTempDirectory(root, "." + key + ".");
            AggregateBinary.write(aggregates, selection, warnings, temporary.resolve(AggregateBinary.FILE));
            Files.writeString(temporary.resolve(COMMIT), stamp(index, temporary), StandardCharsets.UTF_8);
            AggregateFiles.install(temporary, entry);
            return true;
        } catch (IOException | RuntimeException e) {
            try {
                if (temporary != null) AggregateFiles.deleteTree(temporary);
            } catch (IOException ignored) {
                // the temporary directory is hidden and replaced by the next write
            }
            return false;
        }
    }
}
