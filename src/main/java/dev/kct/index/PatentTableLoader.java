package dev.kct.index;

import dev.kct.Workers;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Reads a {@link Selection}'s doc values into a {@link PatentTable}, segment by segment in parallel.
 * Sorted-set fields with small dictionaries (IPC symbols, applicants) are mapped to global ordinals
 * with Lucene's {@link OrdinalMap}, then compacted to the codes present in the selection; IPC symbols
 * are cut to the requested level once per distinct symbol, not once per patent. Ids, cited ids and
 * family ids are read as their {@link IdHash}es, so citations resolve through one hash map.
 */
final class PatentTableLoader {

    private final DirectoryReader reader;
    private final List<LeafReaderContext> leaves;

    PatentTableLoader(DirectoryReader reader) {
        this.reader = reader;
        this.leaves = reader.leaves();
    }

    PatentTable load(Selection selection, IpcLevel level, int threads) throws IOException {
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
                    parts[l] = loadLeaf(l, docs, leafStart[l], leafStart[l + 1], tech, applicant);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        int[] techOffsets = new int[n + 1];
        int[] appOffsets = new int[n + 1];
        int[] ctryOffsets = new int[n + 1];
        int[] citedCount = new int[n];
        IntArrayList techIds = new IntArrayList();
        IntArrayList appIds = new IntArrayList();
        IntArrayList ctryCodes = new IntArrayList();
        LongArrayList citedHashes = new LongArrayList();
        int[] country = new int[n];
        int[] claims = new int[n];
        int[] npl = new int[n];
        int[] reported = new int[n];
        long[] family = new long[n];
        long[] idHash = new long[n];
        boolean anyCited = false;
        // Rows go in id-hash order, not doc order: doc order depends on indexing threads and on replacements,
        // and summing doubles in another order changes the last bits, so results would differ between two
        // indexes of the same records. A leaf's rows stay in doc order inside LeafPart (doc values need it).
        int[] leafOf = new int[n];
        long[] oldHash = new long[n];
        for (int l = 0; l < parts.length; l++) {
            System.arraycopy(parts[l].idHash, 0, oldHash, leafStart[l], parts[l].rows);
            Arrays.fill(leafOf, leafStart[l], leafStart[l + 1], l);
            anyCited |= parts[l].anyCited;
        }
        int[] perm = idHashOrder(oldHash);
        int[] docCopy = new int[n];
        int[] years = new int[n];
        int[] selYears = selection.years();
        for (int r = 0; r < n; r++) {
            int old = perm[r];
            LeafPart p = parts[leafOf[old]];
            int i = old - leafStart[leafOf[old]];
            techIds.addElements(
                    techIds.size(), p.tech.elements(), p.techOffsets[i], p.techOffsets[i + 1] - p.techOffsets[i]);
            techOffsets[r + 1] = techIds.size();
            appIds.addElements(appIds.size(), p.app.elements(), p.appOffsets[i], p.appOffsets[i + 1] - p.appOffsets[i]);
            appOffsets[r + 1] = appIds.size();
            ctryCodes.addElements(
                    ctryCodes.size(), p.ctry.elements(), p.ctryOffsets[i], p.ctryOffsets[i + 1] - p.ctryOffsets[i]);
            ctryOffsets[r + 1] = ctryCodes.size();
            citedCount[r] = p.citedOffsets[i + 1] - p.citedOffsets[i];
            citedHashes.addElements(citedHashes.size(), p.cited.elements(), p.citedOffsets[i], citedCount[r]);
            country[r] = p.country[i];
            claims[r] = p.claims[i];
            npl[r] = p.npl[i];
            reported[r] = p.reported[i];
            family[r] = p.family[i];
            idHash[r] = p.idHash[i];
            docCopy[r] = docs[old];
            years[r] = selYears[old];
        }
        CodeLists technologies = tech.compactMapped(
                techOffsets,
                techIds.toIntArray(),
                symbol -> IpcSymbol.parse(symbol).code(level));
        CodeLists applicants = applicant.compactMapped(
                appOffsets, appIds.toIntArray(), variant -> variant.substring(0, variant.indexOf('\u0000')));
        String[] countryLabels = countryLabels(ctryCodes, country);
        CodeLists applicantCountries =
                new CodeLists(countryLabels, ctryOffsets, toCountryIds(ctryCodes.toIntArray(), countryLabels));
        int[] firstCountry = toCountryIds(country, countryLabels);

        Long2IntOpenHashMap rowOfId = new Long2IntOpenHashMap(n);
        rowOfId.defaultReturnValue(-1);
        for (int r = 0; r < n; r++) rowOfId.put(idHash[r], r);
        int[] citedOffsets = new int[n + 1];
        IntArrayList citedRows = new IntArrayList();
        int k = 0;
        for (int r = 0; r < n; r++) {
            int start = citedRows.size();
            for (int c = 0; c < citedCount[r]; c++) {
                int target = rowOfId.get(citedHashes.getLong(k++));
                if (target >= 0 && target != r) citedRows.add(target);
            }
            int[] a = citedRows.elements();
            Arrays.sort(a, start, citedRows.size());
            citedOffsets[r + 1] = citedRows.size();
        }
        int[] group = familyGroups(family);
        return new PatentTable(
                level,
                r -> storedId(docCopy[r]),
                years,
                technologies,
                applicants,
                applicantCountries,
                firstCountry,
                citedOffsets,
                citedRows.toIntArray(),
                claims,
                npl,
                group,
                anyCited,
                reported);
    }

    /** Old row numbers in ascending id-hash order (ties, i.e. hash collisions, by old row). */
    private static int[] idHashOrder(long[] hashes) {
        long[] keys = hashes.clone();
        long[] rows = new long[hashes.length];
        for (int r = 0; r < rows.length; r++) rows[r] = r;
        LongArrays.radixSort(keys, rows);
        int[] perm = new int[rows.length];
        for (int r = 0; r < perm.length; r++) perm[r] = (int) rows[r];
        return perm;
    }

    private String storedId(int doc) {
        try {
            return reader.storedFields().document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String[] countryLabels(IntArrayList applicantCodes, int[] firstCountry) {
        java.util.TreeSet<String> labels = new java.util.TreeSet<>();
        for (int i = 0; i < applicantCodes.size(); i++) {
            if (applicantCodes.getInt(i) >= 0) labels.add(PatentFacts.country(applicantCodes.getInt(i)));
        }
        for (int c : firstCountry) {
            if (c >= 0) labels.add(PatentFacts.country(c));
        }
        return labels.toArray(String[]::new);
    }

    private static int[] toCountryIds(int[] codes, String[] labels) {
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] < 0 ? -1 : Arrays.binarySearch(labels, PatentFacts.country(codes[i]));
        }
        return out;
    }

    private LeafPart loadLeaf(int leafIndex, int[] docs, int from, int to, GlobalOrds tech, GlobalOrds applicant)
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

        for (int i = 0; i < p.rows; i++) {
            int doc = docs[from + i] - docBase;
            if (techValues.advanceExact(doc)) {
                for (int c = 0; c < techValues.docValueCount(); c++) {
                    p.tech.add((int) techGlobal.get(techValues.nextOrd()));
                }
            }
            p.techOffsets[i + 1] = p.tech.size();
            if (appValues.advanceExact(doc)) {
                for (int c = 0; c < appValues.docValueCount(); c++) {
                    p.app.add((int) appGlobal.get(appValues.nextOrd()));
                }
            }
            p.appOffsets[i + 1] = p.app.size();
            p.country[i] = -1;
            if (facts.advanceExact(doc)) {
                view.reset(facts.binaryValue());
                p.country[i] = view.originCountry();
                for (int c = 0, n = view.countryCount(); c < n; c++) p.ctry.add(view.country(c));
                int cited = view.citedCount();
                p.anyCited |= cited > 0;
                for (int c = 0; c < cited; c++) p.cited.add(view.cited(c));
                p.idHash[i] = view.idHash();
                p.family[i] = view.familyHash();
                p.claims[i] = view.claims();
                p.npl[i] = view.npl();
                p.reported[i] = view.citedBy();
            } else {
                p.claims[i] = -1;
                p.npl[i] = -1;
                p.reported[i] = -1;
            }
            p.ctryOffsets[i + 1] = p.ctry.size();
            p.citedOffsets[i + 1] = p.cited.size();
        }
        return p;
    }

    /** Per-leaf arrays, concatenated in leaf order after the parallel load. */
    private static final class LeafPart {
        final int rows;
        final IntArrayList tech = new IntArrayList();
        final int[] techOffsets;
        final IntArrayList app = new IntArrayList();
        final int[] appOffsets;
        final IntArrayList ctry = new IntArrayList();
        final int[] ctryOffsets;
        final LongArrayList cited = new LongArrayList();
        final int[] citedOffsets;
        final int[] country;
        final int[] claims;
        final int[] npl;
        final int[] reported;
        final long[] family;
        final long[] idHash;
        boolean anyCited;

        LeafPart(int rows) {
            this.rows = rows;
            techOffsets = new int[rows + 1];
            appOffsets = new int[rows + 1];
            ctryOffsets = new int[rows + 1];
            citedOffsets = new int[rows + 1];
            country = new int[rows];
            claims = new int[rows];
            npl = new int[rows];
            reported = new int[rows];
            family = new long[rows];
            idHash = new long[rows];
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
         * code at a level, an applicant variant to its key), once per distinct term; rows get the distinct
         * labels in label order; terms mapped to null are dropped.
         */
        CodeLists compactMapped(int[] offsets, int[] ids, java.util.function.Function<String, String> labelOf)
                throws IOException {
            java.util.Map<Integer, String> codeOf = new java.util.HashMap<>();
            java.util.TreeSet<String> codes = new java.util.TreeSet<>();
            for (int id : ids) {
                if (!codeOf.containsKey(id)) {
                    String code = labelOf.apply(lookup(id).utf8ToString());
                    codeOf.put(id, code);
                    if (code != null) codes.add(code);
                }
            }
            String[] labels = codes.toArray(String[]::new);
            java.util.Map<Integer, Integer> idOf = new java.util.HashMap<>();
            codeOf.forEach((ord, code) -> idOf.put(ord, code == null ? -1 : Arrays.binarySearch(labels, code)));
            int[] outOffsets = new int[offsets.length];
            IntArrayList out = new IntArrayList(ids.length);
            for (int r = 0; r + 1 < offsets.length; r++) {
                int start = out.size();
                for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                    int c = idOf.get(ids[k]);
                    if (c >= 0) out.add(c);
                }
                int[] a = out.elements();
                Arrays.sort(a, start, out.size());
                int w = start;
                for (int k = start; k < out.size(); k++) {
                    if (k == start || a[k] != a[w - 1]) a[w++] = a[k];
                }
                out.size(w);
                outOffsets[r + 1] = w;
            }
            return new CodeLists(labels, outOffsets, out.toIntArray());
        }
    }
}
