package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.RankUncertainty;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Rank-uncertainty options of {@code score}, {@code rank} and {@code explain} (docs/METHODS.md, "Rank uncertainty"). */
final class UncertaintyOptions {

    @Option(
            names = "--bootstrap",
            paramLabel = "B",
            defaultValue = "0",
            description = "Rank intervals from B bootstrap resamples of the patents (of families with --count"
                    + " families), seeded by --seed: rank_low, rank_median, rank_high, p_key, p_chokepoint."
                    + " 0 = none. Default: ${DEFAULT-VALUE}.")
    int bootstrap;

    @Option(
            names = "--weight-samples",
            paramLabel = "S",
            defaultValue = "0",
            description = "SMAA-2 over S family-weight vectors drawn uniformly from the simplex, seeded by --seed:"
                    + " rank and key acceptabilities, central weights. 0 = none. Default: ${DEFAULT-VALUE}.")
    int weightSamples;

    @Option(
            names = "--smaa-ranks",
            paramLabel = "R",
            defaultValue = "10",
            description = "With --weight-samples: rank acceptabilities for ranks 1 .. R. Default: ${DEFAULT-VALUE}.")
    int smaaRanks;

    @Option(
            names = "--confidence",
            paramLabel = "C",
            defaultValue = "0.90",
            description = "With --bootstrap: the level of the rank interval, above 0 and below 1."
                    + " Default: ${DEFAULT-VALUE}.")
    double confidence;

    /** The settings, checked; {@code seed} is {@code --seed}. */
    RankUncertainty.Settings settings(long seed) {
        if (bootstrap < 0)
            throw KctException.usage(
                    "--bootstrap: " + bootstrap + " is negative; give a number of" + " resamples (0 = none)");
        if (weightSamples < 0)
            throw KctException.usage("--weight-samples: " + weightSamples + " is negative; give a"
                    + " number of weight vectors (0 = none)");
        if (smaaRanks < 1)
            throw KctException.usage("--smaa-ranks: " + smaaRanks + " is not a number of ranks; give 1" + " or more");
        if (!(confidence > 0 && confidence < 1)) {
            throw KctException.usage("--confidence: " + confidence + " is not a level; give a number above 0 and"
                    + " below 1, e.g. 0.90");
        }
        return new RankUncertainty.Settings(bootstrap, weightSamples, smaaRanks, confidence, seed);
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("bootstrap", bootstrap);
        p.put("weight_samples", weightSamples);
        p.put("smaa_ranks", smaaRanks);
        p.put("confidence", confidence);
        return p;
    }
}
