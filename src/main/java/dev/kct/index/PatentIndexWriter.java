package dev.kct.index;

import dev.kct.KctException;
import dev.kct.KctVersion;
import dev.kct.Workers;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.BinaryPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes {@link PatentRecord}s into a kct index with bulk settings: a large RAM buffer, documents built and added on
 * worker threads, and one commit at the end. It knows nothing of files or formats (that is the ingest stage's).
 * The index changes only by {@link #commit}: closing without it rolls back, so an error or a killed run leaves the
 * last committed state.
 *
 * <p>A record whose id is already in the index, or was added earlier in the same run, replaces that document
 * ("last wins"). Records that replace earlier ones are held and their earlier documents deleted in groups of
 * 32,768 by one point-set query each on the 128-bit id key, then added.
 */
public final class PatentIndexWriter implements Closeable {

    private static final int BATCH = 512;
    private static final int REPLACEMENTS = 32_768;

    /**
     * How to write.
     *
     * @param threads      document-building threads (0 or less: all cores)
     * @param ramBufferMb  Lucene's RAM buffer before a flush
     * @param applicantMap the applicant thesaurus applied before counting
     * @param origin       decides (and counts) each patent's country of origin
     */
    public record Settings(int threads, int ramBufferMb, ApplicantMap applicantMap, CountryOfOrigin origin) {}

    /** What a commit left: records added in this run, earlier documents they replaced, documents in the index. */
    public record Commit(long added, long replaced, long patentsInIndex) {}

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final boolean startedEmpty;
    private final int docsBefore;
    private final int threads;
    private final CountryOfOrigin origin;
    private final ApplicantVariants variants;
    private final ExecutorService workers;
    private final List<Future<?>> pending = new ArrayList<>();
    private final LongOpenHashSet seenInRun = new LongOpenHashSet();
    private List<PatentRecord> batch = new ArrayList<>(BATCH);
    private final List<PatentRecord> replacements = new ArrayList<>();
    private final List<byte[]> replacedKeys = new ArrayList<>();
    private long added;
    private boolean committed;

    private PatentIndexWriter(Path dir, Directory directory, IndexWriter writer, int docsBefore, Settings settings) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.docsBefore = docsBefore;
        this.startedEmpty = docsBefore == 0;
        this.threads = Workers.count(settings.threads());
        this.origin = settings.origin();
        this.variants = new ApplicantVariants(settings.applicantMap());
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kct-index");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens (creating if needed) the index at {@code dir}; fails clearly when it is locked or of another schema. */
    public static PatentIndexWriter open(Path dir, Settings settings) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw KctException.io(dir + " is a file, not an index directory: choose another --index", null);
            }
            Files.createDirectories(dir);
            return open(dir, FSDirectory.open(dir), settings);
        } catch (IOException e) {
            throw KctException.io("cannot open index " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /** Opens the index in {@code directory} (at {@code dir}, for messages); tests pass a failing directory here. */
    static PatentIndexWriter open(Path dir, Directory directory, Settings settings) {
        try {
            int before = 0;
            if (DirectoryReader.indexExists(directory)) {
                PatentIndex.checkSchema(directory, dir);
                try (DirectoryReader r = DirectoryReader.open(directory)) {
                    before = r.numDocs();
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(settings.ramBufferMb())
                    .setUseCompoundFile(false)
                    .setCommitOnClose(false);
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setSegmentsPerTier(20);
            config.setMergePolicy(merges);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw KctException.io(
                        "index " + dir + " is locked by another kct (or another program writing it):"
                                + " wait for that run to finish; if none is running, delete "
                                + dir.resolve("write.lock"),
                        e);
            }
            return new PatentIndexWriter(dir, directory, writer, before, settings);
        } catch (IOException e) {
            throw KctException.io("cannot open index " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /** Adds a record, replacing any document with the same id (from the index or from earlier in this run). */
    public void add(PatentRecord r) {
        boolean duplicateInRun = !seenInRun.add(IdHash.of(r.id()));
        if (duplicateInRun) {
            submitReplacements();
            submitBatch();
            awaitPending();
        }
        added++;
        if (startedEmpty && !duplicateInRun) {
            batch.add(r);
            if (batch.size() >= BATCH) submitBatch();
        } else {
            replacements.add(r);
            replacedKeys.add(IdHash.key(r.id()));
            if (replacements.size() >= REPLACEMENTS) submitReplacements();
        }
    }

    /** Records added so far in this run. */
    public long added() {
        return added;
    }

    /** Writes everything added and commits it with the schema version, kct's version and the patent count. */
    public Commit commit() {
        try {
            submitReplacements();
            submitBatch();
            awaitPending();
            writer.flush();
            int after = writer.getDocStats().numDocs;
            writer.setLiveCommitData(Map.of(
                            IndexSchema.META_SCHEMA,
                            IndexSchema.VERSION,
                            IndexSchema.META_KCT_VERSION,
                            KctVersion.get(),
                            IndexSchema.META_PATENTS,
                            Integer.toString(after))
                    .entrySet());
            writer.commit();
            committed = true;
            return new Commit(added, docsBefore + added - after, after);
        } catch (IOException | AlreadyClosedException e) {
            throw failure(e);
        }
    }

    /**
     * A write that failed: when Lucene closed the writer after a tragic error (a full disk while flushing or merging),
     * every later call says only "this IndexWriter is closed", so the message names the tragic error itself.
     */
    private KctException failure(Throwable e) {
        Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : e;
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return KctException.io(
                "cannot write the index " + dir + ": " + why
                        + " (nothing was committed; the index is as it was before this run)",
                cause);
    }

    /**
     * Rolls back whatever was not committed and releases the index. After a tragic error Lucene closes the writer in
     * the thread that met it (a worker or a merge thread), and that close may still be under way here:
     * {@link IndexWriter#rollback()} waits for it to finish (and does nothing more on a closed writer), so the lock
     * is released before this returns and the next writer finds the index free.
     */
    @Override
    public void close() throws IOException {
        workers.shutdownNow();
        try {
            workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    /**
     * Deletes the earlier documents of the held records in one query, then adds the records. A delete reaches only
     * documents added before it, so the records' own new documents stay; one query for many records costs about as
     * much as one for a single record.
     */
    private void submitReplacements() {
        if (replacements.isEmpty()) return;
        try {
            writer.deleteDocuments(BinaryPoint.newSetQuery(IndexSchema.ID_KEY, replacedKeys.toArray(byte[][]::new)));
        } catch (IOException | AlreadyClosedException e) {
            throw failure(e);
        }
        for (int from = 0; from < replacements.size(); from += BATCH) {
            submit(new ArrayList<>(replacements.subList(from, Math.min(replacements.size(), from + BATCH))));
        }
        replacements.clear();
        replacedKeys.clear();
    }

    private void submitBatch() {
        if (batch.isEmpty()) return;
        submit(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void submit(List<PatentRecord> records) {
        pending.add(workers.submit(() -> {
            for (PatentRecord r : records) {
                writer.addDocument(PatentDocuments.toDocument(PreparedRecord.of(r, variants, origin)));
            }
            return null;
        }));
        if (pending.size() > 4 * threads) {
            await(pending.remove(0));
        }
    }

    private void awaitPending() {
        while (!pending.isEmpty()) await(pending.remove(0));
    }

    private void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KctException.io("indexing was interrupted (nothing was committed)", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException || c instanceof AlreadyClosedException) throw failure(c);
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw failure(c);
        }
    }

    /** Whether {@link #commit} succeeded. */
    public boolean committed() {
        return committed;
    }
}
