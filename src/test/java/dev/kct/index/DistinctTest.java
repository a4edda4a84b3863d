package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistinctTest {

    /** The first of equal items, in order, before and after the switch from a scan to a hash set. */
    @Test
    void keepsTheFirstOfEqualItemsInOrder() {
        for (int n : new int[] {0, 1, 16, 17, 100_000}) {
            Distinct<String> d = new Distinct<>(n);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String item = "S" + (i % 2 == 0 ? i : i - 1);
                if (d.add(item)) added.add(item);
            }
            List<String> expected = IntStream.range(0, n)
                    .filter(i -> i % 2 == 0)
                    .mapToObj(i -> "S" + i)
                    .toList();
            assertThat(d.list()).as("%d items", n).isEqualTo(expected).isEqualTo(added);
        }
    }
}
