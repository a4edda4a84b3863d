package dev.kct.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.index.CodeLists;
import org.junit.jupiter.api.Test;

class TechnologyWeightsTest {

    /**
     * Rows: r0 techs {0, 1} keys {2, 0} k = 2; r1 tech {1} keys {0, −1, 1} k = 3; r2 tech {1} key {0} k = 3
     * (as if its other two keys were unknown); r3 tech {0} keys {1} k = 0 (adds nothing).
     * tech 0: key 0 1/2, key 2 1/2. tech 1: key 0 1/2 + 1/3 + 1/3, key 1 1/3, key 2 1/2.
     */
    @Test
    void collectsFractionalWeightsWithKeysAscending() {
        CodeLists tech = new CodeLists(new String[] {"A", "B"}, new int[] {0, 2, 3, 4, 5}, new int[] {0, 1, 1, 1, 0});
        int[] keyOffsets = {0, 2, 5, 6, 7};
        int[] keys = {2, 0, 0, -1, 1, 0, 1};
        int[] denominators = {2, 3, 3, 0};
        String[] labels = {"a", "b", "c"};
        TechnologyWeights w = TechnologyWeights.build(tech, keyOffsets, keys, denominators, labels);
        assertThat(w.technologyCount()).isEqualTo(2);
        assertThat(w.end(0) - w.start(0)).isEqualTo(2);
        assertThat(new int[] {w.key(w.start(0)), w.key(w.start(0) + 1)}).containsExactly(0, 2);
        assertThat(w.weight(0, 0)).isEqualTo(0.5);
        assertThat(w.weight(0, 1)).isZero();
        assertThat(w.weight(1, 0)).isEqualTo(0.5 + 1.0 / 3 + 1.0 / 3);
        assertThat(w.weight(1, 1)).isEqualTo(1.0 / 3);
        assertThat(w.weight(1, 2)).isEqualTo(0.5);
        assertThat(w.keyTotals()).containsExactly(0.5 + 0.5 + 1.0 / 3 + 1.0 / 3, 1.0 / 3, 1.0);
        assertThat(w.keyLabel(2)).isEqualTo("c");
        assertThat(w.keyOf("b")).isEqualTo(1);
    }

    @Test
    void threeThirdsMakeOne() {
        CodeLists tech = new CodeLists(new String[] {"A"}, new int[] {0, 1, 2, 3}, new int[] {0, 0, 0});
        TechnologyWeights w = TechnologyWeights.build(
                tech, new int[] {0, 1, 2, 3}, new int[] {0, 0, 0}, new int[] {3, 3, 3}, new String[] {"a"});
        assertThat(w.total(0)).isEqualTo(1.0);
    }
}
