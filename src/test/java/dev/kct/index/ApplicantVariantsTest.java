package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.record.ApplicantMap;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ApplicantVariantsTest {

    private final ApplicantVariants variants = new ApplicantVariants(ApplicantMap.NONE);

    @Test
    void aShortNameIsItsKeyAndItself() {
        assertThat(variants.term("Acme Corp.").utf8ToString()).isEqualTo("ACME\u0000Acme Corp.");
    }

    /**
     * A 100 kB name, a name that NFKC expands 33-fold (U+FDFA) and one of 4-byte characters all fit Lucene's limit for
     * one doc value; names that differ only past the cut keep different keys, a name repeated keeps its key.
     */
    @Test
    void everyNameFitsOneTermAndLongNamesStayApart() {
        String longName = "Long Name ".repeat(10_000);
        for (String name : new String[] {
            longName + "A", "ﷺ".repeat(3_000), "😀".repeat(30_000), "a" + "😀".repeat(30_000), "x".repeat(32_765)
        }) {
            BytesRef t = variants.term(name);
            assertThat(t.length).as("%d chars", name.length()).isLessThanOrEqualTo(ApplicantVariants.MAX_TERM_BYTES);
            assertThat(t.utf8ToString()).doesNotContain("\uFFFD");
        }
        String a = key(variants.term(longName + "A"));
        String b = key(variants.term(longName + "B"));
        assertThat(a).startsWith("LONG NAME LONG NAME").contains("…").isNotEqualTo(b);
        assertThat(key(new ApplicantVariants(ApplicantMap.NONE).term(longName + "A")))
                .isEqualTo(a);
    }

    private static String key(BytesRef term) {
        String s = new String(term.bytes, term.offset, term.length, StandardCharsets.UTF_8);
        return s.substring(0, s.indexOf('\u0000'));
    }
}
