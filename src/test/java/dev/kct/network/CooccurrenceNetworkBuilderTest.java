package dev.kct.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kct.index.CodeLists;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CooccurrenceNetworkBuilderTest {

    /** Patents {A,B,C}, {A,B}, {C}, {B,D}; label E is in no patent. */
    static CodeLists sample() {
        String[] labels = {"A", "B", "C", "D", "E"};
        int[] offsets = {0, 3, 5, 6, 8};
        int[] ids = {0, 1, 2, 0, 1, 2, 1, 3};
        return new CodeLists(labels, offsets, ids);
    }

    @Test
    void fullCountingCountsPatentsHoldingBoth() {
        CooccurrenceNetwork g = new CooccurrenceNetworkBuilder().build(sample());
        assertThat(g.nodeCount()).isEqualTo(5);
        assertThat(g.labels()).containsExactly("A", "B", "C", "D", "E");
        // A-B in patents 1 and 2; A-C, B-C in patent 1; B-D in patent 4
        assertThat(g.edgeCount()).isEqualTo(4);
        assertThat(g.weightBetween(0, 1)).isEqualTo(2);
        assertThat(g.weightBetween(1, 0)).isEqualTo(2);
        assertThat(g.weightBetween(0, 2)).isEqualTo(1);
        assertThat(g.weightBetween(1, 2)).isEqualTo(1);
        assertThat(g.weightBetween(1, 3)).isEqualTo(1);
        assertThat(g.weightBetween(2, 3)).isZero();
        // patents per technology: A 2, B 3, C 2 (one of them alone), D 1, E 0; E is an isolated node
        assertThat(g.patentCounts()).containsExactly(2, 3, 2, 1, 0);
        assertThat(g.degree(4)).isZero();
        assertCanonical(g);
    }

    @Test
    void fractionalCountingGivesEachPatentStrengthOnePerTechnology() {
        CooccurrenceNetwork g =
                new CooccurrenceNetworkBuilder().counting(Counting.FRACTIONAL).build(sample());
        // patent {A,B,C}: k = 3 adds 1/2 to each pair; {A,B} and {B,D}: k = 2 add 1; {C} adds nothing
        assertThat(g.weightBetween(0, 1)).isCloseTo(1.5, within(1e-15));
        assertThat(g.weightBetween(0, 2)).isCloseTo(0.5, within(1e-15));
        assertThat(g.weightBetween(1, 2)).isCloseTo(0.5, within(1e-15));
        assertThat(g.weightBetween(1, 3)).isCloseTo(1.0, within(1e-15));
        // strength = number of multi-technology patents holding the node: A 2, B 3, C 1, D 1, E 0
        assertThat(g.strength(0)).isEqualTo(2);
        assertThat(g.strength(1)).isEqualTo(3);
        assertThat(g.strength(2)).isEqualTo(1);
        assertThat(g.strength(3)).isEqualTo(1);
        assertThat(g.strength(4)).isZero();
    }

    @Test
    void minWeightDropsLightEdgesButKeepsNodes() {
        CooccurrenceNetwork g = new CooccurrenceNetworkBuilder().minWeight(2).build(sample());
        assertThat(g.nodeCount()).isEqualTo(5);
        assertThat(g.edgeCount()).isEqualTo(1);
        assertThat(g.weightBetween(0, 1)).isEqualTo(2);
        assertThat(g.degree(2)).isZero();
        assertThat(g.patentCounts()).containsExactly(2, 3, 2, 1, 0);
        assertCanonical(g);
    }

    @Test
    void emptyInputsGiveEmptyOrEdgelessNetworks() {
        CooccurrenceNetwork none =
                new CooccurrenceNetworkBuilder().build(new CodeLists(new String[0], new int[] {0}, new int[0]));
        assertThat(none.nodeCount()).isZero();
        assertThat(none.edgeCount()).isZero();
        CooccurrenceNetwork noRows = new CooccurrenceNetworkBuilder()
                .build(new CodeLists(new String[] {"A", "B"}, new int[] {0}, new int[0]));
        assertThat(noRows.nodeCount()).isEqualTo(2);
        assertThat(noRows.edgeCount()).isZero();
    }

    @Test
    void rejectsRowsThatAreNotStrictlyAscending() {
        CodeLists unsorted = new CodeLists(new String[] {"A", "B"}, new int[] {0, 2}, new int[] {1, 0});
        assertThatThrownBy(() -> new CooccurrenceNetworkBuilder().build(unsorted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0");
        CodeLists duplicate = new CodeLists(new String[] {"A", "B"}, new int[] {0, 2}, new int[] {1, 1});
        assertThatThrownBy(() -> new CooccurrenceNetworkBuilder().build(duplicate))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void denseAndSparseCountingAgreeWithANaiveCount() {
        // 300 labels uses the dense triangle, 3000 the hash maps; 100,000 rows span several chunks
        for (int labels : new int[] {300, 3000}) {
            CodeLists rows = randomRows(100_000, labels, 11);
            for (Counting counting : Counting.values()) {
                CooccurrenceNetwork g = new CooccurrenceNetworkBuilder()
                        .counting(counting)
                        .threads(2)
                        .build(rows);
                Map<Long, Double> naive = naiveCount(rows, counting);
                assertThat(g.edgeCount()).isEqualTo(naive.size());
                g.forEachEdge((a, b, w) -> assertThat(w).isCloseTo(naive.get(((long) a << 32) | b), within(1e-9)));
                assertCanonical(g);
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        for (int labels : new int[] {300, 3000}) {
            CodeLists rows = randomRows(120_000, labels, 5);
            CooccurrenceNetwork one = new CooccurrenceNetworkBuilder()
                    .counting(Counting.FRACTIONAL)
                    .threads(1)
                    .build(rows);
            for (int threads : new int[] {2, 3, 8}) {
                CooccurrenceNetwork many = new CooccurrenceNetworkBuilder()
                        .counting(Counting.FRACTIONAL)
                        .threads(threads)
                        .build(rows);
                assertThat(many.offsets()).isEqualTo(one.offsets());
                assertThat(many.neighbours()).isEqualTo(one.neighbours());
                assertThat(Arrays.equals(many.weights(), one.weights()))
                        .as("%d labels, %d threads", labels, threads)
                        .isTrue();
                assertThat(many.patentCounts()).isEqualTo(one.patentCounts());
            }
        }
    }

    /** Checks the CSR invariants: ascending neighbours, no loops, symmetric with equal weights. */
    static void assertCanonical(CooccurrenceNetwork g) {
        for (int i = 0; i < g.nodeCount(); i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                int j = g.neighbour(k);
                assertThat(j).isNotEqualTo(i);
                if (k > g.start(i)) {
                    assertThat(j).isGreaterThan(g.neighbour(k - 1));
                }
                assertThat(g.weight(k)).isPositive();
                assertThat(g.weightBetween(j, i)).isEqualTo(g.weight(k));
            }
        }
    }

    static CodeLists randomRows(int rows, int labels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] offsets = new int[rows + 1];
        int[] ids = new int[rows * 8];
        int size = 0;
        for (int r = 0; r < rows; r++) {
            int k = 1 + random.nextInt(random.nextInt(8) + 1);
            java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
            int base = random.nextInt(labels);
            while (set.size() < k) {
                set.add(
                        random.nextDouble() < 0.7
                                ? Math.floorMod(base + random.nextInt(-20, 21), labels)
                                : random.nextInt(labels));
            }
            for (int id : set) {
                ids[size++] = id;
            }
            offsets[r + 1] = size;
        }
        String[] names = new String[labels];
        for (int i = 0; i < labels; i++) {
            names[i] = String.format("L%05d", i);
        }
        return new CodeLists(names, offsets, Arrays.copyOf(ids, size));
    }

    private static Map<Long, Double> naiveCount(CodeLists rows, Counting counting) {
        Map<Long, Double> weights = new HashMap<>();
        for (int r = 0; r < rows.rows(); r++) {
            int[] row = rows.row(r);
            if (row.length < 2) {
                continue;
            }
            double w = counting == Counting.FULL ? 1 : 1.0 / (row.length - 1);
            for (int a = 0; a < row.length; a++) {
                for (int b = a + 1; b < row.length; b++) {
                    weights.merge(((long) row[a] << 32) | row[b], w, Double::sum);
                }
            }
        }
        return weights;
    }
}
