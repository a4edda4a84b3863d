package dev.kct.aggregate;

import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.CooccurrenceNetworkBuilder;
import dev.kct.network.Counting;
import java.util.ArrayList;
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
        int[] techOffsets = tech.offsets();
        int[] techIds = tech.ids();

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

        CodeLists applicantLists = table.applicants();
        int[] applicantCounts = new int[n];
        boolean anyApplicant = false;
        for (int r = 0; r < n; r++) {
            applicantCounts[r] = applicantLists.count(r);
            anyApplicant |= applicantCounts[r] > 0;
        }
        TechnologyWeights applicants = TechnologyWeights.build(
                tech, applicantLists.offsets(), applicantLists.ids(), applicantCounts, applicantLists.labels());

        CooccurrenceNetworkBuilder builder = new CooccurrenceNetworkBuilder().threads(threads);
        CooccurrenceNetwork full = builder.counting(Counting.FULL).build(tech);
        CooccurrenceNetwork fractional = builder.counting(Counting.FRACTIONAL).build(tech);

        return new Aggregates(
                new Aggregates.Selection(table.level(), families, n, undated, firstYear, lastYear),
                new Aggregates.Sources(table.hasCitationData(), anyReported, anyClaims, anyNpl, anyApplicant),
                tech.labels().clone(),
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
                applicants,
                firstCountries(table),
                listedCountries(table),
                full,
                fractional,
                top -> mostCited(table, citations, top),
                corpus(table));
    }

    /** The counts over the units of {@code table} ({@link Aggregates.Corpus}). */
    public static Aggregates.Corpus corpus(PatentTable table) {
        int n = table.size();
        int[] perCountry = new int[table.countryLabels().length];
        int withoutCountry = 0;
        java.util.TreeMap<Integer, Integer> years = new java.util.TreeMap<>();
        for (int r = 0; r < n; r++) {
            int c = table.country(r);
            if (c >= 0) perCountry[c]++;
            else withoutCountry++;
            years.merge(table.year(r), 1, Integer::sum);
        }
        CodeLists applicants = table.applicants();
        int[] perApplicant = new int[applicants.labelCount()];
        int[] ids = applicants.ids();
        int entries = applicants.offsets()[applicants.rows()];
        for (int k = 0; k < entries; k++) perApplicant[ids[k]]++;
        return new Aggregates.Corpus(
                years.keySet().stream().mapToInt(Integer::intValue).toArray(),
                years.values().stream().mapToInt(Integer::intValue).toArray(),
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
     * The {@code top} most-cited rows of every technology in one pass: rows cited at least once, by forward citations
     * descending, then id ascending.
     */
    static List<List<CitedPatent>> mostCited(PatentTable table, PatentCitations citations, int top) {
        CodeLists tech = table.technologies();
        int t = tech.labelCount();
        Comparator<CitedPatent> order = Comparator.comparingInt((CitedPatent p) -> -p.forwardCitations())
                .thenComparing(CitedPatent::id);
        List<List<CitedPatent>> best = new ArrayList<>(t);
        for (int i = 0; i < t; i++) best.add(new ArrayList<>());
        if (top <= 0) return best;
        for (int r = 0; r < table.size(); r++) {
            int fwd = citations.forwardCitations(r);
            if (fwd <= 0) continue;
            CitedPatent p = null;
            for (int k = tech.start(r); k < tech.end(r); k++) {
                List<CitedPatent> list = best.get(tech.id(k));
                if (list.size() == top && fwd < list.get(top - 1).forwardCitations()) continue;
                if (p == null) p = new CitedPatent(table.id(r), table.year(r), fwd);
                int at = insertionPoint(list, p, order);
                if (at < top) {
                    list.add(at, p);
                    if (list.size() > top) list.remove(top);
                }
            }
        }
        return best;
    }

    private static int insertionPoint(List<CitedPatent> list, CitedPatent p, Comparator<CitedPatent> order) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare(list.get(mid), p) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
