package dev.kct.index;

import dev.kct.KctException;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A kct index opened for reading: checks the schema version, turns {@link Filters} into a
 * {@link Selection}, and loads a selection into a {@link PatentTable} (see {@link PatentTableLoader}).
 */
public final class PatentIndex implements Closeable {

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private boolean verified;
    private final IndexSearcher searcher;

    private PatentIndex(Path dir, Directory directory, DirectoryReader reader) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index at {@code dir}; fails with an I/O error that says how to build one. */
    public static PatentIndex open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw KctException.io(
                    "no index at " + dir + ": build one with 'kct index --index " + dir + " FILE...'", null);
        }
        try {
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw KctException.io(
                        dir + " holds no kct index: build one with 'kct index --index " + dir + " FILE...'", null);
            }
            checkSchema(directory, dir);
            DirectoryReader reader = DirectoryReader.open(directory);
            return new PatentIndex(dir, directory, reader);
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Verifies the checksum of every file of every segment (one sequential read of the index, segments on all
     * cores) before the first read of patent data, so that a byte changed on disk stops the run instead of changing
     * its numbers: Lucene checks only the small files at open. A run answered from the aggregates cache reads no
     * patent data and skips it (the cache has its own checksum). {@code -Dkct.verifyChecksums=false} skips it (see
     * the README's reliability section for the cost).
     */
    private synchronized void verified() {
        if (verified || !Boolean.parseBoolean(System.getProperty("kct.verifyChecksums", "true"))) return;
        List<LeafReaderContext> leaves = reader.leaves();
        try {
            dev.kct.Workers.forEach(leaves.size(), 0, l -> {
                try {
                    leaves.get(l).reader().checkIntegrity();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CorruptIndexException c) {
                throw KctException.io(
                        "index " + dir + " is damaged (" + c.getMessage() + "): nothing was computed;"
                                + " 'kct check --index " + dir
                                + "' tells more; rebuild it with 'kct index --index NEW_DIR FILE...'",
                        c);
            }
            throw KctException.io(
                    "cannot read index " + dir + ": " + e.getCause().getMessage(), e.getCause());
        }
        verified = true;
    }

    /** Fails unless the last commit of {@code directory} was written with this kct's schema version. */
    static void checkSchema(Directory directory, Path dir) throws IOException {
        List<IndexCommit> commits = DirectoryReader.listCommits(directory);
        Map<String, String> data = commits.get(commits.size() - 1).getUserData();
        String version = data.get(IndexSchema.META_SCHEMA);
        if (version == null) {
            throw KctException.io(
                    dir + " is a Lucene index but not a kct index: point --index at a kct index"
                            + " or at a new directory",
                    null);
        }
        if (!version.equals(IndexSchema.VERSION)) {
            throw KctException.io(
                    "index " + dir + " has schema version " + version + " but this kct (version "
                            + dev.kct.KctVersion.get() + ") reads version " + IndexSchema.VERSION
                            + ": rebuild it from the source files with 'kct index --index NEW_DIR FILE...'",
                    null);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * The id of the commit this index is open at: a new random id for every commit (Lucene's segment infos id), so
     * that whatever is derived from the index can tell whether it is still current.
     */
    public String commitId() {
        return org.apache.lucene.util.StringHelper.idToString(((org.apache.lucene.index.StandardDirectoryReader) reader)
                .getSegmentInfos()
                .getId());
    }

    /** Documents in the index. */
    public int patents() {
        return reader.numDocs();
    }

    DirectoryReader reader() {
        verified();
        return reader;
    }

    /** The patents passing {@code filters}, with their years on the filters' date basis. */
    public Selection select(Filters filters) {
        verified();
        Query query = query(filters);
        List<DateBasis> order = filters.dateBasis().fallbackOrder();
        IntOpenHashSet countries = null;
        if (!filters.countries().isEmpty()) {
            countries = new IntOpenHashSet();
            for (String c : filters.countries()) countries.add(PatentFacts.countryCode(c));
        }
        List<LeafReaderContext> leaves = reader.leaves();
        IntArrayList[] docs = new IntArrayList[leaves.size()];
        IntArrayList[] years = new IntArrayList[leaves.size()];
        long[][] used = new long[leaves.size()][order.size()];
        IntOpenHashSet countryFilter = countries;
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            dev.kct.Workers.forEach(leaves.size(), 0, l -> {
                docs[l] = new IntArrayList();
                years[l] = new IntArrayList();
                try {
                    selectLeaf(leaves.get(l), weight, filters, order, countryFilter, docs[l], years[l], used[l]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw KctException.io(
                    "cannot read index " + dir + ": " + e.getCause().getMessage(), e.getCause());
        }
        Map<DateBasis, Long> fallbacks = new EnumMap<>(DateBasis.class);
        for (long[] counts : used) {
            for (int i = 1; i < counts.length; i++) {
                if (counts[i] > 0) fallbacks.merge(order.get(i), counts[i], Long::sum);
            }
        }
        return new Selection(filters, concat(docs), concat(years), fallbacks);
    }

    /**
     * One segment's part of {@link #select}: the documents passing the filters (global doc ids, ascending), their
     * years, and how many took their year from each date of {@code order} (a fallback from the second on).
     */
    private static void selectLeaf(
            LeafReaderContext leaf,
            Weight weight,
            Filters filters,
            List<DateBasis> order,
            IntOpenHashSet countries,
            IntArrayList docs,
            IntArrayList years,
            long[] used)
            throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) return;
        Bits live = leaf.reader().getLiveDocs();
        BinaryDocValues facts = leaf.reader().getBinaryDocValues(IndexSchema.FACTS);
        PatentFacts.View view = new PatentFacts.View();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live != null && !live.get(doc)) continue;
            int year = 0;
            int basis = -1;
            int origin = -1;
            if (facts != null && facts.advanceExact(doc)) {
                view.reset(facts.binaryValue());
                origin = view.originCountry();
                for (int i = 0; i < order.size() && basis < 0; i++) {
                    int date = view.date(order.get(i));
                    if (date != 0) {
                        year = date / 10000;
                        basis = i;
                    }
                }
            }
            if (countries != null && !countries.contains(origin)) continue;
            if (filters.fromYear() != null && year < filters.fromYear()) continue;
            if (filters.toYear() != null && year > filters.toYear()) continue;
            if (basis >= 0) used[basis]++;
            docs.add(leaf.docBase + doc);
            years.add(year);
        }
    }

    private static int[] concat(IntArrayList[] parts) {
        int n = 0;
        for (IntArrayList p : parts) n += p.size();
        int[] out = new int[n];
        int at = 0;
        for (IntArrayList p : parts) {
            p.getElements(0, out, at, p.size());
            at += p.size();
        }
        return out;
    }

    private Query query(Filters f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (f.query() != null && !f.query().isBlank()) {
            MultiFieldQueryParser parser =
                    new MultiFieldQueryParser(
                            new String[] {IndexSchema.TITLE, IndexSchema.ABSTRACT, IndexSchema.APPLICANT_TEXT},
                            TextAnalysis.analyzer()) {
                        @Override
                        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
                            return IndexSchema.ID.equals(field)
                                    ? idQuery(text)
                                    : super.getFieldQuery(field, text, quoted);
                        }

                        @Override
                        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
                            return IndexSchema.ID.equals(field)
                                    ? idQuery(text)
                                    : super.getFieldQuery(field, text, slop);
                        }
                    };
            parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
            try {
                b.add(parser.parse(f.query()), BooleanClause.Occur.FILTER);
            } catch (ParseException e) {
                throw KctException.usage("--query '" + f.query() + "' is not valid Lucene query syntax: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            any = true;
        }
        if (!f.ipcPrefixes().isEmpty()) {
            b.add(
                    SortedSetDocValuesField.newSlowSetQuery(IndexSchema.IPC, symbolsUnder(f.ipcPrefixes())),
                    BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : new MatchAllDocsQuery();
    }

    /** Every indexed IPC symbol that lies under one of {@code prefixes} (at the prefix's own level). */
    private List<BytesRef> symbolsUnder(List<IpcSymbol> prefixes) {
        java.util.TreeSet<BytesRef> out = new java.util.TreeSet<>();
        try {
            for (IpcSymbol p : prefixes) {
                IpcLevel level = p.precision();
                String code = p.code(level);
                String stem = level == IpcLevel.GROUP ? code.substring(0, code.length() - 2) : code;
                BytesRef prefix = new BytesRef(stem);
                for (LeafReaderContext leaf : reader.leaves()) {
                    org.apache.lucene.index.SortedSetDocValues v = leaf.reader().getSortedSetDocValues(IndexSchema.IPC);
                    if (v == null) continue;
                    org.apache.lucene.index.TermsEnum te = v.termsEnum();
                    if (te.seekCeil(prefix) == org.apache.lucene.index.TermsEnum.SeekStatus.END) continue;
                    for (BytesRef t = te.term();
                            t != null && org.apache.lucene.util.StringHelper.startsWith(t, prefix);
                            t = te.next()) {
                        String term = t.utf8ToString();
                        if (code.equals(IpcSymbol.parse(term).code(level))) out.add(BytesRef.deepCopyOf(t));
                    }
                }
            }
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) out.add(new BytesRef("\u0000none"));
        return new ArrayList<>(out);
    }

    /**
     * Loads {@code selection} as a table with technologies at {@code level}. Rows are in an order fixed by the
     * patents' ids alone (not by how the index was built), so two indexes of the same records give the same
     * table and byte-identical results.
     */
    public PatentTable load(Selection selection, IpcLevel level) {
        return load(selection, level, 0);
    }

    /** As {@link #load(Selection, IpcLevel)}, reading the index's segments on at most {@code threads} threads (0: all cores). */
    public PatentTable load(Selection selection, IpcLevel level, int threads) {
        return load(selection, level, threads, true);
    }

    /**
     * As {@link #load(Selection, IpcLevel, int)} without the citations, which neither are read nor resolved: for
     * counts that need none ({@code kct stats}, {@code kct network}); the table refuses to give citations.
     */
    public PatentTable loadWithoutCitations(Selection selection, IpcLevel level, int threads) {
        return load(selection, level, threads, false);
    }

    private PatentTable load(Selection selection, IpcLevel level, int threads, boolean citations) {
        verified();
        try {
            return new PatentTableLoader(reader).load(selection, level, threads, citations);
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The stored fields of one document, for showing sample patents. */
    public StoredPatent stored(int doc) {
        verified();
        try {
            Document d = reader.storedFields().document(doc);
            String applicants = d.get(IndexSchema.APPLICANT_RAW);
            return new StoredPatent(
                    d.get(IndexSchema.ID),
                    d.get(IndexSchema.TITLE),
                    List.of(d.get(IndexSchema.IPC).split(";")),
                    applicants == null ? List.of() : List.of(applicants.split("\n")),
                    d.get(IndexSchema.OFFICE));
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The spellings merged into each applicant key, as indexed (normalisation and thesaurus), sorted;
     * keys without variants map to an empty list.
     */
    public Map<String, List<String>> applicantVariants(List<String> keys) {
        verified();
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        try {
            for (String key : keys) {
                java.util.TreeSet<String> names = new java.util.TreeSet<>();
                BytesRef prefix = new BytesRef(key + '\u0000');
                for (LeafReaderContext leaf : reader.leaves()) {
                    org.apache.lucene.index.SortedSetDocValues v =
                            leaf.reader().getSortedSetDocValues(IndexSchema.APPLICANT_VARIANT);
                    if (v == null) continue;
                    org.apache.lucene.index.TermsEnum te = v.termsEnum();
                    if (te.seekCeil(prefix) == org.apache.lucene.index.TermsEnum.SeekStatus.END) continue;
                    for (BytesRef t = te.term();
                            t != null && org.apache.lucene.util.StringHelper.startsWith(t, prefix);
                            t = te.next()) {
                        names.add(new String(
                                t.bytes,
                                t.offset + prefix.length,
                                t.length - prefix.length,
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                out.put(key, List.copyOf(names));
            }
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The stored fields of the document with this id, or null when the index has none. */
    public StoredPatent storedById(String id) {
        verified();
        try {
            for (org.apache.lucene.search.ScoreDoc hit : searcher.search(idQuery(id), 16).scoreDocs) {
                StoredPatent p = stored(hit.doc);
                if (id.equals(p.id())) return p;
            }
            return null;
        } catch (IOException e) {
            throw KctException.io("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The documents whose id has the key of {@code id} (a 128-bit hash: the one with that id). */
    static Query idQuery(String id) {
        return org.apache.lucene.document.BinaryPoint.newExactQuery(IndexSchema.ID_KEY, IdHash.key(id));
    }

    /** Stored, displayable facts of one patent. */
    public record StoredPatent(String id, String title, List<String> ipc, List<String> applicants, String office) {}

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
