package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code kct trend} (issue 10): each period as {@code rank --from --to}, trajectories, output forms, errors. */
class TrendCommandTest {

    @TempDir
    static Path dir;

    static Path index;

    private static final List<String> PERIODS = List.of("2005-2009", "2010-2014", "2015-2019", "2020-2024");

    @BeforeAll
    static void indexTheSample() {
        index = dir.resolve("idx");
        CliRun run = CliRun.of("index", "-q", "--index", index.toString(), "samples/patents.csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-q", "--index", index.toString(), "--format", "json"));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", all) + "\n" + run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static Map<String, JsonNode> byCode(JsonNode technologies) {
        Map<String, JsonNode> out = new HashMap<>();
        technologies.forEach(t -> out.put(t.get("code").asText(), t));
        return out;
    }

    @Test
    void everyPeriodIsRankedExactlyAsRankFromTo() throws IOException {
        for (String count : List.of("documents", "families")) {
            JsonNode trend = json(
                    "trend",
                    "--periods",
                    String.join(",", PERIODS),
                    "--weights-from",
                    "each",
                    "--target",
                    "CN",
                    "--count",
                    count);
            assertThat(trend.get("periods")).hasSize(4);
            for (int p = 0; p < PERIODS.size(); p++) {
                String[] years = PERIODS.get(p).split("-");
                JsonNode rank = json("rank", "--from", years[0], "--to", years[1], "--target", "CN", "--count", count);
                assertThat(trend.get("periods").get(p).get("period").asText()).isEqualTo(PERIODS.get(p));
                Map<String, JsonNode> ranked = byCode(rank.get("technologies"));
                int seen = 0;
                for (JsonNode t : trend.get("technologies")) {
                    JsonNode cell = t.get("periods").get(p);
                    JsonNode r = ranked.get(t.get("code").asText());
                    if (r == null) {
                        assertThat(cell.get("class").asText()).isIn("absent", "excluded");
                        continue;
                    }
                    seen++;
                    assertThat(cell.get("key_score").asDouble())
                            .isEqualTo(r.get("key_score").asDouble());
                    assertThat(cell.get("key_rank").asInt())
                            .isEqualTo(r.get("key_rank").asInt());
                    assertThat(cell.get("patents").asInt())
                            .isEqualTo(r.get("patents").asInt());
                    assertThat(cell.get("target_share").asDouble())
                            .isEqualTo(r.get("target_share").asDouble());
                    assertThat(cell.get("chokepoint_score").asDouble())
                            .isEqualTo(r.get("chokepoint_score").asDouble());
                    assertThat(cell.get("class").asText())
                            .isEqualTo(r.get("class").asText());
                }
                assertThat(seen)
                        .as(count + " " + PERIODS.get(p))
                        .isEqualTo(rank.get("technologies").size());
            }
        }
    }

    @Test
    void fixedWeightsTrajectoriesAndTheSamplesPersistentChokepoints() throws IOException {
        JsonNode trend = json("trend", "--window", "5", "--target", "CN");
        assertThat(trend.get("parameters").get("periods").toString())
                .isEqualTo("[\"2005-2009\",\"2010-2014\",\"2015-2019\",\"2020-2024\"]");
        assertThat(trend.get("parameters").get("weights_from").asText()).isEqualTo("all");
        assertThat(trend.get("weights").get("key").size()).isEqualTo(3);
        Map<String, JsonNode> t = byCode(trend.get("technologies"));
        for (String code : List.of("H01L", "A61K")) {
            assertThat(t.get(code).get("trajectory").asText()).as(code).isEqualTo("persistent_chokepoint");
        }
        assertThat(t.get("H04L").get("trajectory").asText()).isIn("persistent_strength", "new_strength");
        for (JsonNode row : trend.get("technologies")) {
            assertThat(row.get("trajectory").asText())
                    .isIn(
                            "emerging_chokepoint",
                            "persistent_chokepoint",
                            "resolved",
                            "declining",
                            "new_strength",
                            "persistent_strength",
                            "other");
        }
        // the sample's own stories: G06F is a chokepoint in 2005-2009 and a strength after (CN's share grows)
        assertThat(t.get("G06F").get("trajectory").asText()).isEqualTo("resolved");
        int bursts = 0;
        for (JsonNode row : trend.get("technologies")) {
            for (JsonNode b : row.get("bursts")) {
                bursts++;
                assertThat(b.get("from").asInt()).isBetween(2005, b.get("to").asInt());
                assertThat(b.get("to").asInt()).isLessThanOrEqualTo(2024);
                assertThat(b.get("strength").asDouble()).isPositive();
            }
        }
        assertThat(bursts).isPositive();
    }

    @Test
    void csvIsLongAndTheTableFitsAHundredColumns() {
        CliRun csv = CliRun.of(
                "trend",
                "-q",
                "--index",
                index.toString(),
                "--periods",
                "2005-2014,2015-2024",
                "--target",
                "CN",
                "--format",
                "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("code,trajectory,key_score_slope,target_share_slope,bursts,period,patents,key_score,"
                        + "key_rank,target_share,target_rta,chokepoint_score,class");
        assertThat(csv.out().lines().skip(1).filter(l -> l.startsWith("H01L,"))).hasSize(2);
        CliRun table = CliRun.of(
                "trend",
                "-q",
                "--index",
                index.toString(),
                "--window",
                "5",
                "--target",
                "CN",
                "--top",
                "15",
                "--format",
                "table");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(table.out()).contains("C C C C", "persistent_chokepoint");
    }

    /** VOSviewer overlay files: one per period from trend, one from network; average years inside the period. */
    @Test
    void vosviewerNetworksPerPeriodCarryTheAverageYear() throws IOException {
        Path out = dir.resolve("networks");
        CliRun run = CliRun.of(
                "trend",
                "-q",
                "--index",
                index.toString(),
                "--periods",
                "2005-2014,2015-2024",
                "--networks",
                out.toString(),
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String period : List.of("2005-2014", "2015-2024")) {
            JsonNode net = new ObjectMapper()
                    .readTree(out.resolve(period + ".json").toFile())
                    .get("network");
            int from = Integer.parseInt(period.substring(0, 4));
            assertThat(net.get("items").size()).isPositive();
            for (JsonNode item : net.get("items")) {
                assertThat(item.get("id").asInt()).isPositive();
                assertThat(item.get("weights").get("Patents").asInt()).isPositive();
                assertThat(item.get("scores").get("Avg. year").asDouble()).isBetween(from + 0.0, from + 9.0);
                assertThat(item.get("scores").has("betweenness")).isTrue();
            }
            JsonNode link = net.get("links").get(0);
            assertThat(link.get("source_id").asInt())
                    .isLessThan(link.get("target_id").asInt());
            assertThat(link.get("strength").asDouble()).isPositive();
        }
        CliRun whole = CliRun.of("network", "-q", "--index", index.toString(), "--format", "vosviewer");
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        JsonNode items = new ObjectMapper().readTree(whole.out()).get("network").get("items");
        for (JsonNode item : items) {
            if (item.get("label").asText().equals("H01L")) {
                assertThat(item.get("scores").get("Avg. year").asDouble()).isBetween(2005.0, 2024.0);
            }
        }
    }

    @Test
    void bootstrapGivesEachPeriodItsIntervals() throws IOException {
        JsonNode trend = json("trend", "--periods", "2005-2014,2015-2024", "--target", "CN", "--bootstrap", "10");
        assertThat(trend.get("parameters").get("bootstrap").asInt()).isEqualTo(10);
        JsonNode h01l = byCode(trend.get("technologies")).get("H01L");
        for (JsonNode cell : h01l.get("periods")) {
            assertThat(cell.get("rank_low").asInt())
                    .isLessThanOrEqualTo(cell.get("rank_median").asInt());
            assertThat(cell.get("rank_median").asInt())
                    .isLessThanOrEqualTo(cell.get("rank_high").asInt());
            assertThat(cell.get("p_chokepoint").asDouble()).isGreaterThanOrEqualTo(0.9);
        }
        for (JsonNode t : trend.get("technologies")) {
            for (JsonNode cell : t.get("periods")) {
                if (cell.get("key_score").isNull())
                    assertThat(cell.has("rank_low")).isFalse();
            }
        }
    }

    @Test
    void badPeriodsAreUsageErrors() {
        Map<List<String>, String> cases = Map.of(
                List.of("--periods", "2005-2009,2008-2012"), "starts before 2005-2009 ends",
                List.of("--periods", "2005"), "'2005' is not FROM-TO",
                List.of("--window", "50"), "no whole window fits",
                List.of(), "give either --periods",
                List.of("--window", "5", "--weights-from", "some"), "--weights-from: 'some' is not all or each",
                List.of("--window", "5", "--weight-samples", "10"), "--weight-samples does not apply to trend");
        cases.forEach((args, message) -> {
            List<String> all = new ArrayList<>(List.of("trend", "--index", index.toString()));
            all.addAll(args);
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", all)).isEqualTo(2);
            assertThat(run.err()).contains(message).doesNotContain("\tat ");
        });
    }
}
