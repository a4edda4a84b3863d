package dev.kct.analysis;

import dev.kct.aggregate.TechnologyWeights;
import dev.kct.indicator.TechnologyStatistics;

/**
 * Who holds each technology (docs/METHODS.md, "Chokepoints"): the leader is the country with the largest weight in
 * the technology (as {@code --country-count} counts it), ties broken by country code; its share is that weight over
 * all countries' weights. With a target, the target leads a technology when its weight is at least every other
 * country's; a country that leads a technology is never choked in it.
 *
 * @param code        per row, the leader's ISO code, or null when no patent of the technology has a country
 * @param share       per row, the leader's share, NaN without a country
 * @param targetLeads per row, whether the target leads (all false without a target)
 */
record Leaders(String[] code, double[] share, boolean[] targetLeads) {

    private static final double TIE = 1e-12;

    /**
     * @param rows   the rows (technology ids of {@code stats}) to report, or null for every technology
     * @param target the target's ISO code, or null
     */
    static Leaders of(TechnologyStatistics stats, int[] rows, String target) {
        TechnologyWeights w = stats.countries();
        int n = rows == null ? w.technologyCount() : rows.length;
        String[] code = new String[n];
        double[] share = new double[n];
        boolean[] leads = new boolean[n];
        int targetKey = target == null ? -1 : w.keyOf(target);
        for (int r = 0; r < n; r++) {
            int i = rows == null ? r : rows[r];
            double best = 0;
            String bestCode = null;
            double targetWeight = 0;
            for (int k = w.start(i); k < w.end(i); k++) {
                double v = w.weight(k);
                String c = w.keyLabel(w.key(k));
                if (w.key(k) == targetKey) targetWeight = v;
                boolean better = bestCode == null || v > best * (1 + TIE);
                boolean tiedAndEarlier = !better && v >= best * (1 - TIE) && c.compareTo(bestCode) < 0;
                if (better || tiedAndEarlier) {
                    best = better ? v : Math.max(best, v);
                    bestCode = c;
                }
            }
            double total = w.total(i);
            code[r] = best > 0 ? bestCode : null;
            share[r] = best > 0 && total > 0 ? best / total : Double.NaN;
            leads[r] = targetKey >= 0 && targetWeight > 0 && targetWeight >= best * (1 - TIE);
        }
        return new Leaders(code, share, leads);
    }
}
