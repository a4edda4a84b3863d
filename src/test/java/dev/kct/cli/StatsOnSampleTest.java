package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 2, "Done when": {@code kct stats} on {@code samples/} gives correct counts, checked against counts this
 * test makes on its own from the CSV (FastCSV and plain Java, none of kct's readers, parsers or index).
 *
 * <p>The independent rules: a patent counts once; its subclasses are the first four characters of each
 * {@code ;}-separated symbol (the sample writes canonical symbols such as {@code H03D 3/28}; the test checks
 * that); its year is that of {@code priority_date} (every sample record has one); its country is its first
 * applicant's ({@code applicant_countries} is aligned with {@code applicants}; about 1 % of applicants have
 * none). The canonical CSV names no priority or publishing office, so no fallback applies: a patent whose first
 * applicant has no country stays without one.
 */
class StatsOnSampleTest {

    private static final Path SAMPLE = Path.of("samples/patents.csv");
    private static final Pattern CANONICAL = Pattern.compile("[A-H]\\d\\d[A-Z]( \\d{1,4}/\\d{2,6})?");

    record Count(String code, int patents) {}

    static int patents;
    static Map<String, Integer> perSubclass = new HashMap<>();
    static TreeMap<Integer, Integer> perYear = new TreeMap<>();
    static Map<String, Integer> perCountry = new HashMap<>();
    static int withoutCountry;
    static JsonNode stats;

    @BeforeAll
    static void countIndependentlyAndRunKct() throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(SAMPLE, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                patents++;
                Set<String> subclasses = new LinkedHashSet<>();
                for (String symbol : r.getField("ipc").split(";")) {
                    assertThat(symbol.strip()).matches(CANONICAL);
                    subclasses.add(symbol.strip().substring(0, 4));
                }
                subclasses.forEach(s -> perSubclass.merge(s, 1, Integer::sum));
                String priority = r.getField("priority_date");
                assertThat(priority).as(r.getField("id")).matches("\\d{4}-\\d{2}-\\d{2}");
                perYear.merge(Integer.parseInt(priority.substring(0, 4)), 1, Integer::sum);
                String first =
                        r.getField("applicant_countries").split(";", -1)[0].strip();
                if (first.isEmpty()) {
                    withoutCountry++;
                } else {
                    perCountry.merge(first, 1, Integer::sum);
                }
            }
        }
        CliRun run = CliRun.of("stats", SAMPLE.toString(), "--format", "json", "--top", "20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        stats = new ObjectMapper().readTree(run.out());
    }

    /** Largest first, ties by code (as kct documents). */
    private static List<Count> ranked(Map<String, Integer> counts) {
        List<Count> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Count(k, v)));
        out.sort(Comparator.comparingInt((Count c) -> -c.patents()).thenComparing(Count::code));
        return out;
    }

    private static List<Count> fromJson(JsonNode list, String key) {
        List<Count> out = new ArrayList<>();
        for (JsonNode x : list) {
            assertThat(x.get("share").asDouble())
                    .as(x.toString())
                    .isEqualTo((double) x.get("patents").asInt() / patents);
            out.add(new Count(x.get(key).asText(), x.get("patents").asInt()));
        }
        return out;
    }

    @Test
    void totals() {
        assertThat(patents).isEqualTo(20_000);
        assertThat(stats.get("patents").asInt()).isEqualTo(patents);
        assertThat(stats.get("technologies").asInt()).isEqualTo(perSubclass.size());
        assertThat(stats.get("countries").asInt()).isEqualTo(perCountry.size());
        assertThat(stats.get("first_year").asInt()).isEqualTo(perYear.firstKey());
        assertThat(stats.get("last_year").asInt()).isEqualTo(perYear.lastKey());
        assertThat(stats.get("parameters").get("top").asInt()).isEqualTo(20);
        assertThat(stats.get("warnings")).isEmpty();
    }

    @Test
    void topTwentySubclassesWithCounts() {
        List<Count> expected = ranked(perSubclass).subList(0, 20);
        assertThat(fromJson(stats.get("top"), "code")).containsExactlyElementsOf(expected);
    }

    @Test
    void patentsByPriorityYear() {
        List<Count> expected = new ArrayList<>();
        perYear.forEach((y, n) -> expected.add(new Count(Integer.toString(y), n)));
        assertThat(fromJson(stats.get("by_year"), "year")).containsExactlyElementsOf(expected);
        for (JsonNode y : stats.get("by_year"))
            assertThat(y.get("year").isInt()).isTrue();
    }

    @Test
    void patentsByFirstApplicantCountry() {
        assertThat(withoutCountry).as("about 1 % of applicants have no country").isBetween(50, 400);
        assertThat(stats.get("patents_without_country").asInt()).isEqualTo(withoutCountry);
        assertThat(fromJson(stats.get("by_country"), "country")).containsExactlyElementsOf(ranked(perCountry));
    }
}
