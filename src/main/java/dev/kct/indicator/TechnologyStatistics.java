package dev.kct.indicator;

import dev.kct.Workers;
import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;

/**
 * Per-technology counts that every dominance, barrier and position indicator is made from, collected
 * from a {@link PatentTable} (one row per patent, or per family after {@link PatentTable#byFamily()}):
 *
 * <ul>
 *   <li>n_i, the patents holding technology i, and n_it, those of year t, for every year from the
 *       selection's first to its last (rows without a year, year ≤ 0, are left out of the years);</li>
 *   <li>applicant weights: a patent with k distinct applicants gives each 1/k ({@link #applicants()});</li>
 *   <li>country weights P_c,i as {@link CountryCount} says ({@link #countries()});</li>
 *   <li>forward citations: for each row, the rows of the table citing it (the cited-rows lists
 *       inverted), and for each technology their sum over its patents;</li>
 *   <li>generality of each patent with at least two forward citations (see {@link #generality(int)}),
 *       summed per technology;</li>
 *   <li>claims and NPL references: sums and counts over the rows where they are known (≥ 0).</li>
 * </ul>
 *
 * <p>Integer sums do not depend on order; per-patent generality is computed for rows in parallel and then
 * summed per technology in row order, so results are the same bit for bit on any number of cores; the
 * applicant and country weights are built without comparison sorts ({@link TechnologyWeights}). Cost:
 * O(E·a + C·k + T·Y) for E (row, technology) pairs, a applicants per patent, C resolved citations, k
 * technologies per citing patent, T technologies and Y years; memory a few arrays of size rows,
 * (technology, applicant) pairs and T × Y.
 */
public final class TechnologyStatistics {

    private static final int CHUNK = 1 << 14;

    private final PatentTable table;
    private final CountryCount countryCount;
    private final int technologyCount;
    private final int[] patents;
    private final int firstYear;
    private final int lastYear;
    private final int undated;
    private final int[] perYear;
    private final TechnologyWeights applicants;
    private final TechnologyWeights countries;
    private final boolean anyApplicant;
    private final int[] forwardCitations;
    private final double[] generality;
    private final long[] citationsReceived;
    private final long[] reportedCitations;
    private final int[] reportedKnown;
    private final double[] generalitySum;
    private final int[] generalityPatents;
    private final long[] claimsSum;
    private final int[] claimsKnown;
    private final long[] nplSum;
    private final int[] nplKnown;

    private TechnologyStatistics(PatentTable table, CountryCount countryCount, int threads) {
        this.table = table;
        this.countryCount = countryCount;
        CodeLists tech = table.technologies();
        int n = table.size();
        int t = tech.labelCount();
        this.technologyCount = t;
        int[] techOffsets = tech.offsets();
        int[] techIds = tech.ids();

        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int noYear = 0;
        for (int r = 0; r < n; r++) {
            int y = table.year(r);
            if (y <= 0) {
                noYear++;
                continue;
            }
            first = Math.min(first, y);
            last = Math.max(last, y);
        }
        boolean dated = first <= last;
        this.firstYear = dated ? first : 0;
        this.lastYear = dated ? last : 0;
        this.undated = noYear;
        int years = dated ? last - first + 1 : 0;

        this.forwardCitations = new int[n];
        int[] cited = table.citedRows();
        int citations = n == 0 ? 0 : table.citedEnd(n - 1);
        for (int k = 0; k < citations; k++) {
            forwardCitations[cited[k]]++;
        }

        if ((long) t * years > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(t + " technologies × " + years + " years (" + first + "–" + last
                    + ") is too many per-year counts; check the years of the data");
        }
        this.patents = new int[t];
        this.perYear = new int[t * years];
        this.citationsReceived = new long[t];
        this.reportedCitations = new long[t];
        this.reportedKnown = new int[t];
        this.claimsSum = new long[t];
        this.claimsKnown = new int[t];
        this.nplSum = new long[t];
        this.nplKnown = new int[t];
        for (int r = 0; r < n; r++) {
            int y = table.year(r);
            int yearIndex = y > 0 ? y - first : -1;
            int fwd = forwardCitations[r];
            int claims = table.claims(r);
            int npl = table.npl(r);
            int reported = table.reportedCitations(r);
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

        this.generality = perPatentGenerality(table, forwardCitations, threads);
        this.generalitySum = new double[t];
        this.generalityPatents = new int[t];
        for (int r = 0; r < n; r++) {
            double g = generality[r];
            if (Double.isNaN(g)) continue;
            for (int k = techOffsets[r]; k < techOffsets[r + 1]; k++) {
                generalitySum[techIds[k]] += g;
                generalityPatents[techIds[k]]++;
            }
        }

        CodeLists applicantLists = table.applicants();
        int[] applicantCounts = new int[n];
        boolean any = false;
        for (int r = 0; r < n; r++) {
            applicantCounts[r] = applicantLists.count(r);
            any |= applicantCounts[r] > 0;
        }
        this.anyApplicant = any;
        this.applicants = TechnologyWeights.build(
                tech, applicantLists.offsets(), applicantLists.ids(), applicantCounts, applicantLists.labels());
        this.countries = countryWeights(table, countryCount);
    }

    /** Collects the statistics of {@code table}, crediting countries as {@code countryCount} says. */
    public static TechnologyStatistics of(PatentTable table, CountryCount countryCount) {
        return of(table, countryCount, 0);
    }

    /** @param threads worker threads for the per-patent generality; 0 for all cores (the result does not depend on it) */
    public static TechnologyStatistics of(PatentTable table, CountryCount countryCount, int threads) {
        return new TechnologyStatistics(table, countryCount, threads);
    }

    /**
     * Generality of each row (NaN below two forward citations): 1 − Σ_j s_j², s_j the share of class j
     * among the citing rows' technologies, a citing row with k technologies giving 1/k to each. Citing
     * rows without any technology are left out of the shares.
     */
    private static double[] perPatentGenerality(PatentTable table, int[] forwardCitations, int threads) {
        int n = table.size();
        int[] citingOffsets = new int[n + 1];
        for (int r = 0; r < n; r++) citingOffsets[r + 1] = citingOffsets[r] + forwardCitations[r];
        int[] citing = new int[citingOffsets[n]];
        int[] cursor = citingOffsets.clone();
        int[] cited = table.citedRows();
        for (int r = 0; r < n; r++) {
            for (int k = table.citedStart(r); k < table.citedEnd(r); k++) {
                citing[cursor[cited[k]]++] = r;
            }
        }
        CodeLists tech = table.technologies();
        int[] techOffsets = tech.offsets();
        int[] techIds = tech.ids();
        double[] out = new double[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        Workers.forEach(chunks, threads, chunk -> {
            double[] share = new double[tech.labelCount()];
            int[] touched = new int[tech.labelCount()];
            for (int r = chunk * CHUNK; r < Math.min(n, (chunk + 1) * CHUNK); r++) {
                if (forwardCitations[r] < 2) {
                    out[r] = Double.NaN;
                    continue;
                }
                int touchedCount = 0;
                int citingWithTechnology = 0;
                for (int c = citingOffsets[r]; c < citingOffsets[r + 1]; c++) {
                    int row = citing[c];
                    int k = techOffsets[row + 1] - techOffsets[row];
                    if (k == 0) continue;
                    citingWithTechnology++;
                    double w = 1.0 / k;
                    for (int e = techOffsets[row]; e < techOffsets[row + 1]; e++) {
                        int j = techIds[e];
                        if (share[j] == 0) touched[touchedCount++] = j;
                        share[j] += w;
                    }
                }
                double sumSquares = 0;
                for (int x = 0; x < touchedCount; x++) {
                    double s = share[touched[x]] / citingWithTechnology;
                    sumSquares += s * s;
                    share[touched[x]] = 0;
                }
                out[r] = citingWithTechnology == 0 ? Double.NaN : 1 - sumSquares;
            }
        });
        return out;
    }

    private static TechnologyWeights countryWeights(PatentTable table, CountryCount mode) {
        int n = table.size();
        CodeLists listed = table.applicantCountries();
        if (mode == CountryCount.FIRST) {
            int[] offsets = new int[n + 1];
            int[] keys = new int[n];
            int[] denominators = new int[n];
            for (int r = 0; r < n; r++) {
                offsets[r + 1] = r + 1;
                keys[r] = table.country(r);
                denominators[r] = 1;
            }
            return TechnologyWeights.build(table.technologies(), offsets, keys, denominators, listed.labels());
        }
        int[] denominators = new int[n];
        for (int r = 0; r < n; r++) {
            denominators[r] = listed.count(r);
        }
        return TechnologyWeights.build(
                table.technologies(), listed.offsets(), listed.ids(), denominators, listed.labels());
    }

    public PatentTable table() {
        return table;
    }

    public CountryCount countryCount() {
        return countryCount;
    }

    /** Number of technologies (ids 0 .. this − 1, in code order). */
    public int technologyCount() {
        return technologyCount;
    }

    /** Code of technology i. */
    public String code(int technology) {
        return table.technologies().label(technology);
    }

    /** Codes of all technologies, in id (code) order. */
    public String[] codes() {
        return table.technologies().labels().clone();
    }

    /** N: rows (patents or families) in the selection. */
    public int patents() {
        return table.size();
    }

    /** n_i: rows holding technology i. */
    public int patents(int technology) {
        return patents[technology];
    }

    /** n_i of every technology (a copy). */
    public int[] patentsPerTechnology() {
        return patents.clone();
    }

    /** Earliest year of a dated row; 0 when no row has a year. */
    public int firstYear() {
        return firstYear;
    }

    /** Latest year of a dated row; 0 when no row has a year. */
    public int lastYear() {
        return lastYear;
    }

    /** Years from {@link #firstYear()} to {@link #lastYear()} inclusive; 0 when no row has a year. */
    public int yearCount() {
        return lastYear == 0 ? 0 : lastYear - firstYear + 1;
    }

    /** Rows without a year (year ≤ 0), left out of the per-year counts. */
    public int undatedPatents() {
        return undated;
    }

    /** n_it: rows of technology i in {@code year}, 0 outside the selection's years. */
    public int patents(int technology, int year) {
        if (year < firstYear || year > lastYear || lastYear == 0) return 0;
        return perYear[technology * yearCount() + year - firstYear];
    }

    /** Fractional applicant weights per technology (a patent with k applicants gives each 1/k). */
    public TechnologyWeights applicants() {
        return applicants;
    }

    /** True when at least one row lists an applicant. */
    public boolean hasApplicants() {
        return anyApplicant;
    }

    /** P_c,i: country weights per technology, counted as {@link #countryCount()} says. */
    public TechnologyWeights countries() {
        return countries;
    }

    /** True when some patent has a forward-citation count reported by the source (see {@link PatentTable}). */
    public boolean hasReportedCitations() {
        return table.hasReportedCitations();
    }

    /** Σ of the source-reported forward-citation counts of technology i's patents that have one. */
    public long reportedCitations(int technology) {
        return reportedCitations[technology];
    }

    /** The number of technology i's patents with a source-reported forward-citation count. */
    public int reportedKnown(int technology) {
        return reportedKnown[technology];
    }

    /** True when the source carried citation lists (see {@link PatentTable#hasCitationData()}). */
    public boolean hasCitationData() {
        return table.hasCitationData();
    }

    /** Rows of the table citing {@code row}. */
    public int forwardCitations(int row) {
        return forwardCitations[row];
    }

    /** Σ of forward citations over the patents of technology i. */
    public long citationsReceived(int technology) {
        return citationsReceived[technology];
    }

    /**
     * Generality of one row (Hall, Jaffe &amp; Trajtenberg 2001): 1 − Σ_j s_j² over the technologies j of
     * the rows citing it, where a citing row with k technologies gives 1/k to each and s_j is j's share of
     * all citing rows (those without technology left out); NaN for a row with fewer than two forward
     * citations. No small-sample correction is applied.
     */
    public double generality(int row) {
        return generality[row];
    }

    /** Σ of {@link #generality(int)} over technology i's patents with at least two forward citations. */
    public double generalitySum(int technology) {
        return generalitySum[technology];
    }

    /** Technology i's patents with at least two forward citations. */
    public int generalityPatents(int technology) {
        return generalityPatents[technology];
    }

    /** True when any row has a known generality. */
    public boolean hasGenerality() {
        for (int c : generalityPatents) {
            if (c > 0) return true;
        }
        return false;
    }

    /** Σ of claims over technology i's patents with a known claims count. */
    public long claimsSum(int technology) {
        return claimsSum[technology];
    }

    /** Technology i's patents with a known claims count. */
    public int claimsKnown(int technology) {
        return claimsKnown[technology];
    }

    /** Σ of NPL references over technology i's patents with a known count. */
    public long nplSum(int technology) {
        return nplSum[technology];
    }

    /** Technology i's patents with a known NPL count. */
    public int nplKnown(int technology) {
        return nplKnown[technology];
    }
}
