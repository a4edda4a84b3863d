package dev.kct.indicator;

import static dev.kct.indicator.IndicatorCatalogue.CLAIMS;
import static dev.kct.indicator.IndicatorCatalogue.CR4;
import static dev.kct.indicator.IndicatorCatalogue.HHI;
import static dev.kct.indicator.IndicatorCatalogue.SCIENCE_LINKAGE;

import dev.kct.aggregate.TechnologyWeights;
import java.util.Arrays;
import java.util.List;

/**
 * The barrier family (docs/METHODS.md, "Barrier family": how hard a technology is to enter or replace),
 * from {@link TechnologyStatistics}:
 *
 * <pre>
 *   hhi_i             = Σ_a s_ai²,  s_ai = w_ai / Σ_b w_bi
 *   cr4_i             = sum of the four largest s_ai (all of them when fewer than four)
 *   complexity_i      = see {@link TechnologyComplexity}
 *   science_linkage_i = Σ npl(p) / #{p ∈ i with a known NPL count}
 *   claims_i          = Σ claims(p) / #{p ∈ i with a known claims count}
 * </pre>
 *
 * where w_ai is applicant a's fractional count of i's patents (a patent with k applicants gives each
 * 1/k), so Σ_b w_bi is the number of i's patents that list an applicant; patents without applicant do
 * not enter the concentration. HHI is Herfindahl's index on these shares (1 = one holder; 1/m = m equal
 * holders); CR4 the four-firm concentration ratio. Science linkage is the OECD's count of non-patent
 * literature references per patent (Squicciarini, Dernis &amp; Criscuolo 2013). A technology with no
 * known value has NaN.
 *
 * <p>Missing columns: hhi and cr4 when no patent of the selection lists an applicant; science_linkage
 * when no patent has an NPL count; claims when no patent has a claims count. Cost: O(A) for A
 * (technology, applicant) pairs, O(T) for the rest.
 */
public final class BarrierIndicators {

    private static final String NO_APPLICANTS = "no patent in the selection lists an applicant";

    private BarrierIndicators() {}

    /** hhi, cr4, complexity, science_linkage and claims, in that order. */
    public static List<IndicatorColumn> all(TechnologyStatistics stats) {
        return all(stats, 0);
    }

    /** The barrier columns, complexity computed on the technologies and countries with {@code minPatents} or more. */
    public static List<IndicatorColumn> all(TechnologyStatistics stats, int minPatents) {
        return List.of(
                hhi(stats),
                cr4(stats),
                TechnologyComplexity.of(stats, minPatents),
                scienceLinkage(stats),
                claims(stats));
    }

    /** hhi_i = Σ_a s_ai²; NaN for a technology none of whose patents lists an applicant. */
    public static IndicatorColumn hhi(TechnologyStatistics stats) {
        if (!stats.hasApplicants()) {
            return IndicatorColumn.missing(HHI.name(), NO_APPLICANTS);
        }
        TechnologyWeights w = stats.applicants();
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            double total = w.total(i);
            double sum = 0;
            for (int k = w.start(i); k < w.end(i); k++) {
                double s = w.weight(k) / total;
                sum += s * s;
            }
            v[i] = total > 0 ? sum : Double.NaN;
        }
        return IndicatorColumn.of(HHI.name(), v);
    }

    /** cr4_i = sum of the four largest applicant shares; NaN for a technology without applicants. */
    public static IndicatorColumn cr4(TechnologyStatistics stats) {
        if (!stats.hasApplicants()) {
            return IndicatorColumn.missing(CR4.name(), NO_APPLICANTS);
        }
        TechnologyWeights w = stats.applicants();
        double[] v = new double[stats.technologyCount()];
        double[] top = new double[4];
        for (int i = 0; i < v.length; i++) {
            Arrays.fill(top, 0);
            for (int k = w.start(i); k < w.end(i); k++) {
                double x = w.weight(k);
                for (int p = 0; p < top.length; p++) {
                    if (x > top[p]) {
                        double displaced = top[p];
                        top[p] = x;
                        x = displaced;
                    }
                }
            }
            double total = w.total(i);
            v[i] = total > 0 ? (top[0] + top[1] + top[2] + top[3]) / total : Double.NaN;
        }
        return IndicatorColumn.of(CR4.name(), v);
    }

    /** science_linkage_i = mean NPL references over i's patents with a known count. */
    public static IndicatorColumn scienceLinkage(TechnologyStatistics stats) {
        if (!stats.hasNpl()) {
            return IndicatorColumn.missing(
                    SCIENCE_LINKAGE.name(), "no patent in the source has an NPL reference count");
        }
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = stats.nplKnown(i) == 0 ? Double.NaN : (double) stats.nplSum(i) / stats.nplKnown(i);
        }
        return IndicatorColumn.of(SCIENCE_LINKAGE.name(), v);
    }

    /** claims_i = mean claims over i's patents with a known count. */
    public static IndicatorColumn claims(TechnologyStatistics stats) {
        if (!stats.hasClaims()) {
            return IndicatorColumn.missing(CLAIMS.name(), "no patent in the source has a claims count");
        }
        double[] v = new double[stats.technologyCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = stats.claimsKnown(i) == 0 ? Double.NaN : (double) stats.claimsSum(i) / stats.claimsKnown(i);
        }
        return IndicatorColumn.of(CLAIMS.name(), v);
    }
}
