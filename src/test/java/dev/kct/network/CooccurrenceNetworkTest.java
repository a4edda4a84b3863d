package dev.kct.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooccurrenceNetworkTest {

    private static final String[] LABELS = {"A", "B", "C", "D"};

    @Test
    void fromEdgesLaysOutSortedSymmetricCsr() {
        CooccurrenceNetwork g = CooccurrenceNetwork.fromEdges(
                LABELS, new int[] {5, 6, 7, 8}, new int[] {2, 0, 1}, new int[] {0, 1, 2}, new double[] {3, 1, 2});
        assertThat(g.nodeCount()).isEqualTo(4);
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.arcCount()).isEqualTo(6);
        assertThat(g.offsets()).containsExactly(0, 2, 4, 6, 6);
        assertThat(g.neighbours()).containsExactly(1, 2, 0, 2, 0, 1);
        assertThat(g.weights()).containsExactly(1, 3, 1, 2, 3, 2);
        assertThat(g.strength(0)).isEqualTo(4);
        assertThat(g.degree(3)).isZero();
        assertThat(g.patents(3)).isEqualTo(8);
        assertThat(g.indexOf("C")).isEqualTo(2);
        assertThat(g.indexOf("Z")).isEqualTo(-1);
        List<String> edges = new ArrayList<>();
        g.forEachEdge((a, b, w) -> edges.add(a + "-" + b + ":" + w));
        assertThat(edges).containsExactly("0-1:1.0", "0-2:3.0", "1-2:2.0");
        CooccurrenceNetworkBuilderTest.assertCanonical(g);
    }

    @Test
    void rejectsLoopsDuplicatesAndBadWeights() {
        assertThatThrownBy(() ->
                        CooccurrenceNetwork.fromEdges(LABELS, null, new int[] {1}, new int[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("self-loop");
        assertThatThrownBy(() -> CooccurrenceNetwork.fromEdges(
                        LABELS, null, new int[] {0, 1}, new int[] {1, 0}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> CooccurrenceNetwork.fromEdges(
                            LABELS, null, new int[] {0}, new int[] {1}, new double[] {bad}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weight");
        }
        assertThatThrownBy(() ->
                        CooccurrenceNetwork.fromEdges(LABELS, null, new int[] {0}, new int[] {4}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void emptyNetwork() {
        CooccurrenceNetwork g = CooccurrenceNetwork.empty();
        assertThat(g.nodeCount()).isZero();
        assertThat(g.edgeCount()).isZero();
    }
}
