package dev.kct.source.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kct.ipc.IpcParser;
import dev.kct.source.CanonicalField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Reads the real WIPO ritonavir landscape table ({@code ../shared/data/wipo-ritonavir}) through the built-in profile. */
class WipoLandscapeProfileTest {

    /**
     * Ten records hold only items such as {@code A61K000} or {@code A61K000900}, whose group reads as 0 in the
     * table's packed form (3-digit group): {@code IpcParser} refuses them, and this test does not ask for more.
     */
    private static final java.util.function.Predicate<String> PADDED_ZERO_GROUP =
            java.util.regex.Pattern.compile("[A-H]\\d\\d[A-Z]000\\d*").asMatchPredicate();

    private static final Path FILE = Path.of("../shared/data/wipo-ritonavir/ritonavir.csv");

    @Test
    void readsEveryRecordWithIpcApplicantsAndCountries() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), FILE + " is absent: real-data test skipped");
        List<MappedRow> rows = MappedTableTest.readAll(FILE, MappingProfiles.get("wipo-landscape"));

        assertThat(rows).hasSize(804);
        assertThat(rows)
                .filteredOn(r -> !IpcParser.parseItems(r.items(CanonicalField.IPC))
                        .symbols()
                        .isEmpty())
                .hasSizeGreaterThanOrEqualTo(794);
        assertThat(rows).allSatisfy(r -> {
            if (IpcParser.parseItems(r.items(CanonicalField.IPC)).symbols().isEmpty()) {
                assertThat(r.items(CanonicalField.IPC))
                        .as(r.text(CanonicalField.ID))
                        .allMatch(PADDED_ZERO_GROUP);
            }
            assertThat(r.text(CanonicalField.PRIORITY_DATE)).matches("\\d{4}-\\d\\d-\\d\\d");
            List<String> countries = r.items(CanonicalField.APPLICANT_COUNTRIES);
            assertThat(countries.isEmpty()
                            || countries.size()
                                    == r.list(CanonicalField.APPLICANTS).size())
                    .isTrue();
        });
        MappedRow first = rows.get(0);
        assertThat(first.text(CanonicalField.ID)).isEqualTo("AU2007202956");
        assertThat(IpcParser.parseItems(first.items(CanonicalField.IPC)).symbols())
                .hasToString("[C07D 417/00]");
        assertThat(first.list(CanonicalField.APPLICANTS)).containsExactly("ABBOTT LAB");
        assertThat(first.items(CanonicalField.APPLICANT_COUNTRIES)).containsExactly("AU");
        MappedRow third = rows.get(2);
        assertThat(IpcParser.parseItems(third.items(CanonicalField.IPC)).symbols())
                .hasToString("[C07D 417/14, A61P 31/18, A61K 31/426]");
        assertThat(third.items(CanonicalField.APPLICANT_COUNTRIES)).containsExactly("CN");

        Map<String, Integer> firstCountries = new TreeMap<>();
        for (MappedRow r : rows) {
            List<String> countries = r.items(CanonicalField.APPLICANT_COUNTRIES);
            firstCountries.merge(countries.isEmpty() ? "" : countries.get(0), 1, Integer::sum);
        }
        assertThat(firstCountries)
                .containsEntry("US", 610)
                .containsEntry("IN", 27)
                .containsEntry("JP", 22)
                .containsEntry("KR", 3)
                .containsEntry("RU", 1)
                .containsEntry("CN", 7)
                .containsEntry("", 40 + 10 + 1 + 1 + 1 + 2);
        MappedRow several = rows.stream()
                .filter(r -> r.list(CanonicalField.APPLICANTS).size() == 3
                        && r.list(CanonicalField.APPLICANTS).get(0).equals("TSAI HSIU HSIEN"))
                .findFirst()
                .orElseThrow();
        assertThat(several.items(CanonicalField.APPLICANT_COUNTRIES)).hasSize(3);
    }
}
