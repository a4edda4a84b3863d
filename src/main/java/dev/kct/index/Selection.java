package dev.kct.index;

import java.util.Map;

/**
 * The patents a run looks at: global Lucene doc ids in ascending order, each with its year on the
 * run's date basis (after fallback), and how many records needed a fallback date.
 */
public final class Selection {

    private final Filters filters;
    private final int[] docs;
    private final int[] years;
    private final Map<DateBasis, Long> fallbacks;

    Selection(Filters filters, int[] docs, int[] years, Map<DateBasis, Long> fallbacks) {
        this.filters = filters;
        this.docs = docs;
        this.years = years;
        this.fallbacks = Map.copyOf(fallbacks);
    }

    public Filters filters() {
        return filters;
    }

    public int size() {
        return docs.length;
    }

    int[] docs() {
        return docs;
    }

    int[] years() {
        return years;
    }

    /** Records whose year came from a fallback basis, by the basis used. */
    public Map<DateBasis, Long> fallbacks() {
        return fallbacks;
    }
}
