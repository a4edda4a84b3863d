package dev.kct.analysis;

import dev.kct.KctException;
import dev.kct.Workers;
import dev.kct.index.PatentTable;
import dev.kct.rank.ChokepointClass;
import dev.kct.rank.RankStatistics;
import dev.kct.rank.Smaa;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How certain each rank of a {@link KeyTechnologyAnalysis} is (docs/METHODS.md, "Rank uncertainty"):
 *
 * <ul>
 *   <li><b>from the data</b>, B bootstrap resamples of the counting units (patents, or families with
 *       {@code --count families}): each resample draws as many units as the selection has, uniformly with
 *       replacement ({@link PatentTable#resample}), and is analysed from the network to the classes with the same
 *       settings ({@link RankStatistics}: rank interval, p_key, p_chokepoint);</li>
 *   <li><b>from the weights</b>, SMAA-2 over the three family scores of the full run ({@link Smaa}: rank and key
 *       acceptabilities, central weights, and with the resamples the confidence factors).</li>
 * </ul>
 *
 * <p>Seeds: one seed gives two independent streams, so that adding {@code --weight-samples} does not change the
 * resamples nor the other way round. Resample b draws from a {@link SplittableRandom} whose seed is the b-th
 * value of the bootstrap stream; unit indexes are ⌊u·n⌋ with u = (x &gt;&gt;&gt; 11)·2⁻⁵³ from {@code nextLong()}
 * only, so a seed gives the same resamples on every JVM. Resamples run on worker threads, each single-threaded,
 * and are collected in resample order: the result does not depend on the number of threads.
 */
public final class RankUncertainty {

    /** Seed offsets of the two streams (arbitrary odd constants, fixed forever so that results stay reproducible). */
    private static final long BOOTSTRAP_STREAM = 0x6A09E667F3BCC909L;

    private static final long SMAA_STREAM = 0xBB67AE8584CAA73BL;

    /**
     * What to estimate.
     *
     * @param resamples     B, bootstrap resamples ({@code --bootstrap}); 0 for none
     * @param weightSamples S, SMAA weight samples ({@code --weight-samples}); 0 for none
     * @param smaaRanks     R, how many ranks the rank acceptabilities cover ({@code --smaa-ranks})
     * @param confidence    c, the level of the rank interval ({@code --confidence})
     * @param seed          the seed of both streams ({@code --seed})
     */
    public record Settings(int resamples, int weightSamples, int smaaRanks, double confidence, long seed) {

        public static final int DEFAULT_SMAA_RANKS = 10;

        public static final double DEFAULT_CONFIDENCE = 0.90;

        public Settings {
            if (resamples < 0 || weightSamples < 0 || smaaRanks < 1) {
                throw new IllegalArgumentException("resamples and weight samples must be 0 or more and SMAA ranks 1"
                        + " or more, not " + resamples + ", " + weightSamples + " and " + smaaRanks);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("the confidence must be above 0 and below 1, not " + confidence);
            }
        }

        public static Settings none() {
            return new Settings(0, 0, DEFAULT_SMAA_RANKS, DEFAULT_CONFIDENCE, 0);
        }

        /** True when anything is asked for. */
        public boolean any() {
            return resamples > 0 || weightSamples > 0;
        }
    }

    /**
     * The estimates, by row of the full run (code order).
     *
     * @param settings       what was asked
     * @param keyTop         the key-top of the full run: ranks 1 .. keyTop are key (also without a target)
     * @param bootstrap      rank intervals and probabilities, or null without resamples
     * @param unstable       per row, true when bootstrap resamples disagree with the full run's flag: key (or a
     *                       chokepoint) with p below 0.5, or not key (not a chokepoint) with p above 0.5; null
     *                       without resamples
     * @param smaa           acceptabilities and central weights, or null without weight samples
     * @param smaaConfidence per row, the confidence factor (NaN without central weights), or null unless both
     */
    public record Result(
            Settings settings,
            int keyTop,
            RankStatistics.Result bootstrap,
            boolean[] unstable,
            Smaa.Result smaa,
            double[] smaaConfidence) {}

    /** What a resample contributes: its technologies, their key ranks and classes, and its family scores. */
    private record Outcome(String[] codes, int[] keyRanks, int keyTop, ChokepointClass[] classes, double[][] family) {}

    private RankUncertainty() {}

    /**
     * Estimates the uncertainty of {@code full}, the analysis of {@code table} with {@code settings}.
     *
     * @param threads    worker threads for the resamples; 0 for all cores (the result does not depend on it)
     * @param onResample called after each resample (from worker threads), e.g. for a progress bar
     */
    public static Result of(
            PatentTable table,
            KeyTechnologyAnalysis.Settings settings,
            KeyTechnologyAnalysis.Result full,
            Settings u,
            int threads,
            Runnable onResample) {
        String[] codes = full.codes();
        int keyTop = settings.keyTop().resolve(codes.length);
        Outcome[] outcomes = resamples(table, settings, u, threads, onResample);
        RankStatistics.Result bootstrap = null;
        boolean[] unstable = null;
        if (outcomes.length > 0) {
            RankStatistics statistics = new RankStatistics(codes, full.hasTarget());
            for (Outcome o : outcomes) statistics.add(o.codes(), o.keyRanks(), o.keyTop(), o.classes());
            bootstrap = statistics.result(u.confidence());
            unstable = unstable(full, keyTop, bootstrap);
        }
        Smaa.Result smaa = null;
        double[] confidence = null;
        if (u.weightSamples() > 0 && codes.length > 0) {
            Smaa method = Smaa.of(settings.scoring());
            smaa = method.acceptability(
                    codes,
                    Smaa.familyMatrix(full.scores()),
                    u.weightSamples(),
                    u.smaaRanks(),
                    keyTop,
                    u.seed() ^ SMAA_STREAM);
            if (outcomes.length > 0) {
                List<Smaa.Sample> samples = new ArrayList<>(outcomes.length);
                for (Outcome o : outcomes) samples.add(new Smaa.Sample(o.codes(), o.family()));
                confidence = method.confidence(smaa, samples);
            }
        }
        return new Result(u, keyTop, bootstrap, unstable, smaa, confidence);
    }

    private static Outcome[] resamples(
            PatentTable table, KeyTechnologyAnalysis.Settings settings, Settings u, int threads, Runnable onResample) {
        int b = u.resamples();
        long[] seeds = new long[b];
        SplittableRandom stream = new SplittableRandom(u.seed() ^ BOOTSTRAP_STREAM);
        for (int k = 0; k < b; k++) seeds[k] = stream.nextLong();
        KeyTechnologyAnalysis.Settings single =
                settings.withCentrality(settings.centrality().withThreads(1));
        Outcome[] out = new Outcome[b];
        Workers.forEach(b, threads, k -> {
            out[k] = resample(table, single, seeds[k]);
            onResample.run();
        });
        return out;
    }

    private static Outcome resample(PatentTable table, KeyTechnologyAnalysis.Settings settings, long seed) {
        PatentTable drawn = table.resample(multiplicities(table.size(), seed));
        KeyTechnologyAnalysis.Result r;
        try {
            r = KeyTechnologyAnalysis.run(drawn, settings);
        } catch (KctException nothingRanked) {
            return new Outcome(
                    new String[0],
                    new int[0],
                    0,
                    settings.target() == null ? null : new ChokepointClass[0],
                    new double[0][]);
        }
        return new Outcome(
                r.codes(),
                r.scores().keyRank(),
                settings.keyTop().resolve(r.codes().length),
                r.classes(),
                Smaa.familyMatrix(r.scores()));
    }

    /** How often each of n units is drawn in n draws with replacement (a multinomial(n; 1/n, …, 1/n) vector). */
    static int[] multiplicities(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] m = new int[n];
        for (int k = 0; k < n; k++) {
            m[(int) ((random.nextLong() >>> 11) * 0x1.0p-53 * n)]++;
        }
        return m;
    }

    private static boolean[] unstable(KeyTechnologyAnalysis.Result full, int keyTop, RankStatistics.Result b) {
        int m = full.codes().length;
        boolean[] out = new boolean[m];
        int[] rank = full.scores().keyRank();
        for (int i = 0; i < m; i++) {
            out[i] = disagrees(rank[i] <= keyTop, b.pKey()[i]);
            if (full.hasTarget()) {
                out[i] |= disagrees(full.classes()[i] == ChokepointClass.CHOKEPOINT, b.pChokepoint()[i]);
            }
        }
        return out;
    }

    private static boolean disagrees(boolean flagged, double p) {
        return flagged ? p < 0.5 : p > 0.5;
    }
}
