package dev.kct.centrality;

import java.util.Objects;

/**
 * Choices for computing the centrality family.
 *
 * @param betweenness        path lengths of betweenness: weighted 1/w (default) or hops
 * @param betweennessSamples sampled sources for a betweenness estimate; 0 for the exact value
 * @param seed               seed of that sample
 * @param threads            worker threads; 0 for all cores (results do not depend on it)
 */
public record CentralityOptions(PathMetric betweenness, int betweennessSamples, long seed, int threads) {

    public CentralityOptions {
        Objects.requireNonNull(betweenness, "betweenness");
        if (betweennessSamples < 0) {
            throw new IllegalArgumentException(
                    "betweenness samples must be 0 (exact) or positive, got " + betweennessSamples);
        }
    }

    /** Weighted, exact betweenness, seed 0, all cores. */
    public static CentralityOptions defaults() {
        return new CentralityOptions(PathMetric.WEIGHTED, 0, 0L, 0);
    }

    public CentralityOptions withBetweenness(PathMetric metric) {
        return new CentralityOptions(metric, betweennessSamples, seed, threads);
    }

    public CentralityOptions withSamples(int samples, long seed) {
        return new CentralityOptions(betweenness, samples, seed, threads);
    }

    public CentralityOptions withThreads(int threads) {
        return new CentralityOptions(betweenness, betweennessSamples, seed, threads);
    }
}
