package dev.kct.indicator;

import static dev.kct.indicator.IndicatorCatalogue.TARGET_RTA;
import static dev.kct.indicator.IndicatorCatalogue.TARGET_SHARE;

import java.util.List;
import java.util.Locale;

/**
 * A target country's position in each technology (docs/METHODS.md, "Country position", {@code --target CC});
 * these feed the chokepoint classes and are never part of the key score. With P_c,i the country weights
 * of {@link TechnologyStatistics#countries()} (counted as {@code --country-count} says) and n_i the
 * patents of technology i:
 *
 * <pre>
 *   target_share_i = P_CC,i / n_i
 *   target_rta_i   = (P_CC,i / Σ_i' P_CC,i') / (Σ_c P_c,i / Σ_c,i' P_c,i')     (Balassa 1965)
 * </pre>
 *
 * The share's denominator is every patent of i, including those whose country is unknown, so the shares
 * of all countries in i add up to at most 1. target_rta is NaN for a technology none of whose patents has
 * a known country. A target country without any patent in the selection gets 0 in both columns
 * everywhere, with a warning (it is weak everywhere, not unknown). Cost: O(T log C).
 */
public final class PositionIndicators {

    private PositionIndicators() {}

    /** target_share and target_rta of country {@code target} (two-letter code, any case). */
    public static List<IndicatorColumn> compute(TechnologyStatistics stats, String target) {
        String cc = target.trim().toUpperCase(Locale.ROOT);
        RevealedTechnologicalAdvantage rta = new RevealedTechnologicalAdvantage(stats.countries());
        int country = stats.countries().keyOf(cc);
        int t = stats.technologyCount();
        double[] share = new double[t];
        double[] advantage = new double[t];
        if (country < 0 || !(rta.countryTotal(country) > 0)) {
            List<String> warning = List.of("target country " + cc + " has no patent in the selection: "
                    + "target_share and target_rta are 0 for every technology");
            return List.of(
                    IndicatorColumn.of(TARGET_SHARE.name(), share, warning),
                    IndicatorColumn.of(TARGET_RTA.name(), advantage));
        }
        for (int i = 0; i < t; i++) {
            share[i] = stats.patents(i) == 0 ? Double.NaN : stats.countries().weight(i, country) / stats.patents(i);
            advantage[i] = rta.value(i, country);
        }
        return List.of(
                IndicatorColumn.of(TARGET_SHARE.name(), share), IndicatorColumn.of(TARGET_RTA.name(), advantage));
    }
}
