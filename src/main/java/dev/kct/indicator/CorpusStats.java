package dev.kct.indicator;

import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Counts over a selection for {@code kct stats}: patents, technologies, applicants, countries and years;
 * patents per technology (with share of the selection), per year, per country (first applicant's) and
 * per applicant. Ties in every top list are broken by code, so output is deterministic.
 *
 * @param patents     units in the selection (patents, or families with {@code --count families})
 * @param technologies distinct technologies at the level
 * @param applicants  distinct applicants (normalised keys)
 * @param countries   distinct countries of patents (first applicant's country)
 * @param firstYear   earliest year, 0 when empty
 * @param lastYear    latest year, 0 when empty
 * @param withoutCountry patents whose first applicant has no country
 * @param top         technologies by patents, descending
 * @param byYear      patents per year, ascending years
 * @param byCountry   patents per country, descending
 * @param topApplicants applicants by patents, descending
 */
public record CorpusStats(
        int patents,
        int technologies,
        int applicants,
        int countries,
        int firstYear,
        int lastYear,
        int withoutCountry,
        List<Count> top,
        List<Count> byYear,
        List<Count> byCountry,
        List<Count> topApplicants) {

    /** A code (technology, year, country or applicant) with its patents and its share of the selection. */
    public record Count(String code, int patents, double share) {}

    /** Counts {@code table}, keeping the {@code topN} largest technologies and applicants (all when ≤ 0). */
    public static CorpusStats of(PatentTable table, int topN) {
        int n = table.size();
        int[] perTech = perLabel(table.technologies());
        int[] perApplicant = perLabel(table.applicants());
        int[] perCountry = new int[table.countryLabels().length];
        int withoutCountry = 0;
        TreeMap<Integer, Integer> years = new TreeMap<>();
        for (int r = 0; r < n; r++) {
            int c = table.country(r);
            if (c >= 0) perCountry[c]++;
            else withoutCountry++;
            years.merge(table.year(r), 1, Integer::sum);
        }
        List<Count> byYear = new ArrayList<>();
        years.forEach((y, k) -> byYear.add(new Count(Integer.toString(y), k, share(k, n))));
        List<Count> byCountry = ranked(table.countryLabels(), perCountry, n, 0);
        return new CorpusStats(
                n,
                nonZero(perTech),
                nonZero(perApplicant),
                byCountry.size(),
                years.isEmpty() ? 0 : years.firstKey(),
                years.isEmpty() ? 0 : years.lastKey(),
                withoutCountry,
                ranked(table.technologies().labels(), perTech, n, topN),
                byYear,
                byCountry,
                ranked(table.applicants().labels(), perApplicant, n, topN));
    }

    /** Rows holding each label. */
    static int[] perLabel(CodeLists lists) {
        int[] counts = new int[lists.labelCount()];
        int[] ids = lists.ids();
        int end = lists.offsets()[lists.rows()];
        for (int k = 0; k < end; k++) {
            counts[ids[k]]++;
        }
        return counts;
    }

    private static int nonZero(int[] counts) {
        int k = 0;
        for (int c : counts) if (c > 0) k++;
        return k;
    }

    private static List<Count> ranked(String[] labels, int[] counts, int total, int topN) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) if (counts[i] > 0) order.add(i);
        order.sort(Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparing(i -> labels[i]));
        List<Count> out = new ArrayList<>();
        for (int i : order) {
            if (topN > 0 && out.size() >= topN) break;
            out.add(new Count(labels[i], counts[i], share(counts[i], total)));
        }
        return out;
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : (double) k / n;
    }
}
