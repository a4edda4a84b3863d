package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.centrality.CentralityOptions;
import dev.kct.centrality.PathMetric;
import dev.kct.index.PatentTable;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.Counting;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** How the co-occurrence network is built and its centralities computed (docs/METHODS.md). */
final class NetworkOptions {

    @Option(
            names = "--counting",
            paramLabel = "MODE",
            defaultValue = "full",
            description = "Edge weights: ${COMPLETION-CANDIDATES} (full: patents holding both; fractional: 1/(k-1) per"
                    + " pair). Default: ${DEFAULT-VALUE}.")
    Counting counting;

    @Option(
            names = "--min-weight",
            paramLabel = "W",
            defaultValue = "0",
            description = "Drop edges lighter than W (nodes stay). Default: ${DEFAULT-VALUE}.")
    double minWeight;

    @Option(
            names = "--betweenness",
            paramLabel = "PATHS",
            defaultValue = "weighted",
            description = "Betweenness and closeness paths: ${COMPLETION-CANDIDATES} (distance 1/w, or hops)."
                    + " Default: ${DEFAULT-VALUE}.")
    PathMetric betweenness;

    @Option(
            names = "--betweenness-samples",
            paramLabel = "K",
            defaultValue = "0",
            description = "Estimate betweenness from K random sources (seeded); 0 = exact. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description =
                    "Seed for --betweenness-samples, --bootstrap and --weight-samples. Default: ${DEFAULT-VALUE}.")
    long seed;

    /** {@code --min-weight}, which must be a finite number, 0 or more. */
    double minWeight() {
        if (!Double.isFinite(minWeight) || minWeight < 0) {
            throw KctException.usage("--min-weight: " + minWeight + " is not a weight; give a number, 0 or more");
        }
        return minWeight;
    }

    CooccurrenceNetwork build(PatentTable table, int threads) {
        return KeyTechnologyAnalysis.network(table, counting, minWeight(), threads);
    }

    CentralityOptions centralityOptions(int threads) {
        if (samples < 0) {
            throw KctException.usage(
                    "--betweenness-samples: " + samples + " is negative; give a number of sources" + " (0 = exact)");
        }
        return CentralityOptions.defaults()
                .withBetweenness(betweenness)
                .withSamples(samples, seed)
                .withThreads(threads);
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("counting", counting.name().toLowerCase(Locale.ROOT));
        p.put("min_weight", minWeight);
        p.put("betweenness", betweenness.name().toLowerCase(Locale.ROOT));
        p.put("betweenness_samples", samples);
        p.put("seed", seed);
        return p;
    }
}
