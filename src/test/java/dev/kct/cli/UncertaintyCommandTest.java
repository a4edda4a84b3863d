package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --bootstrap}, {@code --weight-samples}, {@code --smaa-ranks} and {@code --confidence} on {@code rank},
 * {@code score} and {@code explain} (issue 9, items 5, 6 and 8; docs/METHODS.md, "Rank uncertainty").
 *
 * <p>The "known chokepoints" are those the generator builds into {@code samples/patents.csv}
 * ({@code dev.kct.generate.TechnologyAreas}): China weak in semiconductors (H01L) and pharmaceuticals (A61K), strong
 * in telecom (H04L), batteries (H01M) and AI (G06N), which are among the ten most key technologies of the corpus.
 */
class UncertaintyCommandTest {

    @TempDir
    static Path dir;

    static Path sample;
    static Path small;

    @BeforeAll
    static void index() {
        sample = dir.resolve("sample-idx");
        CliRun s = CliRun.of("index", "-q", "--index", sample.toString(), "samples/patents.csv");
        assertThat(s.exitCode()).as(s.err()).isZero();
        Path csv = dir.resolve("small.csv");
        CliRun g = CliRun.of("generate", "--quiet", "--patents", "2500", "--seed", "5", "-o", csv.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        small = dir.resolve("small-idx");
        CliRun i = CliRun.of("index", "-q", "--index", small.toString(), csv.toString());
        assertThat(i.exitCode()).as(i.err()).isZero();
    }

    private static CliRun run(Path index, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", index.toString(), "-q"));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private static Map<String, JsonNode> byCode(String json) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        new ObjectMapper()
                .readTree(json)
                .get("technologies")
                .forEach(t -> out.put(t.get("code").asText(), t));
        return out;
    }

    /** The options of the "done when": 100 resamples, 2,000 weight vectors, seed 1. */
    private static final String[] DONE_WHEN = {
        "rank", "--target", "CN", "--bootstrap", "100", "--weight-samples", "2000", "--seed", "1", "--format", "json"
    };

    @Test
    void theSameSeedGivesTheSameBytesOnAnyNumberOfThreads() {
        String[] args = DONE_WHEN.clone();
        String first = run(small, args).out();
        String again = run(small, args).out();
        List<String> oneThread = new ArrayList<>(List.of(args));
        oneThread.addAll(List.of("--threads", "1"));
        String single = run(small, oneThread.toArray(String[]::new)).out();
        assertThat(again).isEqualTo(first);
        assertThat(single).isEqualTo(first);
        assertThat(first).contains("\"rank_low\"", "\"p_chokepoint\"", "\"smaa_rank_acceptability\"");
        args[8] = "2";
        assertThat(run(small, args).out()).as("another seed").isNotEqualTo(first);
    }

    @Test
    void knownChokepointsAreSureAndCentralDomesticTechnologiesAreNot() throws IOException {
        Map<String, JsonNode> t = byCode(run(sample, DONE_WHEN).out());
        for (String chokepoint : List.of("H01L", "A61K")) {
            assertThat(t.get(chokepoint).get("class").asText()).isEqualTo("chokepoint");
            assertThat(t.get(chokepoint).get("p_chokepoint").asDouble())
                    .as(chokepoint)
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(t.get(chokepoint).get("unstable").asBoolean()).isFalse();
        }
        for (String domestic : List.of("H04L", "H01M", "G06N")) {
            assertThat(t.get(domestic).get("key_rank").asInt())
                    .as(domestic + " is key")
                    .isLessThanOrEqualTo(20);
            assertThat(t.get(domestic).get("p_chokepoint").asDouble())
                    .as(domestic)
                    .isLessThanOrEqualTo(0.1);
            assertThat(t.get(domestic).get("p_key").asDouble()).as(domestic).isGreaterThanOrEqualTo(0.9);
        }
        double first = 0;
        for (JsonNode row : t.values()) {
            first += row.get("smaa_rank_acceptability").get(0).asDouble();
            assertThat(row.get("smaa_rank_acceptability")).hasSize(10);
            int low = row.get("rank_low").asInt();
            int median = row.get("rank_median").asInt();
            assertThat(low).isLessThanOrEqualTo(median);
            assertThat(median).isLessThanOrEqualTo(row.get("rank_high").asInt());
        }
        assertThat(first)
                .as("first-rank acceptabilities over all ranked technologies")
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void csvFlattensTheAcceptabilitiesAndTheTerminalViewFitsEightyColumns() {
        String csv = run(
                        small,
                        "score",
                        "--bootstrap",
                        "10",
                        "--weight-samples",
                        "50",
                        "--smaa-ranks",
                        "3",
                        "--format",
                        "csv")
                .out();
        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header)
                .endsWith(",rank_low,rank_median,rank_high,p_key,unstable,smaa_key_acceptability,"
                        + "smaa_rank_acceptability_1,smaa_rank_acceptability_2,smaa_rank_acceptability_3,"
                        + "smaa_central_weight_centrality,smaa_central_weight_dominance,smaa_central_weight_barrier,"
                        + "smaa_confidence");
        String table = run(small, "rank", "--target", "CN", "--bootstrap", "10", "--format", "table")
                .out();
        assertThat(table.lines().findFirst().orElseThrow()).contains("class", "kranks", "p_chk");
        assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(table.lines().skip(1).findFirst().orElseThrow()).containsPattern(" \\d+-\\d+ ");
        String plain =
                run(small, "rank", "--bootstrap", "10", "--format", "table").out();
        assertThat(plain.lines().findFirst().orElseThrow())
                .contains("kranks", "p_key")
                .doesNotContain("p_chk");
    }

    @Test
    void explainShowsTheIntervalAndTheAcceptabilities() throws IOException {
        String text = run(
                        sample,
                        "explain",
                        "H01L",
                        "--target",
                        "CN",
                        "--bootstrap",
                        "20",
                        "--weight-samples",
                        "200",
                        "--format",
                        "table")
                .out();
        assertThat(text)
                .containsPattern("bootstrap, 20 resamples: rank \\d+-\\d+ \\(90% interval\\), median \\d+")
                .contains("weights (SMAA-2, 200 samples): key in ");
        JsonNode u = new ObjectMapper()
                .readTree(run(sample, "explain", "H01L", "--target", "CN", "--bootstrap", "20", "--format", "json")
                        .out())
                .get("technology")
                .get("uncertainty");
        assertThat(u.get("resamples").asInt()).isEqualTo(20);
        assertThat(u.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(u.has("p_chokepoint")).isTrue();
        assertThat(u.has("smaa_key_acceptability")).isFalse();
    }

    @Test
    void badValuesAreUsageErrors() {
        String idx = small.toString();
        Map<String[], String> cases = Map.of(
                new String[] {"rank", "--index", idx, "--bootstrap", "-1"}, "--bootstrap: -1 is negative",
                new String[] {"rank", "--index", idx, "--weight-samples", "-5"}, "--weight-samples: -5 is negative",
                new String[] {"rank", "--index", idx, "--smaa-ranks", "0"}, "--smaa-ranks: 0 is not a number of ranks",
                new String[] {"rank", "--index", idx, "--confidence", "1"}, "--confidence: 1.0 is not a level",
                new String[] {"rank", "--table", "x.csv", "--bootstrap", "5"}, "--bootstrap does not apply to --table");
        cases.forEach((args, message) -> {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains(message).doesNotContain("\tat ");
        });
    }
}
