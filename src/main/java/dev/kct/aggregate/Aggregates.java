package dev.kct.aggregate;

import dev.kct.ipc.IpcLevel;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.Counting;
import java.util.List;

/**
 * The aggregates of one selection at one IPC level: every count and sum from which the indicators, the network and
 * the classes of docs/METHODS.md follow, so that an analysis never needs the patents again (docs/DESIGN.md,
 * "Aggregates schema", gives the exact meaning of each number and its files). Made by one scan of a
 * {@link dev.kct.index.PatentTable} ({@link AggregateScan}) or read from an aggregates directory
 * ({@link AggregateFiles}); the two give the same numbers bit for bit, so a ranking from either is the same.
 *
 * <p>Technologies are indexed 0 .. T − 1 in code order. Both country counts ({@code --country-count first} and
 * {@code fractional}) and both network weightings ({@code --counting full} and {@code fractional}) are kept, so
 * those options need no new scan.
 */
public final class Aggregates {

    /** The most-cited patents of each technology, best first (forward citations descending, then id). */
    public interface MostCited {
        /** At most {@code top} patents of every technology, by technology id. */
        List<List<CitedPatent>> all(int top);

        /** At most {@code top} patents of technology {@code i}. */
        default List<CitedPatent> of(int technology, int top) {
            return all(top).get(technology);
        }

        /** The title of a patent these lists have returned, or null when unknown. */
        String title(String id);

        /** Lists kept whole (e.g. read from files): {@code top} takes a prefix of each. */
        static MostCited of(List<List<CitedPatent>> lists) {
            java.util.Map<String, String> titles = new java.util.HashMap<>();
            lists.forEach(l -> l.forEach(p -> {
                if (p.title() != null) titles.put(p.id(), p.title());
            }));
            return new MostCited() {
                @Override
                public List<List<CitedPatent>> all(int top) {
                    return lists.stream()
                            .map(l -> l.subList(0, Math.min(Math.max(top, 0), l.size())))
                            .toList();
                }

                @Override
                public String title(String id) {
                    return titles.get(id);
                }
            };
        }
    }

    /** What the aggregates are of: level, counting unit, and the selection's size and years. */
    public record Selection(IpcLevel level, boolean families, int units, int undated, int firstYear, int lastYear) {}

    /** Which optional inputs the source carried at all (so that a missing indicator is reported, not zero). */
    public record Sources(
            boolean citationLists, boolean reportedCitations, boolean claims, boolean npl, boolean applicants) {}

    /**
     * Counts over the units themselves, for {@code kct stats}: units per year (every year that occurs, ascending;
     * 0 or less for undated units), per country of the unit (its first applicant's, after fallbacks; by the country
     * labels of {@link #countriesFirst()}), units without a country, and units listing each applicant (sorted
     * labels).
     */
    public record Corpus(
            int[] years,
            int[] unitsPerYear,
            int[] unitsPerCountry,
            int withoutCountry,
            String[] applicants,
            int[] unitsPerApplicant) {}

    /** Per-technology sums, each array indexed by technology. */
    public record Sums(
            int[] patents,
            long[] citationsReceived,
            long[] reportedCitations,
            int[] reportedKnown,
            double[] generalitySum,
            int[] generalityPatents,
            long[] claimsSum,
            int[] claimsKnown,
            long[] nplSum,
            int[] nplKnown) {}

    private final Selection selection;
    private final Sources sources;
    private final String[] technologies;
    private final Sums sums;
    private final int[] perYear;
    private final TechnologyWeights applicants;
    private final TechnologyWeights countriesFirst;
    private final TechnologyWeights countriesFractional;
    private final CooccurrenceNetwork fullNetwork;
    private final CooccurrenceNetwork fractionalNetwork;
    private final MostCited mostCited;
    private final Corpus corpus;

    /**
     * @param perYear             n_it at [i · Y + (t − firstYear)], Y the years from first to last (empty when undated)
     * @param fullNetwork         pair weights = patents holding both, every pair with a positive weight
     * @param fractionalNetwork   the same pairs weighted 1/(k − 1) per patent of k technologies
     */
    public Aggregates(
            Selection selection,
            Sources sources,
            String[] technologies,
            Sums sums,
            int[] perYear,
            TechnologyWeights applicants,
            TechnologyWeights countriesFirst,
            TechnologyWeights countriesFractional,
            CooccurrenceNetwork fullNetwork,
            CooccurrenceNetwork fractionalNetwork,
            MostCited mostCited,
            Corpus corpus) {
        this.selection = selection;
        this.sources = sources;
        this.technologies = technologies;
        this.sums = sums;
        this.perYear = perYear;
        this.applicants = applicants;
        this.countriesFirst = countriesFirst;
        this.countriesFractional = countriesFractional;
        this.fullNetwork = fullNetwork;
        this.fractionalNetwork = fractionalNetwork;
        this.mostCited = mostCited;
        this.corpus = corpus;
    }

    public Selection selection() {
        return selection;
    }

    public Sources sources() {
        return sources;
    }

    public IpcLevel level() {
        return selection.level();
    }

    /** N, the units (patents or families) of the selection. */
    public int units() {
        return selection.units();
    }

    /** T, the technologies. */
    public int technologyCount() {
        return technologies.length;
    }

    /** The technology codes in id (code) order; do not modify. */
    public String[] technologies() {
        return technologies;
    }

    /** n_it at [i · Y + (t − firstYear)] (see the constructor); do not modify. */
    int[] perYear() {
        return perYear;
    }

    public Sums sums() {
        return sums;
    }

    /** Years from the first to the last dated unit, 0 when none is dated. */
    public int yearCount() {
        return selection.lastYear() == 0 ? 0 : selection.lastYear() - selection.firstYear() + 1;
    }

    /** n_it: units of technology i in {@code year}, 0 outside the selection's years. */
    public int patents(int technology, int year) {
        if (year < selection.firstYear() || year > selection.lastYear() || selection.lastYear() == 0) return 0;
        return perYear[technology * yearCount() + year - selection.firstYear()];
    }

    /**
     * The mean year of each technology's dated units, Σ_t t·n_it / Σ_t n_it (NaN without any): the "average
     * publication year" score of an overlay map, on the selection's date basis.
     */
    public double[] averageYears() {
        double[] out = new double[technologies.length];
        for (int i = 0; i < out.length; i++) {
            long sum = 0;
            long count = 0;
            for (int y = selection.firstYear(); yearCount() > 0 && y <= selection.lastYear(); y++) {
                int n = patents(i, y);
                sum += (long) n * y;
                count += n;
            }
            out[i] = count == 0 ? Double.NaN : (double) sum / count;
        }
        return out;
    }

    /** Applicant weights per technology: a unit with k applicants gives each 1/k. */
    public TechnologyWeights applicants() {
        return applicants;
    }

    /** Country weights per technology with {@code --country-count first}: the unit's country, weight 1. */
    public TechnologyWeights countriesFirst() {
        return countriesFirst;
    }

    /** Country weights per technology with {@code --country-count fractional}: each listed country 1/k. */
    public TechnologyWeights countriesFractional() {
        return countriesFractional;
    }

    /** The co-occurrence network with {@code counting} weights, edges lighter than {@code minWeight} dropped. */
    public CooccurrenceNetwork network(Counting counting, double minWeight) {
        return (counting == Counting.FRACTIONAL ? fractionalNetwork : fullNetwork).withMinWeight(minWeight);
    }

    /** The most-cited patents of each technology. */
    public MostCited mostCited() {
        return mostCited;
    }

    /** Counts over the units (for {@code kct stats}). */
    public Corpus corpus() {
        return corpus;
    }
}
