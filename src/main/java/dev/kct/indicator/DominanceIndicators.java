package dev.kct.indicator;

import static dev.kct.indicator.IndicatorCatalogue.FORWARD_CITATIONS;
import static dev.kct.indicator.IndicatorCatalogue.GENERALITY;
import static dev.kct.indicator.IndicatorCatalogue.GROWTH;
import static dev.kct.indicator.IndicatorCatalogue.SHARE;

import java.util.List;

/**
 * The dominance family (docs/METHODS.md, "Dominance family": weight and influence of a technology), from
 * {@link TechnologyStatistics}. With n_i the patents (or families) holding technology i and N the rows of
 * the selection:
 *
 * <pre>
 *   share_i             = n_i / N
 *   growth_i            = least-squares slope of ln(1 + n_it) on t, t = every year from the selection's
 *                         first to its last, years without a patent of i included (as ln 1 = 0)
 *   forward_citations_i = Σ_{p ∈ i} cites(p) / n_i,  cites(p) = rows of the selection citing p
 *   generality_i        = mean over p ∈ i with cites(p) ≥ 2 of  1 − Σ_j s_pj²
 * </pre>
 *
 * where s_pj is class j's share of the technologies (at the run's level) of the patents citing p, a
 * citing patent with k technologies counting 1/k for each (Hall, Jaffe &amp; Trajtenberg 2001, NBER WP
 * 8498; Squicciarini, Dernis &amp; Criscuolo 2013, OECD STI WP 2013/03). The growth slope is in
 * log-points per year: 0.1 means roughly +10 % a year. A technology without patent having two forward
 * citations has no generality (NaN).
 *
 * <p>Missing columns: growth when the selection spans fewer than two years; forward_citations and
 * generality when the source has no citation lists; generality also when no patent has two forward
 * citations inside the selection. Cost: O(T·Y) for T technologies and Y years, O(T) for the rest.
 */
public final class DominanceIndicators {

    private static final String NO_CITATIONS = "the source has no citation lists";

    private DominanceIndicators() {}

    /** share, growth, forward_citations and generality, in that order. */
    public static List<IndicatorColumn> all(TechnologyStatistics stats) {
        return List.of(share(stats), growth(stats), forwardCitations(stats), generality(stats));
    }

    /** share_i = n_i / N. */
    public static IndicatorColumn share(TechnologyStatistics stats) {
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (double) stats.patents(i) / stats.patents();
        }
        return IndicatorColumn.of(SHARE.name(), v);
    }

    /** growth_i = Σ_t (t − t̄) ln(1 + n_it) / Σ_t (t − t̄)², over every year of the selection. */
    public static IndicatorColumn growth(TechnologyStatistics stats) {
        int years = stats.yearCount();
        if (years == 0) {
            return IndicatorColumn.missing(GROWTH.name(), "no patent in the selection has a year");
        }
        if (years < 2) {
            return IndicatorColumn.missing(
                    GROWTH.name(),
                    "the selection spans a single year (" + stats.firstYear() + "); a growth slope needs two or more");
        }
        double mean = (years - 1) / 2.0;
        double sxx = years * ((double) years * years - 1) / 12.0;
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            double sxy = 0;
            for (int y = 0; y < years; y++) {
                sxy += (y - mean) * Math.log1p(stats.patents(i, stats.firstYear() + y));
            }
            v[i] = sxy / sxx;
        }
        return IndicatorColumn.of(GROWTH.name(), v);
    }

    /**
     * forward_citations_i = citations received by i's patents from the selection / n_i; where the source has no
     * citation lists but counts each patent's forward citations itself (Lens {@code cited_count}), the mean of those
     * counts over i's patents that have one, which includes citations from outside the selection.
     */
    public static IndicatorColumn forwardCitations(TechnologyStatistics stats) {
        if (!stats.hasCitationData() && stats.hasReportedCitations()) {
            double[] v = new double[stats.technologyCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = stats.reportedKnown(i) == 0
                        ? Double.NaN
                        : (double) stats.reportedCitations(i) / stats.reportedKnown(i);
            }
            return IndicatorColumn.of(
                    FORWARD_CITATIONS.name(),
                    v,
                    java.util.List.of("forward_citations are the source's own citation counts (e.g. Lens cited_count),"
                            + " which include citations from outside the selection"));
        }
        if (!stats.hasCitationData()) {
            return IndicatorColumn.missing(FORWARD_CITATIONS.name(), NO_CITATIONS);
        }
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = stats.patents(i) == 0 ? Double.NaN : (double) stats.citationsReceived(i) / stats.patents(i);
        }
        return IndicatorColumn.of(FORWARD_CITATIONS.name(), v);
    }

    /** generality_i = mean generality of i's patents with two or more forward citations; NaN if none. */
    public static IndicatorColumn generality(TechnologyStatistics stats) {
        if (!stats.hasCitationData() && stats.hasReportedCitations()) {
            return IndicatorColumn.missing(
                    GENERALITY.name(),
                    "it needs the classes of the citing patents; the source gives only citation counts");
        }
        if (!stats.hasCitationData()) {
            return IndicatorColumn.missing(GENERALITY.name(), NO_CITATIONS);
        }
        if (!stats.hasGenerality()) {
            return IndicatorColumn.missing(
                    GENERALITY.name(), "no patent has two or more forward citations inside the selection");
        }
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            int k = stats.generalityPatents(i);
            v[i] = k == 0 ? Double.NaN : stats.generalitySum(i) / k;
        }
        return IndicatorColumn.of(GENERALITY.name(), v);
    }
}
