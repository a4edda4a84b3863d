package dev.kct.indicator;

import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        return of(
                table.size(),
                table.technologies().labels(),
                perLabel(table.technologies()),
                table.countryLabels(),
                AggregateScan.corpus(table),
                topN);
    }

    /** The same counts from a selection's aggregates (e.g. the cache beside an index). */
    public static CorpusStats of(Aggregates aggregates, int topN) {
        return of(
                aggregates.units(),
                aggregates.technologies(),
                aggregates.sums().patents(),
                aggregates.countriesFirst().keyLabels(),
                aggregates.corpus(),
                topN);
    }

    private static CorpusStats of(
            int n, String[] techLabels, int[] perTech, String[] countryLabels, Aggregates.Corpus corpus, int topN) {
        List<Count> byYear = new ArrayList<>();
        int[] years = corpus.years();
        for (int k = 0; k < years.length; k++) {
            byYear.add(new Count(
                    Integer.toString(years[k]), corpus.unitsPerYear()[k], share(corpus.unitsPerYear()[k], n)));
        }
        List<Count> byCountry = ranked(countryLabels, corpus.unitsPerCountry(), n, 0);
        return new CorpusStats(
                n,
                nonZero(perTech),
                nonZero(corpus.unitsPerApplicant()),
                byCountry.size(),
                years.length == 0 ? 0 : years[0],
                years.length == 0 ? 0 : years[years.length - 1],
                corpus.withoutCountry(),
                ranked(techLabels, perTech, n, topN),
                byYear,
                byCountry,
                ranked(corpus.applicants(), corpus.unitsPerApplicant(), n, topN));
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
