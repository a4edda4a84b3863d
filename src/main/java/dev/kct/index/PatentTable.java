package dev.kct.index;

import dev.kct.ipc.IpcLevel;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The selected patents as flat columns, one row per counting unit (a patent, or a family after
 * {@link #byFamily()}): year, technologies at one IPC level, applicants, countries, citations inside
 * the selection, claims and NPL counts. Everything downstream (network, indicators, stats) reads this
 * table, never Lucene, and scans it without boxing. Tables are made by {@link PatentTableLoader} only (tests
 * too: they index records and load them), and by {@link #byFamily()}.
 *
 * <p>Rows loaded from an index are in id-hash order, which depends on the records only, not on indexing
 * threads or replacements (doc order does), so sums over rows are reproducible to the last bit.
 *
 * <p>Missing numbers are −1. Country ids index {@link #countryLabels()}; applicant countries keep the
 * source order of the applicant list (−1 for an applicant without country); {@link #country(int)} is
 * the first applicant's country after country-of-origin fallbacks.
 */
public final class PatentTable {

    /** A row's id and title, as stored in the index. */
    public record StoredRow(String id, String title) {}

    /**
     * The stored id and title of rows, fetched in one pass over the stored fields in document order (a lookup per row
     * would decompress a stored-fields block each time).
     */
    @FunctionalInterface
    interface StoredRows {
        /** One entry per element of {@code rows}, in that order. */
        List<StoredRow> of(int[] rows);
    }

    private final IpcLevel level;
    private final StoredRows stored;
    private final int[] years;
    private final CodeLists technologies;
    private final CodeLists applicants;
    private final CodeLists applicantCountries;
    private final int[] country;
    private final int[] citedOffsets;
    private final int[] citedRows;
    private final int[] claims;
    private final int[] npl;
    private final Supplier<int[]> familyGroups;
    private int[] familyGroup;
    private final boolean hasCitationData;
    private final int[] reportedCitations;

    PatentTable(
            IpcLevel level,
            StoredRows stored,
            int[] years,
            CodeLists technologies,
            CodeLists applicants,
            CodeLists applicantCountries,
            int[] country,
            int[] citedOffsets,
            int[] citedRows,
            int[] claims,
            int[] npl,
            Supplier<int[]> familyGroups,
            boolean hasCitationData,
            int[] reportedCitations) {
        this.level = level;
        this.stored = stored;
        this.years = years;
        this.technologies = technologies;
        this.applicants = applicants;
        this.applicantCountries = applicantCountries;
        this.country = country;
        this.citedOffsets = citedOffsets;
        this.citedRows = citedRows;
        this.claims = claims;
        this.npl = npl;
        this.familyGroups = familyGroups;
        this.hasCitationData = hasCitationData;
        this.reportedCitations = reportedCitations;
    }

    /** Forward citations of {@code row} as the source counts them (e.g. Lens {@code cited_count}), or -1. */
    public int reportedCitations(int row) {
        return reportedCitations[row];
    }

    /** True when some row has a source-reported forward-citation count. */
    public boolean hasReportedCitations() {
        return Arrays.stream(reportedCitations).anyMatch(c -> c >= 0);
    }

    public IpcLevel level() {
        return level;
    }

    /** Number of rows (patents or families). */
    public int size() {
        return years.length;
    }

    public String id(int row) {
        return stored.of(new int[] {row}).get(0).id();
    }

    /** The ids and titles of {@code rows}, in that order, read together (see {@link StoredRows}). */
    public List<StoredRow> stored(int[] rows) {
        return stored.of(rows);
    }

    public int year(int row) {
        return years[row];
    }

    public int[] years() {
        return years;
    }

    /** Technologies at {@link #level()} per row (distinct, ascending ids). */
    public CodeLists technologies() {
        return technologies;
    }

    /** Normalised applicant keys per row (distinct, ascending ids). */
    public CodeLists applicants() {
        return applicants;
    }

    /** Applicant countries per row in source order; ids may be −1 for unknown. */
    public CodeLists applicantCountries() {
        return applicantCountries;
    }

    public String[] countryLabels() {
        return applicantCountries.labels();
    }

    /** Country id of the row (first applicant, after fallbacks), or −1. */
    public int country(int row) {
        return country[row];
    }

    /** Rows cited by {@code row} inside this table: {@code citedRows()[citedStart(row) .. citedEnd(row))}. */
    public int citedStart(int row) {
        return citedOffsets()[row];
    }

    public int citedEnd(int row) {
        return citedOffsets()[row + 1];
    }

    /** {@code citedOffsets()[r] .. citedOffsets()[r + 1]} are {@link #citedStart}/{@link #citedEnd} of row r. */
    public int[] citedOffsets() {
        citationsLoaded();
        return citedOffsets;
    }

    public int[] citedRows() {
        citationsLoaded();
        return citedRows;
    }

    /** Whether the citations were loaded (a table for counts only, as {@code kct stats} loads, has none). */
    public boolean hasCitations() {
        return citedOffsets != null;
    }

    private void citationsLoaded() {
        if (citedOffsets == null) throw new IllegalStateException("this table was loaded without its citations");
    }

    /** Claims of the row, or −1 when unknown. */
    public int claims(int row) {
        return claims[row];
    }

    /** Non-patent-literature references of the row, or −1 when unknown. */
    public int npl(int row) {
        return npl[row];
    }

    /** True when any row carried a cited-patents list (even if none resolved inside the selection). */
    public boolean hasCitationData() {
        return hasCitationData;
    }

    /** True when any row has a claims count. */
    public boolean hasClaims() {
        return Arrays.stream(claims).anyMatch(c -> c >= 0);
    }

    /** True when any row has an NPL count. */
    public boolean hasNpl() {
        return Arrays.stream(npl).anyMatch(c -> c >= 0);
    }

    /** Family group of each row (rows of one family share it; a row without family id has its own), made on first use. */
    private synchronized int[] familyGroups() {
        if (familyGroup == null) familyGroup = familyGroups.get();
        return familyGroup;
    }

    /**
     * One row per family (docs/METHODS.md {@code --count families}): records sharing a family id become one
     * unit whose technologies, applicants, countries and citations are the union of its members'; its year
     * is the earliest member's, its country that of the earliest member, its claims and NPL counts the
     * members' maximum; citations between members of one family are dropped. Records without a family id
     * stay units of their own. Rows keep the order of each family's first member.
     */
    public PatentTable byFamily() {
        int n = size();
        int[] familyGroup = familyGroups();
        int[] unitOf = new int[n];
        Map<Integer, Integer> unitOfGroup = new HashMap<>();
        IntArrayList firstRow = new IntArrayList();
        for (int r = 0; r < n; r++) {
            Integer u = unitOfGroup.putIfAbsent(familyGroup[r], firstRow.size());
            if (u == null) {
                unitOf[r] = firstRow.size();
                firstRow.add(r);
            } else {
                unitOf[r] = u;
            }
        }
        int units = firstRow.size();
        if (units == n) return this;
        List<IntArrayList> members = new ArrayList<>(units);
        for (int u = 0; u < units; u++) members.add(new IntArrayList(2));
        for (int r = 0; r < n; r++) members.get(unitOf[r]).add(r);

        int[] uYears = new int[units];
        int[] uCountry = new int[units];
        int[] uClaims = new int[units];
        int[] uNpl = new int[units];
        int[] uReported = new int[units];
        int[] uGroup = new int[units];
        for (int u = 0; u < units; u++) {
            IntArrayList m = members.get(u);
            int earliest = m.getInt(0);
            int maxClaims = -1;
            int maxNpl = -1;
            int maxReported = -1;
            for (int i = 0; i < m.size(); i++) {
                int r = m.getInt(i);
                if (years[r] < years[earliest]) earliest = r;
                maxClaims = Math.max(maxClaims, claims[r]);
                maxNpl = Math.max(maxNpl, npl[r]);
                maxReported = Math.max(maxReported, reportedCitations[r]);
            }
            uReported[u] = maxReported;
            uYears[u] = years[earliest];
            uCountry[u] = country[earliest];
            uClaims[u] = maxClaims;
            uNpl[u] = maxNpl;
            uGroup[u] = familyGroup[m.getInt(0)];
        }
        CodeLists uTech = unionRows(technologies, members, true);
        CodeLists uApplicants = unionRows(applicants, members, true);
        CodeLists uCountries = unionRows(applicantCountries, members, false);
        int[] offsets = new int[units + 1];
        IntArrayList cited = new IntArrayList();
        for (int u = 0; u < units && hasCitations(); u++) {
            TreeSet<Integer> targets = new TreeSet<>();
            for (int r : members.get(u)) {
                for (int k = citedOffsets[r]; k < citedOffsets[r + 1]; k++) {
                    int t = unitOf[citedRows[k]];
                    if (t != u) targets.add(t);
                }
            }
            targets.forEach(cited::add);
            offsets[u + 1] = cited.size();
        }
        int[] first = firstRow.toIntArray();
        return new PatentTable(
                level,
                rows -> stored.of(pick(first, rows)),
                uYears,
                uTech,
                uApplicants,
                uCountries,
                uCountry,
                hasCitations() ? offsets : null,
                hasCitations() ? cited.toIntArray() : null,
                uClaims,
                uNpl,
                () -> uGroup,
                hasCitationData,
                uReported);
    }

    /**
     * A bootstrap resample of this table: row r appears {@code multiplicity[r]} times (0 leaves it out), copies in
     * row order, each with all of r's columns (technologies and applicants no copy holds are dropped from the labels; countries keep theirs, which {@link #country(int)} indexes). Citations stay among the resample's rows: a copy of r cites every
     * copy of each row r cites, so a row drawn twice counts twice wherever it is counted, as a citing and as a
     * cited patent (docs/METHODS.md, "Rank uncertainty"). Cost O(rows + list entries of the copies).
     *
     * @param multiplicity one count ≥ 0 per row of this table
     */
    public PatentTable resample(int[] multiplicity) {
        int n = size();
        if (multiplicity.length != n) {
            throw new IllegalArgumentException(multiplicity.length + " multiplicities for " + n + " rows");
        }
        int[] firstCopy = new int[n + 1];
        for (int r = 0; r < n; r++) {
            if (multiplicity[r] < 0) throw new IllegalArgumentException("negative multiplicity of row " + r);
            firstCopy[r + 1] = Math.addExact(firstCopy[r], multiplicity[r]);
        }
        int copies = firstCopy[n];
        int[] source = new int[copies];
        for (int r = 0; r < n; r++) {
            Arrays.fill(source, firstCopy[r], firstCopy[r + 1], r);
        }
        int[] offsets = new int[copies + 1];
        IntArrayList cited = new IntArrayList();
        for (int c = 0; c < copies && hasCitations(); c++) {
            int r = source[c];
            for (int k = citedOffsets[r]; k < citedOffsets[r + 1]; k++) {
                int t = citedRows[k];
                for (int copy = firstCopy[t]; copy < firstCopy[t + 1]; copy++) cited.add(copy);
            }
            offsets[c + 1] = cited.size();
        }
        return new PatentTable(
                level,
                rows -> stored.of(pick(source, rows)),
                pick(years, source),
                technologies.resample(source, true),
                applicants.resample(source, true),
                applicantCountries.resample(source, false),
                pick(country, source),
                hasCitations() ? offsets : null,
                hasCitations() ? cited.toIntArray() : null,
                pick(claims, source),
                pick(npl, source),
                () -> pick(familyGroups(), source),
                hasCitationData,
                pick(reportedCitations, source));
    }

    private static int[] pick(int[] column, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = column[rows[i]];
        return out;
    }

    private static CodeLists unionRows(CodeLists lists, List<IntArrayList> members, boolean distinctSorted) {
        int[] offsets = new int[members.size() + 1];
        IntArrayList ids = new IntArrayList();
        for (int u = 0; u < members.size(); u++) {
            IntArrayList m = members.get(u);
            if (m.size() == 1) {
                int r = m.getInt(0);
                for (int k = lists.start(r); k < lists.end(r); k++) ids.add(lists.id(k));
            } else if (distinctSorted) {
                TreeSet<Integer> set = new TreeSet<>();
                for (int r : m) {
                    for (int k = lists.start(r); k < lists.end(r); k++) set.add(lists.id(k));
                }
                set.forEach(ids::add);
            } else {
                for (int r : m) {
                    for (int k = lists.start(r); k < lists.end(r); k++) ids.add(lists.id(k));
                }
            }
            offsets[u + 1] = ids.size();
        }
        return new CodeLists(lists.labels(), offsets, ids.toIntArray());
    }
}
