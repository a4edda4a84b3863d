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
        // in DateBasis order: Map.copyOf's iteration order changes from one JVM to the next, and the warnings
        // made from these counts are written into results and aggregates manifests
        java.util.EnumMap<DateBasis, Long> copy = new java.util.EnumMap<>(DateBasis.class);
        copy.putAll(fallbacks);
        this.fallbacks = java.util.Collections.unmodifiableMap(copy);
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

    /** Records whose year came from a fallback basis, by the basis used (in {@link DateBasis} order). */
    public Map<DateBasis, Long> fallbacks() {
        return fallbacks;
    }
}
