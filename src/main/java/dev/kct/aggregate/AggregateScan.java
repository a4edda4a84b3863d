package dev.kct.aggregate;

import dev.kct.Workers;
import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.CooccurrenceNetworkBuilder;
import dev.kct.network.Counting;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The aggregates of a {@link PatentTable} (one row per patent, or per family after
 * {@link PatentTable#byFamily()}), in one pass over its columns plus the network builder's:
 *
 * <ul>
 *   <li>n_i, the rows holding technology i, and n_it, those of year t, for every year from the selection's first
 *       to its last (rows without a year, year ≤ 0, are left out of the years and counted as undated);</li>
 *   <li>applicant weights (a row with k distinct applicants gives each 1/k) and country weights under both
 *       {@code --country-count} modes ({@link TechnologyWeights});</li>
 *   <li>per technology: forward citations received from the table, source-reported citation counts, generality
 *       sums over rows cited at least twice, claims and NPL sums, each with the number of rows where it is known
 *       ({@link PatentCitations});</li>
 *   <li>the co-occurrence network under full and fractional counting ({@link CooccurrenceNetworkBuilder});</li>
 *   <li>the most-cited rows of each technology, on demand.</li>
 * </ul>
 *
 * <p>Integer sums do not depend on order; floating-point sums are taken in row order (or chunk order, which is
 * fixed), so the aggregates are the same bit for bit on any number of cores. Cost: O(E·a + C·k + T·Y) for E
 * (row, technology) pairs, a applicants per row, C resolved citations, k technologies per citing row, T
 * technologies and Y years, plus the two network builds.
 */
public final class AggregateScan {

    private AggregateScan() {}

    /**
     * @param families whether the rows are families ({@code --count families}), recorded in the aggregates
     * @param threads  worker threads; 0 for all cores (the result does not depend on it)
     */
    public static Aggregates of(PatentTable table, boolean families, int threads) {
        CodeLists tech = table.technologies();
        int n = table.size();
        int t = tech.labelCount();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int undated = 0;
        for (int r = 0; r < n; r++) {
            int y = table.year(r);
            if (y <= 0) {
                undated++;
                continue;
            }
            first = Math.min(first, y);
            last = Math.max(last, y);
        }
        boolean dated = first <= last;
        int firstYear = dated ? first : 0;
        int lastYear = dated ? last : 0;
        int years = dated ? last - first + 1 : 0;
        if ((long) t * years > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(t + " technologies × " + years + " years (" + first + "–" + last
                    + ") is too many per-year counts; check the years of the data");
        }

        PatentCitations citations = PatentCitations.of(table, threads);
        int firstDated = first;
        int yearCount = years;
        Object[] part = new Object[7];
        Runnable[] tasks = {
            () -> part[0] = sums(table, citations, firstDated, yearCount),
            () -> part[1] = applicantWeights(table),
            () -> part[2] = firstCountries(table),
            () -> part[3] = listedCountries(table),
            () -> part[4] = corpus(table),
            () -> part[5] = new CooccurrenceNetworkBuilder()
                    .threads(threads)
                    .counting(Counting.FULL)
                    .build(tech),
            () -> part[6] = new CooccurrenceNetworkBuilder()
                    .threads(threads)
                    .counting(Counting.FRACTIONAL)
                    .build(tech)
        };
        Workers.forEach(tasks.length, threads, i -> tasks[i].run());
        RowSums sums = (RowSums) part[0];
        return new Aggregates(
                new Aggregates.Selection(table.level(), families, n, undated, firstYear, lastYear),
                new Aggregates.Sources(
                        table.hasCitationData(), sums.anyReported, sums.anyClaims, sums.anyNpl, sums.anyApplicant),
                tech.labels().clone(),
                sums.sums,
                sums.perYear,
                (TechnologyWeights) part[1],
                (TechnologyWeights) part[2],
                (TechnologyWeights) part[3],
                (CooccurrenceNetwork) part[5],
                (CooccurrenceNetwork) part[6],
                new ScannedMostCited(table, citations),
                (Aggregates.Corpus) part[4]);
    }

    /** The per-technology sums and per-year counts, and which optional inputs any row carries. */
    private record RowSums(
            Aggregates.Sums sums,
            int[] perYear,
            boolean anyReported,
            boolean anyClaims,
            boolean anyNpl,
            boolean anyApplicant) {}

    private static RowSums sums(PatentTable table, PatentCitations citations, int first, int years) {
        CodeLists tech = table.technologies();
        int n = table.size();
        int t = tech.labelCount();
        int[] techOffsets = tech.offsets();
        int[] techIds = tech.ids();
        int[] patents = new int[t];
        int[] perYear = new int[t * years];
        long[] citationsReceived = new long[t];
        long[] reportedCitations = new long[t];
        int[] reportedKnown = new int[t];
        double[] generalitySum = new double[t];
        int[] generalityPatents = new int[t];
        long[] claimsSum = new long[t];
        int[] claimsKnown = new int[t];
        long[] nplSum = new long[t];
        int[] nplKnown = new int[t];
        boolean anyReported = false;
        boolean anyClaims = false;
        boolean anyNpl = false;
        for (int r = 0; r < n; r++) {
            int y = table.year(r);
            int yearIndex = y > 0 ? y - first : -1;
            int fwd = citations.forwardCitations(r);
            int claims = table.claims(r);
            int npl = table.npl(r);
            int reported = table.reportedCitations(r);
            anyReported |= reported >= 0;
            anyClaims |= claims >= 0;
            anyNpl |= npl >= 0;
            for (int k = techOffsets[r]; k < techOffsets[r + 1]; k++) {
                int i = techIds[k];
                patents[i]++;
                if (reported >= 0) {
                    reportedCitations[i] += reported;
                    reportedKnown[i]++;
                }
                if (yearIndex >= 0) perYear[i * years + yearIndex]++;
                citationsReceived[i] += fwd;
                if (claims >= 0) {
                    claimsSum[i] += claims;
                    claimsKnown[i]++;
                }
                if (npl >= 0) {
                    nplSum[i] += npl;
                    nplKnown[i]++;
                }
            }
        }
        for (int r = 0; r < n; r++) {
            double g = citations.generality(r);
            if (Double.isNaN(g)) continue;
            for (int k = techOffsets[r]; k < techOffsets[r + 1]; k++) {
                generalitySum[techIds[k]] += g;
                generalityPatents[techIds[k]]++;
            }
        }
        CodeLists applicants = table.applicants();
        boolean anyApplicant = false;
        for (int r = 0; r < n && !anyApplicant; r++) anyApplicant = applicants.count(r) > 0;
        return new RowSums(
                new Aggregates.Sums(
                        patents,
                        citationsReceived,
                        reportedCitations,
                        reportedKnown,
                        generalitySum,
                        generalityPatents,
                        claimsSum,
                        claimsKnown,
                        nplSum,
                        nplKnown),
                perYear,
                anyReported,
                anyClaims,
                anyNpl,
                anyApplicant);
    }

    /** Each row's applicants 1/k, k its distinct applicants. */
    private static TechnologyWeights applicantWeights(PatentTable table) {
        CodeLists applicants = table.applicants();
        int[] counts = new int[table.size()];
        for (int r = 0; r < counts.length; r++) counts[r] = applicants.count(r);
        return TechnologyWeights.build(
                table.technologies(), applicants.offsets(), applicants.ids(), counts, applicants.labels());
    }

    /** The counts over the units of {@code table} ({@link Aggregates.Corpus}). */
    public static Aggregates.Corpus corpus(PatentTable table) {
        int n = table.size();
        int[] perCountry = new int[table.countryLabels().length];
        int withoutCountry = 0;
        int[] years = table.years();
        int low = Arrays.stream(years).min().orElse(0);
        int high = Arrays.stream(years).max().orElse(-1);
        int[] perYear = new int[high - low + 1];
        for (int r = 0; r < n; r++) {
            int c = table.country(r);
            if (c >= 0) perCountry[c]++;
            else withoutCountry++;
            perYear[years[r] - low]++;
        }
        IntArrayList unitYears = new IntArrayList();
        IntArrayList unitsPerYear = new IntArrayList();
        for (int y = 0; y < perYear.length; y++) {
            if (perYear[y] > 0) {
                unitYears.add(low + y);
                unitsPerYear.add(perYear[y]);
            }
        }
        CodeLists applicants = table.applicants();
        int[] perApplicant = new int[applicants.labelCount()];
        int[] ids = applicants.ids();
        int entries = applicants.offsets()[applicants.rows()];
        for (int k = 0; k < entries; k++) perApplicant[ids[k]]++;
        return new Aggregates.Corpus(
                unitYears.toIntArray(),
                unitsPerYear.toIntArray(),
                perCountry,
                withoutCountry,
                applicants.labels(),
                perApplicant);
    }

    /** Each row's country (after fallbacks), weight 1. */
    private static TechnologyWeights firstCountries(PatentTable table) {
        int n = table.size();
        int[] offsets = new int[n + 1];
        int[] keys = new int[n];
        int[] denominators = new int[n];
        for (int r = 0; r < n; r++) {
            offsets[r + 1] = r + 1;
            keys[r] = table.country(r);
            denominators[r] = 1;
        }
        return TechnologyWeights.build(
                table.technologies(),
                offsets,
                keys,
                denominators,
                table.applicantCountries().labels());
    }

    /** Each listed applicant country 1/k, k the applicants of the row (unknown countries take their share too). */
    private static TechnologyWeights listedCountries(PatentTable table) {
        int n = table.size();
        CodeLists listed = table.applicantCountries();
        int[] denominators = new int[n];
        for (int r = 0; r < n; r++) {
            denominators[r] = listed.count(r);
        }
        return TechnologyWeights.build(
                table.technologies(), listed.offsets(), listed.ids(), denominators, listed.labels());
    }

    /**
     * The most-cited rows of each technology, computed on first use for the largest {@code top} asked so far (at
     * least {@link AggregateFiles#MOST_CITED}) and kept: a smaller {@code top} is a prefix of the lists.
     */
    private static final class ScannedMostCited implements Aggregates.MostCited {
        private final PatentTable table;
        private final PatentCitations citations;
        private Aggregates.MostCited kept = Aggregates.MostCited.of(List.of());
        private int computed = -1;

        ScannedMostCited(PatentTable table, PatentCitations citations) {
            this.table = table;
            this.citations = citations;
        }

        @Override
        public synchronized List<List<CitedPatent>> all(int top) {
            if (top > computed) {
                computed = Math.max(top, AggregateFiles.MOST_CITED);
                kept = Aggregates.MostCited.of(mostCited(table, citations, computed));
            }
            return kept.all(top);
        }

        @Override
        public synchronized String title(String id) {
            return kept.title(id);
        }
    }

    /**
     * The {@code top} most-cited rows of every technology: rows cited at least once, by forward citations descending,
     * then id ascending. A first pass finds each technology's cut (the {@code top}-th largest count, with a min-heap
     * of counts per technology); only rows at or above the cut of one of their technologies are candidates, and their
     * ids and titles are read from the index in one pass (ids decide ties). Cost O(E·log top) for E (row,
     * technology) pairs, plus the candidates' stored fields.
     */
    static List<List<CitedPatent>> mostCited(PatentTable table, PatentCitations citations, int top) {
        CodeLists tech = table.technologies();
        int t = tech.labelCount();
        List<List<CitedPatent>> best = new ArrayList<>(t);
        for (int i = 0; i < t; i++) best.add(new ArrayList<>());
        if (top <= 0) return best;
        int[] heap = new int[Math.multiplyExact(t, top)];
        int[] size = new int[t];
        for (int r = 0; r < table.size(); r++) {
            int fwd = citations.forwardCitations(r);
            if (fwd <= 0) continue;
            for (int k = tech.start(r); k < tech.end(r); k++) offer(heap, size, tech.id(k) * top, top, fwd);
        }
        int[] cut = new int[t];
        for (int i = 0; i < t; i++) cut[i] = size[i] < top ? 1 : heap[i * top];
        IntArrayList candidates = new IntArrayList();
        for (int r = 0; r < table.size(); r++) {
            int fwd = citations.forwardCitations(r);
            if (fwd <= 0) continue;
            for (int k = tech.start(r); k < tech.end(r); k++) {
                if (fwd >= cut[tech.id(k)]) {
                    candidates.add(r);
                    break;
                }
            }
        }
        int[] rows = candidates.toIntArray();
        List<PatentTable.StoredRow> stored = table.stored(rows);
        for (int c = 0; c < rows.length; c++) {
            int r = rows[c];
            int fwd = citations.forwardCitations(r);
            CitedPatent p = new CitedPatent(
                    stored.get(c).id(), table.year(r), fwd, stored.get(c).title());
            for (int k = tech.start(r); k < tech.end(r); k++) {
                if (fwd >= cut[tech.id(k)]) best.get(tech.id(k)).add(p);
            }
        }
        Comparator<CitedPatent> order = Comparator.comparingInt((CitedPatent p) -> -p.forwardCitations())
                .thenComparing(CitedPatent::id);
        for (int i = 0; i < t; i++) {
            List<CitedPatent> list = best.get(i);
            list.sort(order);
            if (list.size() > top) list.subList(top, list.size()).clear();
        }
        return best;
    }

    /** Keeps the {@code top} largest values offered in the min-heap {@code heap[base .. base + size[..])}. */
    private static void offer(int[] heap, int[] size, int base, int top, int value) {
        int i = base / top;
        if (size[i] < top) {
            int at = size[i]++;
            while (at > 0 && heap[base + (at - 1) / 2] > value) {
                heap[base + at] = heap[base + (at - 1) / 2];
                at = (at - 1) / 2;
            }
            heap[base + at] = value;
        } else if (value > heap[base]) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= top) break;
                if (child + 1 < top && heap[base + child + 1] < heap[base + child]) child++;
                if (heap[base + child] >= value) break;
                heap[base + at] = heap[base + child];
                at = child;
            }
            heap[base + at] = value;
        }
    }
}
