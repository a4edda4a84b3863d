package dev.kct.index;

import dev.kct.Workers;
import dev.kct.KctException;
import dev.kct.KctVersion;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import dev.kct.source.PatentReader;
import dev.kct.source.PatentsViewReader;
import dev.kct.source.RecordSink;
import dev.kct.source.Rejection;
import dev.kct.source.SourceFormats;
import dev.kct.source.SourceLocation;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.BinaryPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Streams patent records from input files into a kct index, with bulk settings: a large RAM buffer,
 * documents built and added on all cores while one thread reads, and a single commit at the end. The
 * index changes only by that commit: on any error (or {@code --strict} meeting a bad record) the writer
 * rolls back and the last committed state stays as it was; a killed run leaves it too.
 *
 * <p>A record whose id is already in the index, or earlier in the same run, replaces that document
 * ("last wins"), so indexing the same files twice is idempotent. Duplicate ids inside one file are warned.
 */
public final class PatentIndexer implements Closeable {

    private static final int BATCH = 512;
    private static final int REPLACEMENTS = 32_768;

    /**
     * How to ingest.
     *
     * @param strict       stop at the first bad record and commit nothing
     * @param format       the reader for every file, or null to detect each file's format
     * @param applicantMap the applicant thesaurus applied before counting
     * @param countryFrom  where a patent's country of origin comes from first
     * @param threads      reading, parsing and indexing threads ({@code --threads}; 0 for all cores)
     * @param ramBufferMb  Lucene's RAM buffer before a flush
     */
    public record Options(boolean strict, PatentReader format, ApplicantMap applicantMap,
                          CountryOfOrigin.Mode countryFrom, int threads, int ramBufferMb) {
        public static Options defaults() {
            return new Options(false, null, ApplicantMap.NONE, CountryOfOrigin.Mode.APPLICANT,
                    Workers.count(0), Integer.getInteger("kct.ramBufferMb", 32));
        }

        /** With {@code threads} workers; 0 or less means all cores. */
        public Options withThreads(int t) {
            return new Options(strict, format, applicantMap, countryFrom, Workers.count(t), ramBufferMb);
        }

        public Options withStrict(boolean s) {
            return new Options(s, format, applicantMap, countryFrom, threads, ramBufferMb);
        }

        public Options withFormat(PatentReader f) {
            return new Options(strict, f, applicantMap, countryFrom, threads, ramBufferMb);
        }

        public Options withApplicantMap(ApplicantMap m) {
            return new Options(strict, format, m, countryFrom, threads, ramBufferMb);
        }

        public Options withCountryFrom(CountryOfOrigin.Mode m) {
            return new Options(strict, format, applicantMap, m, threads, ramBufferMb);
        }
    }

    /** One input file and the name to use for it in messages. */
    public record InputFile(Path path, String displayName) {
        public static InputFile of(Path path) {
            return new InputFile(path, path.toString());
        }
    }

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final boolean startedEmpty;
    private final int docsBefore;

    private PatentIndexer(Path dir, Directory directory, IndexWriter writer, int docsBefore) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.docsBefore = docsBefore;
        this.startedEmpty = docsBefore == 0;
    }

    /** Opens (creating if needed) the index at {@code dir} for writing; fails clearly when it is locked or of another schema. */
    public static PatentIndexer open(Path dir, Options options) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw KctException.io(dir + " is a file, not an index directory: choose another --index", null);
            }
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            int before = 0;
            if (DirectoryReader.indexExists(directory)) {
                PatentIndex.checkSchema(directory, dir);
                try (DirectoryReader r = DirectoryReader.open(directory)) {
                    before = r.numDocs();
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(options.ramBufferMb())
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
                throw KctException.io("index " + dir + " is locked by another kct (or another program writing it):"
                        + " wait for that run to finish; if none is running, delete " + dir.resolve("write.lock"), e);
            }
            return new PatentIndexer(dir, directory, writer, before);
        } catch (IOException e) {
            throw KctException.io("cannot open index " + dir + " for writing: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every file into the index and commits once. Throws {@link KctException} (nothing committed)
     * in strict mode at the first bad record, when a file cannot be read, or when a required column is missing.
     */
    public IngestSummary ingest(List<InputFile> files, Options options, IngestListener listener) {
        Run run = new Run(options, listener);
        try {
            for (InputFile f : files) {
                run.readFile(f);
            }
            run.finish();
            writer.flush();
            int after = writer.getDocStats().numDocs;
            writer.setLiveCommitData(Map.of(IndexSchema.META_SCHEMA, IndexSchema.VERSION,
                    IndexSchema.META_KCT_VERSION, KctVersion.get(),
                    IndexSchema.META_PATENTS, Integer.toString(after)).entrySet());
            writer.commit();
            long replaced = docsBefore + run.indexed - after;
            Map<String, Long> sources = new java.util.LinkedHashMap<>();
            run.origin.counts().forEach((source, n) -> sources.put(source.name().toLowerCase(java.util.Locale.ROOT), n));
            return new IngestSummary(run.read, run.indexed, replaced, run.rejected,
                    new TreeMap<>(run.rejectedByField), new TreeMap<>(run.repaired), sources, after);
        } catch (IOException e) {
            run.abort();
            rollbackQuietly();
            throw KctException.io("I/O error while indexing into " + dir + ": " + e.getMessage()
                    + " (nothing was committed)", e);
        } catch (RuntimeException | Error e) {
            run.abort();
            rollbackQuietly();
            throw e;
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // the original error matters more; the last commit is intact either way
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) writer.rollback();
        } finally {
            directory.close();
        }
    }

    /** The state of one ingest call: the record sink, batching and the indexing workers. */
    private final class Run implements RecordSink {
        private final Options options;
        private final IngestListener listener;
        private final ExecutorService workers;
        private final List<Future<?>> pending = new ArrayList<>();
        private final LongOpenHashSet seenInRun = new LongOpenHashSet();
        private final Map<String, Long> rejectedByField = new HashMap<>();
        private final Map<String, Long> repaired = new HashMap<>();
        private final CountryOfOrigin origin;
        private final ApplicantVariants variants;
        private final java.util.Set<Path> patentsViewFolders = new java.util.HashSet<>();
        private Long2LongOpenHashMap seenInFile = new Long2LongOpenHashMap();
        private List<PatentRecord> batch = new ArrayList<>(BATCH);
        /** Records that replace earlier documents, held until their deletes go out in one query. */
        private final List<PatentRecord> replacements = new ArrayList<>();
        private final List<byte[]> replacedKeys = new ArrayList<>();
        private long read;
        private long indexed;
        private long rejected;

        Run(Options options, IngestListener listener) {
            this.options = options;
            this.listener = listener;
            this.origin = new CountryOfOrigin(options.countryFrom());
            this.variants = new ApplicantVariants(options.applicantMap());
            this.workers = Executors.newFixedThreadPool(options.threads(), r -> {
                Thread t = new Thread(r, "kct-index");
                t.setDaemon(true);
                return t;
            });
        }

        void readFile(InputFile f) throws IOException {
            if (!Files.isReadable(f.path())) {
                throw KctException.io(f.displayName() + ": " + (Files.exists(f.path()) ? "cannot be read" : "no such file"), null);
            }
            PatentReader reader;
            if (Files.isDirectory(f.path())) {
                if (!PatentsViewReader.isTableFolder(f.path())) {
                    throw KctException.io(f.displayName() + " is a folder without PatentsView tables (g_patent.tsv):"
                            + " name the input files instead", null);
                }
                reader = SourceFormats.byName("patentsview");
            } else {
                reader = options.format() != null ? options.format() : SourceFormats.detect(f.path(), f.displayName());
            }
            if (reader instanceof PatentsViewReader
                    && !patentsViewFolders.add(PatentsViewReader.folderOf(f.path()).toAbsolutePath().normalize())) {
                return;
            }
            listener.fileStarted(f.displayName(), reader.format());
            seenInFile = new Long2LongOpenHashMap();
            try {
                reader.read(f.path(), f.displayName(), this, options.threads());
            } catch (NoSuchFileException e) {
                throw KctException.io(f.displayName() + ": no such file", e);
            }
        }

        @Override
        public void accept(PatentRecord r, SourceLocation where) {
            read++;
            long h = IdHash.of(r.id());
            long earlier = seenInFile.put(h, where.line());
            if (earlier != seenInFile.defaultReturnValue()) {
                listener.warning(where, "duplicate id '" + r.id() + "' (also at line " + earlier
                        + "): this later record replaces the earlier one");
            }
            boolean duplicateInRun = !seenInRun.add(h);
            if (duplicateInRun) {
                submitReplacements();
                submitBatch();
                awaitPending();
            }
            indexed++;
            if (startedEmpty && !duplicateInRun) {
                batch.add(r);
                if (batch.size() >= BATCH) submitBatch();
            } else {
                replacements.add(r);
                replacedKeys.add(IdHash.key(r.id()));
                if (replacements.size() >= REPLACEMENTS) submitReplacements();
            }
            if (read % 4096 == 0) listener.progress(read);
        }

        /**
         * Deletes the earlier documents of the held records in one query, then adds the records. A delete
         * reaches only documents added before it, so the records' own new documents stay; one query for many
         * records costs about as much as one for a single record.
         */
        private void submitReplacements() {
            if (replacements.isEmpty()) return;
            try {
                writer.deleteDocuments(BinaryPoint.newSetQuery(IndexSchema.ID_KEY, replacedKeys.toArray(byte[][]::new)));
            } catch (IOException e) {
                throw KctException.io("cannot write the index: " + e.getMessage() + " (nothing was committed)", e);
            }
            for (int from = 0; from < replacements.size(); from += BATCH) {
                submit(new ArrayList<>(replacements.subList(from, Math.min(replacements.size(), from + BATCH))));
            }
            replacements.clear();
            replacedKeys.clear();
        }

        @Override
        public void reject(Rejection rejection) {
            read++;
            rejected++;
            rejectedByField.merge(rejection.field(), 1L, Long::sum);
            listener.rejected(rejection);
            if (options.strict()) {
                throw KctException.data(rejection.describe() + " (--strict: stopped at the first bad record;"
                        + " nothing was committed)");
            }
        }

        @Override
        public void warn(SourceLocation where, String message) {
            listener.warning(where, message);
        }

        @Override
        public void repaired(SourceLocation where, String what) {
            repaired.merge(what, 1L, Long::sum);
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
            if (pending.size() > 4 * options.threads()) {
                awaitFirst();
            }
        }

        private void awaitFirst() {
            await(pending.remove(0));
        }

        private void awaitPending() {
            while (!pending.isEmpty()) awaitFirst();
        }

        private void await(Future<?> f) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KctException.io("indexing was interrupted (nothing was committed)", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) throw re;
                if (c instanceof Error err) throw err;
                throw KctException.io("cannot write the index: " + c.getMessage() + " (nothing was committed)", c);
            }
        }

        void finish() {
            submitReplacements();
            submitBatch();
            awaitPending();
            workers.shutdown();
            listener.progress(read);
            if (indexed == 0) {
                throw KctException.data("no usable records: " + read + " read, " + rejected
                        + " rejected; nothing was committed");
            }
        }

        void abort() {
            workers.shutdownNow();
        }
    }
}
