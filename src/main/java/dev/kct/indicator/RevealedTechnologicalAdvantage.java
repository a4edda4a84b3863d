package dev.kct.indicator;

import dev.kct.aggregate.TechnologyWeights;

/**
 * Balassa's revealed technological advantage of each country in each technology (Balassa 1965, "Trade
 * liberalisation and revealed comparative advantage", The Manchester School 33(2)), over the country
 * weights P_c,i of {@link TechnologyStatistics#countries()}:
 *
 * <pre>
 *   RTA_c,i = (P_c,i / Σ_i' P_c,i') / (Σ_c' P_c',i / Σ_c',i' P_c',i')
 * </pre>
 *
 * i.e. country c's share of its own patents in i, over the share of i in all patents with a known
 * country. RTA ≥ 1 means c is specialised in i. A country without patents, or a technology none of whose
 * patents has a country, has no RTA (NaN). {@link #specialised} compares products instead of quotients and
 * allows a relative rounding error of 10⁻¹², so that fractional counts whose RTA is exactly 1 on paper
 * count as specialised. Cost: O(A) to build for A (technology, country) pairs.
 */
public final class RevealedTechnologicalAdvantage {

    private static final double ROUNDING = 1e-12;

    private final TechnologyWeights counts;
    private final double[] countryTotals;
    private final double[] technologyTotals;
    private final double total;

    public RevealedTechnologicalAdvantage(TechnologyWeights counts) {
        this.counts = counts;
        this.countryTotals = counts.keyTotals();
        this.technologyTotals = new double[counts.technologyCount()];
        double sum = 0;
        for (int i = 0; i < technologyTotals.length; i++) {
            technologyTotals[i] = counts.total(i);
            sum += technologyTotals[i];
        }
        this.total = sum;
    }

    /** The country weights this RTA is made from. */
    public TechnologyWeights counts() {
        return counts;
    }

    /** Σ_i P_c,i. */
    public double countryTotal(int country) {
        return countryTotals[country];
    }

    /** Σ_c,i P_c,i. */
    public double total() {
        return total;
    }

    /** Countries with at least one patent. */
    public int countriesWithPatents() {
        int k = 0;
        for (double t : countryTotals) {
            if (t > 0) k++;
        }
        return k;
    }

    /** RTA_c,i; NaN when the country or the technology has no patent with a country. */
    public double value(int technology, int country) {
        if (!(countryTotals[country] > 0) || !(technologyTotals[technology] > 0)) {
            return Double.NaN;
        }
        return counts.weight(technology, country) / countryTotals[country] / (technologyTotals[technology] / total);
    }

    /** True when RTA_c,i ≥ 1 (up to rounding): P_c,i · P ≥ P_c · P_i with P_c,i &gt; 0. */
    public boolean specialised(int technology, int country) {
        return specialised(technology, country, counts.weight(technology, country));
    }

    private boolean specialised(int technology, int country, double p) {
        return p > 0 && p * total >= countryTotals[country] * technologyTotals[technology] * (1 - ROUNDING);
    }

    /**
     * For each country, the technologies in which it is specialised (RTA ≥ 1), ascending: the binary
     * country × technology matrix M of the method of reflections, as rows.
     */
    public int[][] specialisations() {
        int[] size = new int[countryTotals.length];
        for (int i = 0; i < technologyTotals.length; i++) {
            for (int k = counts.start(i); k < counts.end(i); k++) {
                if (specialised(i, counts.key(k), counts.weight(k))) size[counts.key(k)]++;
            }
        }
        int[][] out = new int[size.length][];
        for (int c = 0; c < out.length; c++) out[c] = new int[size[c]];
        int[] fill = new int[size.length];
        for (int i = 0; i < technologyTotals.length; i++) {
            for (int k = counts.start(i); k < counts.end(i); k++) {
                int c = counts.key(k);
                if (specialised(i, c, counts.weight(k))) out[c][fill[c]++] = i;
            }
        }
        return out;
    }
}
