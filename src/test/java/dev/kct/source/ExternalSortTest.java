package dev.kct.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

    @TempDir
    Path dir;

    @Test
    void sortsAcrossRunsKeepingEqualKeysInInputOrder() throws Exception {
        List<ExternalSort.KeyedRow> input = List.of(
                row("b", 1, "first b"),
                row("a", 2, "first a"),
                row("c", 3, "tab\there"),
                row("a", 4, "second a"),
                row("b", 5, null),
                row("a", 6, "third a"));
        try (ExternalSort sort = new ExternalSort(dir, 30, Comparator.naturalOrder())) {
            List<String> out = new ArrayList<>();
            for (Iterator<ExternalSort.KeyedRow> it = sort.sort(input.iterator()); it.hasNext(); ) {
                ExternalSort.KeyedRow r = it.next();
                out.add(r.key() + r.line() + ":" + r.values()[0]);
            }
            assertThat(out)
                    .containsExactly("a2:first a", "a4:second a", "a6:third a", "b1:first b", "b5:null", "c3:tab here");
        }
    }

    @Test
    void sortsSmallInputInMemory() throws Exception {
        try (ExternalSort sort = new ExternalSort(dir, 1 << 20, Comparator.naturalOrder())) {
            Iterator<ExternalSort.KeyedRow> it =
                    sort.sort(List.of(row("2", 1, "x"), row("10", 2, "y")).iterator());
            assertThat(it.next().key()).isEqualTo("10");
            assertThat(it.next().key()).isEqualTo("2");
        }
        assertThat(dir.toFile().list()).isEmpty();
    }

    private static ExternalSort.KeyedRow row(String key, long line, String value) {
        return new ExternalSort.KeyedRow(key, line, new String[] {value});
    }
}
