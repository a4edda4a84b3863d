package dev.kct.index;

import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test fixture: a {@link PatentTable} made the way production makes one. The {@link PatentRecord}s are
 * handed to {@link PatentIndexer} (through a reader that streams them from memory) into a fresh index in a
 * temporary folder, and the whole index is loaded by {@link PatentIndex#load} ({@link PatentTableLoader}).
 * So a table in a test has what a loaded table has: applicant keys normalised ({@code "acme"} →
 * {@code ACME}), the country of origin resolved, rows in id-hash order (look rows up by id with
 * {@link #row}), families and citations resolved by the loader.
 *
 * <p>The index stays open while the JVM runs (a loaded table reads its ids from it) and is deleted at exit.
 * Indexing a handful of records takes a few milliseconds.
 */
public final class IndexedTable {

    private static final List<PatentIndex> OPEN = new ArrayList<>();
    private static Path root;

    private IndexedTable() {}

    /** A builder of a table with technologies at {@code level}. */
    public static Builder builder(IpcLevel level) {
        return new Builder(level);
    }

    /**
     * The row whose id is one of {@code ids}: a patent's row, or with several ids the row of the family unit
     * that took one of its members' ids. IllegalArgumentException when there is none.
     */
    public static int row(PatentTable table, String... ids) {
        List<String> wanted = List.of(ids);
        for (int r = 0; r < table.size(); r++) {
            if (wanted.contains(table.id(r))) return r;
        }
        throw new IllegalArgumentException("no row with id " + wanted);
    }

    /** Collects records, then indexes and loads them. */
    public static final class Builder {
        private final IpcLevel level;
        private final List<PatentRecord> records = new ArrayList<>();

        private Builder(IpcLevel level) {
            this.level = level;
        }

        /** Adds a record as a source reader would give it. */
        public Builder add(PatentRecord record) {
            records.add(record);
            return this;
        }

        /**
         * Adds a patent in short form: {@code year} is its priority year (0 for a record without any date),
         * {@code technologies} are IPC symbols, {@code countries} align with {@code applicants} (null items
         * for none), {@code familyId} may be null, {@code cited} are ids, and −1 means no claims or NPL count.
         */
        public Builder add(
                String id,
                int year,
                List<String> technologies,
                List<String> applicants,
                List<String> countries,
                String familyId,
                List<String> cited,
                int claims,
                int npl) {
            List<Applicant> holders = new ArrayList<>();
            for (int a = 0; a < applicants.size(); a++) {
                holders.add(new Applicant(applicants.get(a), a < countries.size() ? countries.get(a) : null));
            }
            return add(PatentRecord.builder(id)
                    .ipc(technologies.stream().map(IpcSymbol::parse).toList())
                    .priorityDate(year > 0 ? PatentDate.ofYear(year) : null)
                    .familyId(familyId)
                    .applicants(holders)
                    .cited(cited)
                    .claims(claims >= 0 ? claims : null)
                    .nplCitations(npl >= 0 ? npl : null)
                    .build());
        }

        /** Indexes the records into a new index and loads every patent of it. */
        public PatentTable build() {
            try {
                Path index = Files.createTempDirectory(root(), "index");
                PatentIndexWriter.Settings settings = new PatentIndexWriter.Settings(
                        0, 16, ApplicantMap.NONE, new CountryOfOrigin(CountryOfOrigin.Mode.APPLICANT));
                try (PatentIndexWriter writer = PatentIndexWriter.open(index, settings)) {
                    records.forEach(writer::add);
                    writer.commit();
                }
                PatentIndex opened = PatentIndex.open(index);
                synchronized (OPEN) {
                    OPEN.add(opened);
                }
                return opened.load(opened.select(Filters.none()), level);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static synchronized Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("kct-indexed-table");
            Runtime.getRuntime().addShutdownHook(new Thread(IndexedTable::cleanUp));
        }
        return root;
    }

    private static void cleanUp() {
        synchronized (OPEN) {
            for (PatentIndex index : OPEN) {
                try {
                    index.close();
                } catch (IOException | RuntimeException ignored) {
                    // deleting the folder below is all that matters at exit
                }
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
