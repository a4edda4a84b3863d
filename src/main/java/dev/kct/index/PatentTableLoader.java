package dev.kct.index;

import dev.kct.Workers;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Reads a {@link Selection}'s doc values into a {@link PatentTable}, segment by segment in parallel.
 * Sorted-set fields with small dictionaries (IPC symbols, applicants) are mapped to global ordinals
 * with Lucene's {@link OrdinalMap}, then compacted to the codes present in the selection; IPC symbols
 * are cut to the requested level once per distinct symbol, not once per patent. Ids, cited ids and
 * family ids are read as their {@link IdHash}es; rows are put in id-hash order, so a cited id is found in the
 * sorted hashes themselves (through a directory of their top bits) while its row is gathered.
 */
final class PatentTableLoader {

    private final DirectoryReader reader;
    private final List<LeafReaderContext> leaves;

    PatentTableLoader(DirectoryReader reader) {
        this.reader = reader;
        this.leaves = reader.leaves();
    }

    /** @param citations whether to read and resolve the citations (a table for counts only needs none) */
    PatentTable load(Selection selection, IpcLevel level, int threads, boolean citations) throws IOException {
        int n = selection.size();
        int[] docs = selection.docs();
        int[] leafStart = new int[leaves.size() + 1];
        for (int l = 0; l < leaves.size(); l++) {
            int end = leaves.get(l).docBase + leaves.get(l).reader().maxDoc();
            int pos = Arrays.binarySearch(docs, end);
            leafStart[l + 1] = pos >= 0 ? pos : -pos - 1;
        }
        GlobalOrds tech = new GlobalOrds(IndexSchema.IPC);
        GlobalOrds applicant = new GlobalOrds(IndexSchema.APPLICANT_VARIANT);
        LeafPart[] parts = new LeafPart[leaves.size()];
        try {
            Workers.forEach(leaves.size(), threads, l -> {
                try {
                    parts[l] = loadLeaf(
                            l, docs, selection.years(), leafStart[l], leafStart[l + 1], tech, applicant, citations);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        // Rows go in id-hash order, not doc order: doc order depends on indexing threads and on replacements,
        // and summing doubles in another order changes the last bits, so results would differ between two
        // indexes of the same records. A leaf's rows stay in doc order inside LeafPart (doc values need it); each
        // row is located by (leaf, start) sorted with its hash (ties, i.e. hash collisions, in doc order), and the
        // rows are gathered from there in two parallel passes: fixed fields and list lengths, then the lists, each
        // cited id resolved as it is copied.
        long[] idHash = new long[n];
        long[] locs = new long[n];
        boolean anyCited = false;
        for (int l = 0; l < parts.length; l++) {
            System.arraycopy(parts[l].idHash, 0, idHash, leafStart[l], parts[l].rows);
            for (int i = 0; i < parts[l].rows; i++) locs[leafStart[l] + i] = (long) l << 32 | parts[l].start[i];
            anyCited |= parts[l].anyCited;
            parts[l].dropIndex();
        }
        LongArrays.radixSort(idHash, locs);
        int[] techOffsets = new int[n + 1];
        int[] appOffsets = new int[n + 1];
        int[] ctryOffsets = new int[n + 1];
        int[] citedHashOffsets = new int[n + 1];
        int[] country = new int[n];
        int[] claims = new int[n];
        int[] npl = new int[n];
        int[] reported = new int[n];
        long[] family = new long[n];
        int[] docCopy = new int[n];
        int[] years = new int[n];
        Workers.forEach(chunks(n), threads, chunk -> {
            for (int r = chunk * CHUNK, end = Math.min(n, r + CHUNK); r < end; r++) {
                int[] data = parts[(int) (locs[r] >>> 32)].data.elements();
                int at = (int) locs[r];
                int count = data[at];
                techOffsets[r + 1] = count;
                at += 1 + count;
                count = data[at];
                appOffsets[r + 1] = count;
                at += 1 + count;
                count = data[at];
                ctryOffsets[r + 1] = count;
                at += 1 + count;
                count = data[at];
                citedHashOffsets[r + 1] = count;
                at += 1 + 2 * count;
                country[r] = data[at];
                claims[r] = data[at + 1];
                npl[r] = data[at + 2];
                reported[r] = data[at + 3];
                family[r] = LeafPart.longAt(data, at + 4);
                docCopy[r] = data[at + 8];
                years[r] = data[at + 9];
            }
        });
        for (int r = 0; r < n; r++) {
            techOffsets[r + 1] += techOffsets[r];
            appOffsets[r + 1] += appOffsets[r];
            ctryOffsets[r + 1] += ctryOffsets[r];
            citedHashOffsets[r + 1] += citedHashOffsets[r];
        }
        int[] techIds = new int[techOffsets[n]];
        int[] appIds = new int[appOffsets[n]];
        int[] ctryCodes = new int[ctryOffsets[n]];
        // each cited id resolved at once to its row (ids are in hash order already), -1 outside the selection
        int[] citedRaw = new int[citedHashOffsets[n]];
        int[] citedOffsets = citations ? new int[n + 1] : null;
        HashDirectory ids = citations ? new HashDirectory(idHash) : null;
        Workers.forEach(chunks(n), threads, chunk -> {
            for (int r = chunk * CHUNK, end = Math.min(n, r + CHUNK); r < end; r++) {
                int[] data = parts[(int) (locs[r] >>> 32)].data.elements();
                int at = (int) locs[r] + 1;
                for (int k = techOffsets[r]; k < techOffsets[r + 1]; k++) techIds[k] = data[at++];
                at++;
                for (int k = appOffsets[r]; k < appOffsets[r + 1]; k++) appIds[k] = data[at++];
                at++;
                for (int k = ctryOffsets[r]; k < ctryOffsets[r + 1]; k++) ctryCodes[k] = data[at++];
                at++;
                int resolved = 0;
                for (int k = citedHashOffsets[r]; k < citedHashOffsets[r + 1]; k++, at += 2) {
                    int row = ids.row(LeafPart.longAt(data, at));
                    citedRaw[k] = row != r ? row : -1;
                    if (citedRaw[k] >= 0) resolved++;
                }
                if (citations) citedOffsets[r + 1] = resolved;
            }
        });
        Arrays.fill(parts, null);
        CodeLists technologies = tech.compactMapped(
                techOffsets, techIds, symbol -> IpcSymbol.parse(symbol).code(level), threads);
        CodeLists applicants = applicant.compactMapped(
                appOffsets, appIds, variant -> variant.substring(0, variant.indexOf('\u0000')), threads);
        String[] countryLabels = countryLabels(ctryCodes, country);
        CodeLists applicantCountries =
                new CodeLists(countryLabels, ctryOffsets, toCountryIds(ctryCodes, countryLabels));
        int[] firstCountry = toCountryIds(country, countryLabels);
        int[] citedRows = citations ? compactCitations(citedHashOffsets, citedRaw, citedOffsets, threads) : null;
        return new PatentTable(
                level,
                rows -> storedRows(docCopy, rows),
                years,
                technologies,
                applicants,
                applicantCountries,
                firstCountry,
                citedOffsets,
                citedRows,
                claims,
                npl,
                () -> familyGroups(family),
                anyCited,
                reported);
    }

    private List<PatentTable.StoredRow> storedRows(int[] docOfRow, int[] rows) {
        long[] docs = new long[rows.length];
        long[] at = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            docs[i] = docOfRow[rows[i]];
            at[i] = i;
        }
        LongArrays.radixSort(docs, at);
        PatentTable.StoredRow[] out = new PatentTable.StoredRow[rows.length];
        Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.TITLE);
        try {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < docs.length; i++) {
                Document d = stored.document((int) docs[i], fields);
                out[(int) at[i]] = new PatentTable.StoredRow(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.asList(out);
    }

    private static int[] familyGroups(long[] family) {
        Long2IntOpenHashMap groups = new Long2IntOpenHashMap();
        groups.defaultReturnValue(-1);
        int[] out = new int[family.length];
        for (int r = 0; r < family.length; r++) {
            if (family[r] == 0) {
                out[r] = -(r + 1);
                continue;
            }
            int g = groups.get(family[r]);
            if (g < 0) {
                g = groups.size();
                groups.put(family[r], g);
            }
            out[r] = g;
        }
        return out;
    }

    /** The two-letter labels of every country code used, in label order. */
    private static String[] countryLabels(int[] applicantCodes, int[] firstCountry) {
        boolean[] used = new boolean[1 << 16];
        for (int c : applicantCodes) {
            if (c >= 0) used[c] = true;
        }
        for (int c : firstCountry) {
            if (c >= 0) used[c] = true;
        }
        java.util.TreeSet<String> labels = new java.util.TreeSet<>();
        for (int c = 0; c < used.length; c++) {
            if (used[c]) labels.add(PatentFacts.country(c));
        }
        return labels.toArray(String[]::new);
    }

    /**
     * Rows cited by each row, ascending, resolved from the cited ids' hashes through {@code idHash} (the rows' own
     * hashes, ascending: rows are in id-hash order) through a directory of hash prefixes; on a 64-bit collision the last row with the
     * hash is taken. A row does not cite itself; ids outside the selection drop out. Fills {@code citedOffsets}.
     */
    /**
     * Each row's resolved citations ({@code raw[rawOffsets[r] ..]} without the −1s), ascending; {@code offsets}
     * holds each row's count on entry and the prefix sums on return.
     */
    private static int[] compactCitations(int[] rawOffsets, int[] raw, int[] offsets, int threads) {
        int n = offsets.length - 1;
        for (int r = 0; r < n; r++) offsets[r + 1] += offsets[r];
        int[] rows = new int[offsets[n]];
        Workers.forEach(chunks(n), threads, chunk -> {
            for (int r = chunk * CHUNK, end = Math.min(n, r + CHUNK); r < end; r++) {
                int w = offsets[r];
                for (int k = rawOffsets[r]; k < rawOffsets[r + 1]; k++) {
                    if (raw[k] >= 0) rows[w++] = raw[k];
                }
                sortSmall(rows, offsets[r], w);
            }
        });
        return rows;
    }

    /**
     * The rows of ascending id hashes by hash: the top bits of a hash (in signed order) pick one of about n
     * buckets, so a uniform hash is found after about one comparison instead of a binary search's twenty.
     */
    private static final class HashDirectory {
        private final long[] hashes;
        private final int bits;
        private final int[] bucketStart;

        HashDirectory(long[] sortedHashes) {
            hashes = sortedHashes;
            int n = sortedHashes.length;
            bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
            bucketStart = new int[(1 << bits) + 1];
            for (long h : sortedHashes) bucketStart[bucket(h) + 1]++;
            for (int b = 0; b < 1 << bits; b++) bucketStart[b + 1] += bucketStart[b];
        }

        /** The row of {@code hash} (the last of equal hashes), or −1. */
        int row(long hash) {
            int b = bucket(hash);
            int at = -1;
            for (int i = bucketStart[b]; i < bucketStart[b + 1] && hashes[i] <= hash; i++) {
                if (hashes[i] == hash) at = i;
            }
            return at;
        }

        private int bucket(long hash) {
            return (int) ((hash ^ Long.MIN_VALUE) >>> (64 - bits));
        }
    }

    private static final int CHUNK = 1 << 14;

    /** Sorts {@code a[from .. to)}: by insertion for the few codes of one row, which Arrays.sort's set-up outweighs. */
    private static void sortSmall(int[] a, int from, int to) {
        if (to - from > 16) {
            Arrays.sort(a, from, to);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static int chunks(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /** Copies {@code source[from ..]} into {@code target[start .. end)}. */
    private static void copy(int[] source, int from, int[] target, int start, int end) {
        for (int k = start; k < end; k++) target[k] = source[from++];
    }

    private static int[] toCountryIds(int[] codes, String[] labels) {
        int[] idOf = new int[1 << 16];
        for (int k = 0; k < labels.length; k++) idOf[PatentFacts.countryCode(labels[k])] = k;
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] < 0 ? -1 : idOf[codes[i]];
        }
        return out;
    }

    private LeafPart loadLeaf(
            int leafIndex,
            int[] docs,
            int[] years,
            int from,
            int to,
            GlobalOrds tech,
            GlobalOrds applicant,
            boolean citations)
            throws IOException {
        LeafReader leaf = leaves.get(leafIndex).reader();
        int docBase = leaves.get(leafIndex).docBase;
        LeafPart p = new LeafPart(to - from);
        SortedSetDocValues techValues = DocValues.getSortedSet(leaf, tech.field);
        LongValues techGlobal = tech.mapping(leafIndex);
        SortedSetDocValues appValues = DocValues.getSortedSet(leaf, applicant.field);
        LongValues appGlobal = applicant.mapping(leafIndex);
        BinaryDocValues facts = DocValues.getBinary(leaf, IndexSchema.FACTS);
        PatentFacts.View view = new PatentFacts.View();

        IntArrayList d = p.data;
        for (int i = 0; i < p.rows; i++) {
            int doc = docs[from + i] - docBase;
            p.start[i] = d.size();
            int count = d.size();
            d.add(0);
            if (techValues.advanceExact(doc)) {
                for (int c = 0; c < techValues.docValueCount(); c++) {
                    d.add((int) techGlobal.get(techValues.nextOrd()));
                }
            }
            d.set(count, d.size() - count - 1);
            count = d.size();
            d.add(0);
            if (appValues.advanceExact(doc)) {
                for (int c = 0; c < appValues.docValueCount(); c++) {
                    d.add((int) appGlobal.get(appValues.nextOrd()));
                }
            }
            d.set(count, d.size() - count - 1);
            if (facts.advanceExact(doc)) {
                view.reset(facts.binaryValue());
                int countries = view.countryCount();
                d.add(countries);
                for (int c = 0; c < countries; c++) d.add(view.country(c));
                int cited = citations ? view.citedCount() : 0;
                p.anyCited |= cited > 0;
                d.add(cited);
                for (int c = 0; c < cited; c++) LeafPart.addLong(d, view.cited(c));
                d.add(view.originCountry());
                d.add(view.claims());
                d.add(view.npl());
                d.add(view.citedBy());
                LeafPart.addLong(d, view.familyHash());
                p.idHash[i] = view.idHash();
                LeafPart.addLong(d, p.idHash[i]);
            } else {
                d.add(0);
                d.add(0);
                d.add(-1);
                d.add(-1);
                d.add(-1);
                d.add(-1);
                LeafPart.addLong(d, 0);
                LeafPart.addLong(d, 0);
            }
            d.add(docs[from + i]);
            d.add(years[from + i]);
        }
        p.start[p.rows] = d.size();
        return p;
    }

    /**
     * One leaf's rows in doc order, each as one run of ints in {@code data} from {@code start[i]}: technology count
     * and global ords, applicant count and global ords, applicant-country count and codes, cited count and cited id
     * hashes (two ints each), then origin country, claims, NPL, reported citations, the family hash and the id hash
     * (two ints each), the global doc id and the year.
     * One run per row keeps a row on one or two cache lines when rows are gathered in id-hash order.
     */
    private static final class LeafPart {
        final int rows;
        final IntArrayList data;
        int[] start;
        long[] idHash;
        boolean anyCited;

        LeafPart(int rows) {
            this.rows = rows;
            // a typical row takes about 28 ints (three technologies, one applicant and country, four citations):
            // sized once for that, the list grows at most once instead of copying itself about twenty times
            data = new IntArrayList((int) Math.min(Integer.MAX_VALUE - 8, 28L * rows));
            start = new int[rows + 1];
            idHash = new long[rows];
        }

        /** Frees the per-row index once the rows are located by their starts. */
        void dropIndex() {
            start = null;
            idHash = null;
        }

        static void addLong(IntArrayList data, long v) {
            data.add((int) (v >>> 32));
            data.add((int) v);
        }

        static long longAt(int[] data, int at) {
            return (long) data[at] << 32 | (data[at + 1] & 0xffffffffL);
        }
    }

    /** Global ordinals of one sorted-set field across all segments, and compaction to the codes used. */
    private final class GlobalOrds {
        final String field;
        final SortedSetDocValues[] values;
        final OrdinalMap map;
        final long valueCount;

        GlobalOrds(String field) throws IOException {
            this.field = field;
            values = new SortedSetDocValues[leaves.size()];
            for (int l = 0; l < values.length; l++) {
                values[l] = DocValues.getSortedSet(leaves.get(l).reader(), field);
            }
            map = values.length > 1 ? OrdinalMap.build(null, values, PackedInts.DEFAULT) : null;
            valueCount = map != null ? map.getValueCount() : values.length == 1 ? values[0].getValueCount() : 0;
            if (valueCount > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException(field + " has more than 2^31 distinct values");
            }
        }

        LongValues mapping(int leafIndex) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafIndex);
        }

        BytesRef lookup(long globalOrd) throws IOException {
            if (map == null) return values[0].lookupOrd(globalOrd);
            return values[map.getFirstSegmentNumber(globalOrd)].lookupOrd(map.getFirstSegmentOrd(globalOrd));
        }

        /**
         * Maps the terms (global ords) in {@code ids} to labels with {@code labelOf} (e.g. an IPC symbol to its
         * code at a level, an applicant variant to its key), once per distinct term, read in ascending order (each
         * segment's terms dictionary is then decompressed block by block, not once per term); rows get the
         * distinct labels in label order; terms mapped to null are dropped. Terms come in byte order, so their
         * labels usually come sorted already: label ids are then given in one pass, else by a sort.
         */
        CodeLists compactMapped(
                int[] offsets, int[] ids, java.util.function.Function<String, String> labelOf, int threads)
                throws IOException {
            boolean[] seen = new boolean[(int) valueCount];
            for (int id : ids) seen[id] = true;
            int[] ords = new int[(int) valueCount];
            String[] mapped = new String[(int) valueCount];
            int m = 0;
            for (int ord = 0; ord < seen.length; ord++) {
                if (!seen[ord]) continue;
                String label = labelOf.apply(lookup(ord).utf8ToString());
                if (label == null) continue;
                ords[m] = ord;
                mapped[m++] = label;
            }
            boolean sorted = true;
            for (int i = 1; i < m && sorted; i++) sorted = mapped[i - 1].compareTo(mapped[i]) <= 0;
            String[] labels;
            int[] idOf = new int[(int) valueCount];
            Arrays.fill(idOf, -1);
            if (sorted) {
                java.util.ArrayList<String> distinct = new java.util.ArrayList<>();
                for (int i = 0; i < m; i++) {
                    if (i == 0 || !mapped[i].equals(mapped[i - 1])) distinct.add(mapped[i]);
                    idOf[ords[i]] = distinct.size() - 1;
                }
                labels = distinct.toArray(String[]::new);
            } else {
                labels = new java.util.TreeSet<>(Arrays.asList(mapped).subList(0, m)).toArray(String[]::new);
                for (int i = 0; i < m; i++) idOf[ords[i]] = Arrays.binarySearch(labels, mapped[i]);
            }
            int rows = offsets.length - 1;
            int[] rowIds = new int[ids.length];
            int[] counts = new int[rows + 1];
            Workers.forEach(chunks(rows), threads, chunk -> {
                for (int r = chunk * CHUNK, end = Math.min(rows, r + CHUNK); r < end; r++) {
                    int w = offsets[r];
                    for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                        int c = idOf[ids[k]];
                        if (c >= 0) rowIds[w++] = c;
                    }
                    sortSmall(rowIds, offsets[r], w);
                    int distinct = offsets[r];
                    for (int k = offsets[r]; k < w; k++) {
                        if (k == offsets[r] || rowIds[k] != rowIds[distinct - 1]) rowIds[distinct++] = rowIds[k];
                    }
                    counts[r + 1] = distinct - offsets[r];
                }
            });
            for (int r = 0; r < rows; r++) counts[r + 1] += counts[r];
            int[] out = new int[counts[rows]];
            Workers.forEach(chunks(rows), threads, chunk -> {
                for (int r = chunk * CHUNK, end = Math.min(rows, r + CHUNK); r < end; r++) {
                    System.arraycopy(rowIds, offsets[r], out, counts[r], counts[r + 1] - counts[r]);
                }
            });
            return new CodeLists(labels, counts, out);
        }
    }
}
