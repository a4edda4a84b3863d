package dev.kct.indicator;

import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.aggregate.TechnologyWeights;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;

/**
 * Per-technology counts that every dominance, barrier and position indicator is made from: the
 * {@link Aggregates} of a selection seen with one {@link CountryCount}.
 *
 * <ul>
 *   <li>n_i, the patents holding technology i, and n_it, those of year t, for every year from the
 *       selection's first to its last (rows without a year are left out of the years);</li>
 *   <li>applicant weights: a patent with k distinct applicants gives each 1/k ({@link #applicants()});</li>
 *   <li>country weights P_c,i as {@link CountryCount} says ({@link #countries()});</li>
 *   <li>forward citations received from the selection, summed per technology; generality summed over the
 *       patents cited at least twice (see {@link dev.kct.aggregate.PatentCitations});</li>
 *   <li>claims and NPL references: sums and counts over the rows where they are known (≥ 0).</li>
 * </ul>
 */
public final class TechnologyStatistics {

    private final Aggregates aggregates;
    private final CountryCount countryCount;
    private final Aggregates.Sums sums;

    private TechnologyStatistics(Aggregates aggregates, CountryCount countryCount) {
        this.aggregates = aggregates;
        this.countryCount = countryCount;
        this.sums = aggregates.sums();
    }

    /** The statistics of {@code aggregates}, crediting countries as {@code countryCount} says. */
    public static TechnologyStatistics of(Aggregates aggregates, CountryCount countryCount) {
        return new TechnologyStatistics(aggregates, countryCount);
    }

    /** Collects the statistics of {@code table} (its aggregates), crediting countries as {@code countryCount} says. */
    public static TechnologyStatistics of(PatentTable table, CountryCount countryCount) {
        return of(table, countryCount, 0);
    }

    /** @param threads worker threads; 0 for all cores (the result does not depend on it) */
    public static TechnologyStatistics of(PatentTable table, CountryCount countryCount, int threads) {
        return of(AggregateScan.of(table, false, threads), countryCount);
    }

    public Aggregates aggregates() {
        return aggregates;
    }

    public IpcLevel level() {
        return aggregates.level();
    }

    public CountryCount countryCount() {
        return countryCount;
    }

    /** Number of technologies (ids 0 .. this − 1, in code order). */
    public int technologyCount() {
        return aggregates.technologyCount();
    }

    /** Code of technology i. */
    public String code(int technology) {
        return aggregates.technologies()[technology];
    }

    /** Id of {@code code}, or a negative number when it is not a technology of the selection. */
    public int idOf(String code) {
        return java.util.Arrays.binarySearch(aggregates.technologies(), code);
    }

    /** Codes of all technologies, in id (code) order. */
    public String[] codes() {
        return aggregates.technologies().clone();
    }

    /** N: rows (patents or families) in the selection. */
    public int patents() {
        return aggregates.units();
    }

    /** n_i: rows holding technology i. */
    public int patents(int technology) {
        return sums.patents()[technology];
    }

    /** n_i of every technology (a copy). */
    public int[] patentsPerTechnology() {
        return sums.patents().clone();
    }

    /** Earliest year of a dated row; 0 when no row has a year. */
    public int firstYear() {
        return aggregates.selection().firstYear();
    }

    /** Latest year of a dated row; 0 when no row has a year. */
    public int lastYear() {
        return aggregates.selection().lastYear();
    }

    /** Years from {@link #firstYear()} to {@link #lastYear()} inclusive; 0 when no row has a year. */
    public int yearCount() {
        return aggregates.yearCount();
    }

    /** Rows without a year (year ≤ 0), left out of the per-year counts. */
    public int undatedPatents() {
        return aggregates.selection().undated();
    }

    /** n_it: rows of technology i in {@code year}, 0 outside the selection's years. */
    public int patents(int technology, int year) {
        return aggregates.patents(technology, year);
    }

    /** Fractional applicant weights per technology (a patent with k applicants gives each 1/k). */
    public TechnologyWeights applicants() {
        return aggregates.applicants();
    }

    /** True when at least one row lists an applicant. */
    public boolean hasApplicants() {
        return aggregates.sources().applicants();
    }

    /** P_c,i: country weights per technology, counted as {@link #countryCount()} says. */
    public TechnologyWeights countries() {
        return countryCount == CountryCount.FIRST ? aggregates.countriesFirst() : aggregates.countriesFractional();
    }

    /** True when some patent has a forward-citation count reported by the source (e.g. Lens {@code cited_count}). */
    public boolean hasReportedCitations() {
        return aggregates.sources().reportedCitations();
    }

    /** Σ of the source-reported forward-citation counts of technology i's patents that have one. */
    public long reportedCitations(int technology) {
        return sums.reportedCitations()[technology];
    }

    /** The number of technology i's patents with a source-reported forward-citation count. */
    public int reportedKnown(int technology) {
        return sums.reportedKnown()[technology];
    }

    /** True when the source carried citation lists (even if none resolved inside the selection). */
    public boolean hasCitationData() {
        return aggregates.sources().citationLists();
    }

    /** Σ of forward citations over the patents of technology i. */
    public long citationsReceived(int technology) {
        return sums.citationsReceived()[technology];
    }

    /** Σ of generality over technology i's patents with at least two forward citations. */
    public double generalitySum(int technology) {
        return sums.generalitySum()[technology];
    }

    /** Technology i's patents with at least two forward citations. */
    public int generalityPatents(int technology) {
        return sums.generalityPatents()[technology];
    }

    /** True when any row has a known generality. */
    public boolean hasGenerality() {
        for (int c : sums.generalityPatents()) {
            if (c > 0) return true;
        }
        return false;
    }

    /** True when any row has a claims count. */
    public boolean hasClaims() {
        return aggregates.sources().claims();
    }

    /** True when any row has an NPL count. */
    public boolean hasNpl() {
        return aggregates.sources().npl();
    }

    /** Σ of claims over technology i's patents with a known claims count. */
    public long claimsSum(int technology) {
        return sums.claimsSum()[technology];
    }

    /** Technology i's patents with a known claims count. */
    public int claimsKnown(int technology) {
        return sums.claimsKnown()[technology];
    }

    /** Σ of NPL references over technology i's patents with a known count. */
    public long nplSum(int technology) {
        return sums.nplSum()[technology];
    }

    /** Technology i's patents with a known NPL count. */
    public int nplKnown(int technology) {
        return sums.nplKnown()[technology];
    }
}
