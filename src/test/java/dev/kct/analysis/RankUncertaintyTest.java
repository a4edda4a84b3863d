package dev.kct.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link RankUncertainty}: reproducible resamples and the SMAA wiring (docs/METHODS.md, "Rank uncertainty"). */
class RankUncertaintyTest {

    private static PatentTable table;
    private static KeyTechnologyAnalysis.Settings settings;
    private static KeyTechnologyAnalysis.Result full;

    /** A random corpus of 600 patents over 12 subclasses and 4 countries, with citations. */
    @BeforeAll
    static void corpus() {
        String[] codes = {
            "A61K 9/00",
            "A61B 5/00",
            "B60L 3/00",
            "C12N 1/00",
            "F16H 1/00",
            "G06F 3/00",
            "G06N 3/00",
            "G06Q 10/00",
            "H01L 21/00",
            "H01M 4/00",
            "H04L 9/00",
            "H04W 4/00"
        };
        String[] countries = {"CN", "US", "JP", "DE"};
        SplittableRandom random = new SplittableRandom(3);
        IndexedTable.Builder b = IndexedTable.builder(IpcLevel.SUBCLASS);
        for (int p = 0; p < 600; p++) {
            int first = random.nextInt(codes.length);
            List<String> tech = random.nextInt(3) == 0
                    ? List.of(codes[first])
                    : List.of(codes[first], codes[(first + 1 + random.nextInt(3)) % codes.length]);
            String country = countries[(first + random.nextInt(2)) % countries.length];
            List<String> cited = p > 10 ? List.of("P" + random.nextInt(p), "P" + random.nextInt(p)) : List.of();
            b.add(
                    "P" + p,
                    2010 + random.nextInt(10),
                    tech,
                    List.of("FIRM " + random.nextInt(40)),
                    List.of(country),
                    null,
                    cited,
                    5 + random.nextInt(20),
                    random.nextInt(5));
        }
        table = b.build();
        KeyTechnologyAnalysis.Settings d = KeyTechnologyAnalysis.Settings.defaults();
        settings = new KeyTechnologyAnalysis.Settings(
                d.countryCount(),
                "CN",
                d.mix(),
                d.counting(),
                d.minWeight(),
                d.centrality(),
                d.scoring(),
                new dev.kct.rank.KeyTop.Count(4, "4"),
                d.minSupport());
        full = KeyTechnologyAnalysis.run(table, settings);
    }

    private static RankUncertainty.Result estimate(int b, int s, long seed, int threads) {
        return RankUncertainty.of(
                table, settings, full, new RankUncertainty.Settings(b, s, 5, 0.9, seed), threads, () -> {});
    }

    @Test
    void multiplicitiesAreNDrawsWithReplacement() {
        int n = 200_000;
        int[] m = RankUncertainty.multiplicities(n, 11);
        assertThat(Arrays.stream(m).sum()).isEqualTo(n);
        assertThat(RankUncertainty.multiplicities(n, 11)).isEqualTo(m);
        assertThat(RankUncertainty.multiplicities(n, 12)).isNotEqualTo(m);
        // each count is Binomial(n, 1/n) ≈ Poisson(1): P(0) = P(1) = e^-1, P(2) = e^-1 / 2
        long zeros = Arrays.stream(m).filter(c -> c == 0).count();
        long twos = Arrays.stream(m).filter(c -> c == 2).count();
        assertThat(zeros / (double) n).isCloseTo(Math.exp(-1), within(0.005));
        assertThat(twos / (double) n).isCloseTo(Math.exp(-1) / 2, within(0.005));
    }

    @Test
    void theSameSeedGivesTheSameEstimatesOnAnyNumberOfThreads() {
        RankUncertainty.Result one = estimate(30, 300, 5, 1);
        RankUncertainty.Result two = estimate(30, 300, 5, 2);
        assertThat(two.bootstrap()).usingRecursiveComparison().isEqualTo(one.bootstrap());
        assertThat(two.smaa()).usingRecursiveComparison().isEqualTo(one.smaa());
        assertThat(two.smaaConfidence()).isEqualTo(one.smaaConfidence());
        RankUncertainty.Result other = estimate(30, 300, 6, 2);
        assertThat(other.bootstrap().rankHigh()).isNotEqualTo(one.bootstrap().rankHigh());
    }

    @Test
    void bootstrapAndWeightSamplesDrawFromSeparateStreams() {
        RankUncertainty.Result both = estimate(20, 200, 9, 2);
        RankUncertainty.Result onlyBootstrap = estimate(20, 0, 9, 2);
        RankUncertainty.Result onlySmaa = estimate(0, 200, 9, 2);
        assertThat(onlyBootstrap.bootstrap()).usingRecursiveComparison().isEqualTo(both.bootstrap());
        assertThat(onlySmaa.smaa()).usingRecursiveComparison().isEqualTo(both.smaa());
        assertThat(onlyBootstrap.smaa()).isNull();
        assertThat(onlySmaa.bootstrap()).isNull();
        assertThat(onlySmaa.smaaConfidence()).as("needs resamples").isNull();
        assertThat(both.smaaConfidence()).hasSize(full.codes().length);
    }

    @Test
    void intervalsContainTheMedianAndProbabilitiesAreShares() {
        RankUncertainty.Result u = estimate(40, 0, 1, 0);
        int m = full.codes().length;
        for (int i = 0; i < m; i++) {
            assertThat(u.bootstrap().rankLow()[i])
                    .isLessThanOrEqualTo(u.bootstrap().rankMedian()[i]);
            assertThat(u.bootstrap().rankMedian()[i])
                    .isLessThanOrEqualTo(u.bootstrap().rankHigh()[i]);
            assertThat(u.bootstrap().pKey()[i]).isBetween(0.0, 1.0);
            assertThat(u.bootstrap().pChokepoint()[i])
                    .isLessThanOrEqualTo(u.bootstrap().pKey()[i]);
            boolean key = full.scores().keyRank()[i] <= u.keyTop();
            boolean expected =
                    key ? u.bootstrap().pKey()[i] < 0.5 : u.bootstrap().pKey()[i] > 0.5;
            boolean chokepoint = full.classes()[i] == dev.kct.rank.ChokepointClass.CHOKEPOINT;
            double pc = u.bootstrap().pChokepoint()[i];
            expected |= chokepoint ? pc < 0.5 : pc > 0.5;
            assertThat(u.unstable()[i]).as(full.codes()[i]).isEqualTo(expected);
        }
        assertThat(u.bootstrap().resamples()).isEqualTo(40);
        assertThat(u.keyTop()).isEqualTo(4);
    }

    @Test
    void firstRankAcceptabilitiesSumToOne() {
        RankUncertainty.Result u = estimate(0, 2000, 1, 0);
        double sum = 0;
        double keySum = 0;
        for (int i = 0; i < full.codes().length; i++) {
            sum += u.smaa().firstRankAcceptability(i);
            keySum += u.smaa().keyAcceptability()[i];
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        assertThat(keySum).as("each sample has keyTop key technologies").isCloseTo(4.0, within(1e-12));
    }
}
