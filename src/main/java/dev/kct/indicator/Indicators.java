package dev.kct.indicator;

import static dev.kct.indicator.IndicatorCatalogue.GROWTH;

import dev.kct.index.PatentTable;

/**
 * Computes every dominance and barrier indicator, and with a target country the position indicators, into
 * an {@link IndicatorTable} (docs/METHODS.md, "Dominance family", "Barrier family", "Country position").
 * Centrality columns come from the network and are added by the caller.
 *
 * <pre>
 *   PatentTable table = ...;                                  // byFamily() for --count families
 *   TechnologyStatistics stats = TechnologyStatistics.of(table, CountryCount.FIRST);
 *   IndicatorTable indicators = Indicators.compute(stats, "CN"); // or compute(stats) without --target
 *   indicators.add("degree", degree);                          // ... the centrality columns
 *   FamilyMatrix m = indicators.matrix(IndicatorFamily.DOMINANCE, IndicatorCatalogue.defaultMix());
 * </pre>
 *
 * Columns are added in docs/METHODS.md order: share, growth, forward_citations, generality, hhi, cr4,
 * complexity, science_linkage, claims, then target_share and target_rta.
 */
public final class Indicators {

    private Indicators() {}

    /** Dominance and barrier indicators of {@code table}, counting countries as {@code countryCount} says. */
    public static IndicatorTable compute(PatentTable table, CountryCount countryCount) {
        return compute(TechnologyStatistics.of(table, countryCount));
    }

    /** Dominance and barrier indicators. */
    public static IndicatorTable compute(TechnologyStatistics stats) {
        return compute(stats, null);
    }

    /**
     * Dominance and barrier indicators, and target_share and target_rta when {@code target} is not null.
     *
     * @param target two-letter country code of {@code --target}, or null
     */
    public static IndicatorTable compute(TechnologyStatistics stats, String target) {
        return compute(stats, target, 0);
    }

    /**
     * As {@link #compute(TechnologyStatistics, String)}, with complexity computed on the technologies and countries
     * that have {@code minPatents} or more patents (docs/METHODS.md, "Minimum support").
     */
    public static IndicatorTable compute(TechnologyStatistics stats, String target, int minPatents) {
        IndicatorTable table = new IndicatorTable(stats.codes(), stats.patentsPerTechnology());
        DominanceIndicators.all(stats).forEach(table::add);
        BarrierIndicators.all(stats, minPatents).forEach(table::add);
        if (target != null) {
            PositionIndicators.compute(stats, target).forEach(table::add);
        }
        if (stats.undatedPatents() > 0 && table.has(GROWTH.name())) {
            table.addWarning(
                    "growth: " + stats.undatedPatents() + " patents (or families) without a year were left out");
        }
        return table;
    }
}
