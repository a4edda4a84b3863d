package dev.kct.analysis;

import dev.kct.index.PatentTable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Patents per year, per technology and in all, over the years of a trend's periods: what its bursts are found in
 * ({@link Bursts}). Counted on the patents one by one (documents, also under {@code --count families}), so they are
 * not in any period's aggregates and an aggregates directory stores them beside the periods' (docs/DESIGN.md,
 * "Aggregates schema").
 *
 * @param first   the first year; {@code total[k]} and each count array's {@code [k]} are of year {@code first + k}
 * @param total   the patents of each year (with or without technologies at the level)
 * @param byCode  per technology code, its patents of each year
 */
public record YearCounts(int first, int[] total, Map<String, int[]> byCode) {

    /** The counts of {@code table}'s rows dated {@code first} to {@code last}. */
    public static YearCounts of(PatentTable table, int first, int last) {
        int years = last - first + 1;
        int[] total = new int[years];
        int[][] perTech = new int[table.technologies().labelCount()][years];
        for (int r = 0; r < table.size(); r++) {
            int y = table.year(r);
            if (y < first || y > last) continue;
            total[y - first]++;
            for (int k = table.technologies().start(r); k < table.technologies().end(r); k++) {
                perTech[table.technologies().id(k)][y - first]++;
            }
        }
        Map<String, int[]> byCode = new LinkedHashMap<>();
        for (int i = 0; i < perTech.length; i++) byCode.put(table.technologies().label(i), perTech[i]);
        return new YearCounts(first, total, byCode);
    }

    /** The last year. */
    public int last() {
        return first + total.length - 1;
    }

    /** The bursts of {@code code}'s yearly counts (none for a code never counted). */
    List<Bursts.Burst> bursts(String code, double s, double gamma) {
        int[] counts = byCode.get(code);
        return counts == null ? List.of() : Bursts.detect(counts, total, first, s, gamma);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearCounts y
                && first == y.first
                && Arrays.equals(total, y.total)
                && byCode.keySet().equals(y.byCode.keySet())
                && byCode.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), y.byCode.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return 31 * first + Arrays.hashCode(total);
    }

    @Override
    public String toString() {
        return "YearCounts[first=" + first + ", years=" + total.length + ", codes=" + byCode.size() + "]";
    }
}
