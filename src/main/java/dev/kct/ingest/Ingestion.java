package dev.kct.ingest;

import dev.kct.KctException;
import dev.kct.Workers;
import dev.kct.index.IdHash;
import dev.kct.index.PatentIndexWriter;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ingest stage (docs/DESIGN.md): decides which reader reads each input file (forced or detected), reads each
 * PatentsView table folder once however many of its files are named, warns of ids repeated inside a file, counts
 * records, rejections by field and repairs, stops at the first rejection in strict mode, and hands every good
 * record to the {@link PatentIndexWriter}, which commits once at the end. Nothing is committed when anything fails.
 */
public final class Ingestion {

    /**
     * How to ingest.
     *
     * @param strict       stop at the first bad record and commit nothing
     * @param format       the reader for every file, or null to detect each file's format
     * @param applicantMap the applicant thesaurus applied before counting
     * @param countryFrom  where a patent's country of origin comes from first
     * @param threads      reading, parsing and indexing threads ({@code --threads}; all cores by default)
     * @param ramBufferMb  the index writer's RAM buffer before a flush ({@code -Dkct.ramBufferMb}, default 32)
     */
    public record Options(
            boolean strict,
            PatentReader format,
            ApplicantMap applicantMap,
            CountryOfOrigin.Mode countryFrom,
            int threads,
            int ramBufferMb) {
        public static Options defaults() {
            return new Options(
                    false,
                    null,
                    ApplicantMap.NONE,
                    CountryOfOrigin.Mode.APPLICANT,
                    Workers.count(0),
                    Integer.getInteger("kct.ramBufferMb", 32));
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

        /** With {@code t} threads; 0 or less means all cores. */
        public Options withThreads(int t) {
            return new Options(strict, format, applicantMap, countryFrom, Workers.count(t), ramBufferMb);
        }
    }

    /** One input file and the name to use for it in messages. */
    public record InputFile(Path path, String displayName) {
        public static InputFile of(Path path) {
            return new InputFile(path, path.toString());
        }
    }

    private final Options options;
    private final IngestListener listener;
    private final PatentIndexWriter writer;
    private final CountryOfOrigin origin;
    private final Set<Path> patentsViewFolders = new HashSet<>();
    private final Map<String, Long> rejectedByField = new HashMap<>();
    private final Map<String, Long> repaired = new HashMap<>();
    /** The line of each id's first record in the current file, by {@link IdHash#of}. */
    private Long2LongOpenHashMap seenInFile = new Long2LongOpenHashMap();
    /** The {@link IdHash#second} of the id behind each hash in {@link #seenInFile}: equal hashes of different ids. */
    private Long2LongOpenHashMap secondInFile = new Long2LongOpenHashMap();

    private long read;
    private long rejected;

    private Ingestion(Options options, IngestListener listener, PatentIndexWriter writer, CountryOfOrigin origin) {
        this.options = options;
        this.listener = listener;
        this.writer = writer;
        this.origin = origin;
    }

    /**
     * Reads every file into the index at {@code indexDir} and commits once. Throws {@link KctException} (nothing
     * committed) in strict mode at the first bad record, when a file cannot be read, when a required column is
     * missing, or when no record is usable.
     */
    public static IngestSummary run(Path indexDir, List<InputFile> files, Options options, IngestListener listener) {
        CountryOfOrigin origin = new CountryOfOrigin(options.countryFrom());
        PatentIndexWriter.Settings settings = new PatentIndexWriter.Settings(
                options.threads(), options.ramBufferMb(), options.applicantMap(), origin);
        try (PatentIndexWriter writer = PatentIndexWriter.open(indexDir, settings)) {
            Ingestion run = new Ingestion(options, listener, writer, origin);
            for (InputFile f : files) run.readFile(f);
            listener.progress(run.read);
            if (writer.added() == 0) {
                throw KctException.data("no usable records: " + run.read + " read, " + run.rejected
                        + " rejected; nothing was committed");
            }
            PatentIndexWriter.Commit commit = writer.commit();
            return run.summary(commit);
        } catch (IOException e) {
            throw KctException.io(
                    "I/O error while indexing into " + indexDir + ": " + e.getMessage() + " (nothing was committed)",
                    e);
        }
    }

    private IngestSummary summary(PatentIndexWriter.Commit commit) {
        Map<String, Long> sources = new LinkedHashMap<>();
        origin.counts().forEach((source, n) -> sources.put(source.name().toLowerCase(Locale.ROOT), n));
        return new IngestSummary(
                read,
                commit.added(),
                commit.replaced(),
                rejected,
                new TreeMap<>(rejectedByField),
                new TreeMap<>(repaired),
                sources,
                commit.patentsInIndex());
    }

    /** Reads one input; an I/O error names the input, not the index being written. */
    private void readFile(InputFile f) throws IOException {
        try {
            readInput(f);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw damaged(f, e);
        } catch (IOException e) {
            if (e instanceof NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) throw e;
            if (e.getMessage() != null && e.getMessage().contains("ZLIB")) throw damaged(f, e);
            throw KctException.io(
                    f.displayName() + ": cannot be read: " + e.getMessage() + " (nothing was committed)", e);
        }
    }

    private static KctException damaged(InputFile f, IOException e) {
        return KctException.io(
                f.displayName() + ": the compressed file is damaged or cut short (" + e.getMessage()
                        + "); nothing was committed",
                e);
    }

    private void readInput(InputFile f) throws IOException {
        if (!Files.isReadable(f.path())) {
            throw KctException.io(
                    f.displayName() + ": " + (Files.exists(f.path()) ? "cannot be read" : "no such file"), null);
        }
        if (!Files.isRegularFile(f.path()) && !Files.isDirectory(f.path())) {
            readSpooled(f);
            return;
        }
        PatentReader reader;
        if (Files.isDirectory(f.path())) {
            if (!PatentsViewReader.isTableFolder(f.path())) {
                throw KctException.io(
                        f.displayName() + " is a folder without PatentsView tables (g_patent.tsv):"
                                + " name the input files instead",
                        null);
            }
            reader = SourceFormats.byName("patentsview");
        } else {
            reader = options.format() != null ? options.format() : SourceFormats.detect(f.path(), f.displayName());
        }
        if (reader instanceof PatentsViewReader
                && !patentsViewFolders.add(
                        PatentsViewReader.folderOf(f.path()).toAbsolutePath().normalize())) {
            return;
        }
        listener.fileStarted(f.displayName(), reader.format());
        seenInFile = new Long2LongOpenHashMap();
        secondInFile = new Long2LongOpenHashMap();
        try {
            reader.read(f.path(), f.displayName(), new Sink(), options.threads());
        } catch (NoSuchFileException e) {
            throw KctException.io(f.displayName() + ": no such file", e);
        }
    }

    /**
     * A pipe, FIFO or process substitution ({@code <(zcat f.gz)}) can be read only once and cannot seek, while
     * detection reads a file's start before its reader reads it all: such an input is first copied, as it streams,
     * to a temporary file of the same name (so detection by name still works), which is read and then deleted. Like
     * {@code cat}, kct waits for a FIFO's writer.
     */
    private void readSpooled(InputFile f) throws IOException {
        Path dir = Files.createTempDirectory("kct-input-");
        Path copy = dir.resolve(
                f.path().getFileName() == null
                        ? "input"
                        : f.path().getFileName().toString());
        try {
            try (java.io.InputStream in = new java.io.FileInputStream(f.path().toFile())) {
                Files.copy(in, copy);
            }
            readFile(new InputFile(copy, f.displayName()));
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
    }

    /** What the readers push: good records go to the writer, problems to the counts and the listener. */
    private final class Sink implements RecordSink {

        @Override
        public void accept(PatentRecord r, SourceLocation where) {
            read++;
            long hash = IdHash.of(r.id());
            long second = IdHash.second(r.id());
            long earlier = seenInFile.putIfAbsent(hash, where.line());
            if (earlier == seenInFile.defaultReturnValue()) {
                secondInFile.put(hash, second);
            } else if (secondInFile.get(hash) == second) {
                seenInFile.put(hash, where.line());
                listener.warning(
                        where,
                        "duplicate id '" + r.id() + "' (also at line " + earlier
                                + "): this later record replaces the earlier one");
            } else {
                listener.warning(
                        where,
                        "id '" + r.id() + "' differs from the id at line " + earlier
                                + " but has the same 64-bit hash: both are kept, and a citation of either"
                                + " resolves to one of them");
            }
            writer.add(r);
            if (read % 4096 == 0) listener.progress(read);
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
    }
}
