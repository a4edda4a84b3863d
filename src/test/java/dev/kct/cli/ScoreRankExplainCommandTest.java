package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kct score}, {@code kct rank} (also {@code --table}) and {@code kct explain}, run in-process on a small
 * hand-made corpus whose counts are easy to check by hand, and the 80-column table view on the bundled sample.
 */
class ScoreRankExplainCommandTest {

    /**
     * Ten patents, six subclasses. No {@code cited} column, so forward_citations and generality are missing.
     * Country of each patent = first applicant's: CN holds all of G06N (4) and B64C (2), half of G06F (2 of 4)
     * and G05D (1 of 2), none of H01L (4) and G03F (2).
     */
    static final String SMALL = "id,ipc,priority_date,applicants,applicant_countries,claims,npl_citations,title\n"
            + "P1,H01L 21/02;G06F 3/00,2018-01-01,Acme,US,10,1,Wafer handling\n"
            + "P2,H01L 21/02;G03F 7/20,2018,Beta,JP,12,0,Exposure mask\n"
            + "P3,G06F 3/00;G06N 3/08,2019,Gamma,CN,5,2,Neural input\n"
            + "P4,G06N 3/08;G06F 3/00,2020,Delta,CN,8,3,Learning interface\n"
            + "P5,H01L 21/02,2020,Acme,US,7,0,Etching\n"
            + "P6,G03F 7/20;H01L 21/02,2021,Beta,JP,20,4,Photoresist\n"
            + "P7,G06N 3/08,2021,Gamma;Acme,CN;US,9,1,Network training\n"
            + "P8,B64C 39/02;G05D 1/00,2021,Delta,CN,3,0,Drone control\n"
            + "P9,B64C 39/02;G06N 3/08,2022,Sky,CN,6,1,Drone vision\n"
            + "P10,G05D 1/00;G06F 3/00,2022,Acme,US,4,2,Autopilot display\n";

    static final List<String> CODES = List.of("B64C", "G03F", "G05D", "G06F", "G06N", "H01L");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path idx;
    static Path sampleIdx;

    @BeforeAll
    static void indexOnce() throws IOException {
        Path csv = write("small.csv", SMALL);
        idx = dir.resolve("small-idx");
        CliRun small = CliRun.of("index", "-q", "--index", idx.toString(), csv.toString());
        assertThat(small.exitCode()).as(small.err()).isZero();
        sampleIdx = dir.resolve("sample-idx");
        CliRun sample = CliRun.of("index", "-q", "--index", sampleIdx.toString(), "samples/patents.csv");
        assertThat(sample.exitCode()).as(sample.err()).isZero();
    }

    private static Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** Runs kct on the small index and returns its JSON result (asserting exit 0). */
    private static JsonNode json(String command, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--index", idx.toString(), "--format", "json"));
        args.addAll(List.of(options));
        CliRun run = kct(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, JsonNode> byCode(JsonNode technologies) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        technologies.forEach(t -> m.put(t.get("code").asText(), t));
        return m;
    }

    private static List<String> codes(JsonNode technologies) {
        List<String> out = new ArrayList<>();
        technologies.forEach(t -> out.add(t.get("code").asText()));
        return out;
    }

    private static Map<String, Double> weights(JsonNode family) {
        Map<String, Double> m = new LinkedHashMap<>();
        family.properties().forEach(e -> m.put(e.getKey(), e.getValue().asDouble()));
        return m;
    }

    /** Every object key in the document, at any depth, is snake_case. */
    private static void assertSnakeCaseKeys(JsonNode node, String path) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                assertThat(e.getKey()).as(path).matches("[a-z][a-z0-9_]*");
                assertSnakeCaseKeys(e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (JsonNode x : node) assertSnakeCaseKeys(x, path + "[]");
        }
    }

    /** A user error: the exit code, nothing on stdout, one line on stderr naming the problem, no stack trace. */
    private static void assertUserError(CliRun run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("kct: ")
                .contains(message)
                .hasLineCount(1)
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    /**
     * Runs kct; score, rank and explain on the hand-made corpus (a few patents per technology, every number worked
     * out by hand) rank every technology: {@code --min-patents 0} unless the test sets it.
     */
    private static CliRun kct(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        boolean analysis = all.get(0).equals("score")
                || all.get(0).equals("rank")
                || all.get(0).equals("explain");
        if (analysis && !all.contains("--table") && !all.contains("--min-patents")) {
            all.add("--min-patents");
            all.add("0");
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    private static double[] column(JsonNode technologies, String field) {
        double[] v = new double[technologies.size()];
        for (int i = 0; i < v.length; i++) v[i] = technologies.get(i).get(field).asDouble();
        return v;
    }

    private static double[] minMax(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = hi > lo ? (x[i] - lo) / (hi - lo) : 0;
        return y;
    }

    // ---------------------------------------------------------------- score

    @Test
    void scoreJsonHasTheDocumentedStructureAndHandCheckedCounts() throws IOException {
        CliRun run = kct("score", "--index", idx.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());

        assertThat(fieldNames(j))
                .containsExactly(
                        "kct_version",
                        "command",
                        "parameters",
                        "warnings",
                        "weights",
                        "min_patents",
                        "technologies",
                        "excluded");
        assertThat(j.get("kct_version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(j.get("command").asText()).isEqualTo("score");
        assertSnakeCaseKeys(j, "$");

        JsonNode p = j.get("parameters");
        assertThat(p.get("level").asText()).isEqualTo("subclass");
        assertThat(p.get("normalize").asText()).isEqualTo("minmax");
        assertThat(p.get("weights").asText()).isEqualTo("entropy");
        assertThat(p.get("method").asText()).isEqualTo("topsis");
        assertThat(p.get("target").isNull()).isTrue();
        assertThat(p.get("indicators").get("dominance").toString())
                .isEqualTo("[\"share\",\"growth\",\"forward_citations\",\"generality\"]");

        assertThat(fieldNames(j.get("weights"))).containsExactly("centrality", "dominance", "barrier", "key");
        for (String f : List.of("centrality", "dominance", "barrier", "key")) {
            double sum = weights(j.get("weights").get(f)).values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            assertThat(sum).as(f).isCloseTo(1.0, within(1e-9));
        }
        // the missing indicators are left out of the dominance mix and named in the warnings (and on stderr)
        assertThat(fieldNames(j.get("weights").get("dominance"))).containsExactly("share", "growth");
        assertThat(j.get("warnings").toString())
                .contains("forward_citations is missing")
                .contains("generality is missing");
        assertThat(run.err()).contains("kct: warning: forward_citations is missing");

        JsonNode tech = j.get("technologies");
        assertThat(codes(tech)).containsExactlyElementsOf(CODES);
        Map<String, Integer> patents = Map.of("B64C", 2, "G03F", 2, "G05D", 2, "G06F", 4, "G06N", 4, "H01L", 4);
        for (JsonNode t : tech) {
            String code = t.get("code").asText();
            assertThat(t.get("patents").asInt()).as(code).isEqualTo(patents.get(code));
            assertThat(t.get("share").asDouble()).as(code).isEqualTo(patents.get(code) / 10.0);
            assertThat(t.get("forward_citations").isNull()).as(code).isTrue();
            assertThat(t.get("generality").isNull()).as(code).isTrue();
            assertThat(t.get("key_score").asDouble()).isBetween(0.0, 1.0);
            assertThat(t.has("rank")).isFalse();
            assertThat(t.has("target_share")).isFalse();
            assertThat(t.has("class")).isFalse();
        }
        assertThat(fieldNames(tech.get(0)))
                .startsWith("code", "patents")
                .endsWith("centrality", "dominance", "barrier", "key_score", "key_rank", "leader", "leader_share");
        Map<String, JsonNode> t = byCode(tech);
        // degree = neighbours / (n - 1): H01L meets G06F and G03F; G06F meets H01L, G06N and G05D
        assertThat(t.get("H01L").get("degree").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(t.get("G06F").get("degree").asDouble()).isCloseTo(0.6, within(1e-12));
        // hhi: G03F is all Beta's; G06N is Gamma 1 + 1/2, Delta 1, Sky 1, Acme 1/2 of 4
        assertThat(t.get("G03F").get("hhi").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(t.get("G06N").get("hhi").asDouble())
                .isCloseTo(Math.pow(1.5 / 4, 2) + 2 * Math.pow(0.25, 2) + Math.pow(0.5 / 4, 2), within(1e-12));
        assertThat(t.get("H01L").get("claims").asDouble()).isCloseTo((10 + 12 + 7 + 20) / 4.0, within(1e-12));
    }

    @Test
    void keyScoreIsTheTopsisOfTheFamilyScores() throws IOException {
        JsonNode j = json("score");
        JsonNode tech = j.get("technologies");
        List<String> families = List.of("centrality", "dominance", "barrier");
        Map<String, Double> w = weights(j.get("weights").get("key"));
        double[][] v = new double[tech.size()][families.size()];
        for (int f = 0; f < families.size(); f++) {
            double[] y = minMax(column(tech, families.get(f)));
            for (int i = 0; i < y.length; i++) v[i][f] = w.get(families.get(f)) * y[i];
        }
        for (int i = 0; i < v.length; i++) {
            double dPlus = 0;
            double dMinus = 0;
            for (int f = 0; f < families.size(); f++) {
                double hi = Double.NEGATIVE_INFINITY;
                double lo = Double.POSITIVE_INFINITY;
                for (double[] row : v) {
                    hi = Math.max(hi, row[f]);
                    lo = Math.min(lo, row[f]);
                }
                dPlus += Math.pow(v[i][f] - hi, 2);
                dMinus += Math.pow(v[i][f] - lo, 2);
            }
            double expected = Math.sqrt(dMinus) / (Math.sqrt(dPlus) + Math.sqrt(dMinus));
            assertThat(tech.get(i).get("key_score").asDouble())
                    .as(tech.get(i).get("code").asText())
                    .isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void wsumIsTheWeightedSumOfMinMaxNormalisedIndicators() throws IOException {
        JsonNode j = json("score", "--method", "wsum");
        assertThat(j.get("parameters").get("method").asText()).isEqualTo("wsum");
        JsonNode tech = j.get("technologies");
        for (String family : List.of("centrality", "dominance", "barrier", "key")) {
            Map<String, Double> w = weights(j.get("weights").get(family));
            double[] expected = new double[tech.size()];
            w.forEach((column, weight) -> {
                double[] y = minMax(column(tech, column));
                for (int i = 0; i < y.length; i++) expected[i] += weight * y[i];
            });
            double[] actual = column(tech, family.equals("key") ? "key_score" : family);
            assertThat(actual).as(family).containsExactly(expected, within(1e-12));
        }
    }

    // ---------------------------------------------------------------- rank

    @Test
    void rankWithTargetAddsTheChokepointColumnsAndSortsByChokepointScore() throws IOException {
        JsonNode j = json("rank", "--target", "cn");
        assertThat(fieldNames(j))
                .containsExactly(
                        "kct_version",
                        "command",
                        "parameters",
                        "warnings",
                        "weights",
                        "key_top",
                        "min_patents",
                        "technologies",
                        "excluded");
        assertThat(j.get("command").asText()).isEqualTo("rank");
        assertThat(j.get("parameters").get("target").asText()).isEqualTo("CN");
        assertSnakeCaseKeys(j, "$");
        // 6 technologies: the default key set (20 %, at least 10) is capped at all six
        assertThat(j.get("key_top").asInt()).isEqualTo(6);

        JsonNode tech = j.get("technologies");
        assertThat(fieldNames(tech.get(0)))
                .startsWith("rank", "code", "patents")
                .endsWith(
                        "key_score",
                        "key_rank",
                        "leader",
                        "leader_share",
                        "target_share",
                        "target_rta",
                        "chokepoint_score",
                        "class");
        Map<String, Double> share =
                Map.of("B64C", 1.0, "G03F", 0.0, "G05D", 0.5, "G06F", 0.5, "G06N", 1.0, "H01L", 0.0);
        // RTA = (CN's patents in i / CN's 9 patent-technology pairs) / (all patents in i / all 18 pairs)
        Map<String, Double> rta = Map.of(
                "B64C",
                (2 / 9.0) / (2 / 18.0),
                "G03F",
                0.0,
                "G05D",
                (1 / 9.0) / (2 / 18.0),
                "G06F",
                (2 / 9.0) / (4 / 18.0),
                "G06N",
                (4 / 9.0) / (4 / 18.0),
                "H01L",
                0.0);
        double previous = Double.POSITIVE_INFINITY;
        String previousCode = "";
        for (int k = 0; k < tech.size(); k++) {
            JsonNode t = tech.get(k);
            String code = t.get("code").asText();
            assertThat(t.get("rank").asInt()).isEqualTo(k + 1);
            assertThat(t.get("target_share").asDouble()).as(code).isCloseTo(share.get(code), within(1e-12));
            assertThat(t.get("target_rta").asDouble()).as(code).isCloseTo(rta.get(code), within(1e-12));
            double key = t.get("key_score").asDouble();
            double chokepoint = t.get("chokepoint_score").asDouble();
            assertThat(chokepoint).as(code).isCloseTo(key * (1 - share.get(code)), within(1e-12));
            assertThat(chokepoint).as("sorted by chokepoint_score").isLessThanOrEqualTo(previous);
            if (chokepoint == previous) assertThat(code).as("ties by code").isGreaterThan(previousCode);
            previous = chokepoint;
            previousCode = code;
            boolean isKey = t.get("key_rank").asInt() <= 6;
            String expectedClass =
                    isKey ? (rta.get(code) < 1 ? "chokepoint" : "strength") : (rta.get(code) < 1 ? "watch" : "other");
            assertThat(t.get("class").asText()).as(code).isEqualTo(expectedClass);
        }
        assertThat(byCode(tech).get("H01L").get("class").asText()).isEqualTo("chokepoint");
        assertThat(byCode(tech).get("G06N").get("class").asText()).isEqualTo("strength");
    }

    @Test
    void rankWithoutTargetSortsByKeyScoreAndTopKeepsTheFirstRows() throws IOException {
        JsonNode all = json("rank").get("technologies");
        assertThat(all).hasSize(6);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 0; k < all.size(); k++) {
            JsonNode t = all.get(k);
            assertThat(t.has("target_share")).isFalse();
            assertThat(t.get("rank").asInt()).isEqualTo(k + 1);
            assertThat(t.get("key_rank").asInt()).isEqualTo(k + 1);
            assertThat(t.get("key_score").asDouble()).isLessThanOrEqualTo(previous);
            previous = t.get("key_score").asDouble();
        }
        JsonNode top2 = json("rank", "--top", "2").get("technologies");
        assertThat(top2).hasSize(2);
        assertThat(top2.get(0)).isEqualTo(all.get(0));
        assertThat(top2.get(1)).isEqualTo(all.get(1));
        assertThat(json("rank", "--top", "100").get("technologies")).hasSize(6);

        CliRun table = kct("rank", "--index", idx.toString(), "--format", "table", "--top", "3", "--target", "CN");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out().lines().toList())
                .hasSize(4)
                .first()
                .asString()
                .isEqualTo("rank  code  centrality  dominance  barrier  key_score  leader  share  class");
    }

    @Test
    void csvHeaderIsTheJsonFieldNamesAndCellsAreTheJsonValues() throws IOException {
        // a title with a comma and quotes must be quoted as RFC 4180 says
        Path titles = write(
                "titles.txt", "G06F\tELECTRIC DIGITAL DATA PROCESSING, \"quoted\"\nH01L\tSEMICONDUCTOR DEVICES\n");
        for (List<String> options : List.of(
                List.of("score"), List.of("rank", "--target", "CN"), List.of("rank", "--titles", titles.toString()))) {
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("--index", idx.toString()));
            JsonNode tech =
                    JSON.readTree(kct(with(args, "--format", "json")).out()).get("technologies");
            CliRun csv = kct(with(args, "--format", "csv"));
            assertThat(csv.exitCode()).as(csv.err()).isZero();
            List<CsvRecord> rows;
            try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.out())) {
                rows = reader.stream().toList();
            }
            assertThat(rows.get(0).getFields())
                    .as(options.toString())
                    .containsExactlyElementsOf(fieldNames(tech.get(0)));
            assertThat(rows).hasSize(tech.size() + 1);
            for (int r = 1; r < rows.size(); r++) {
                JsonNode t = tech.get(r - 1);
                List<String> names = fieldNames(t);
                for (int c = 0; c < names.size(); c++) {
                    JsonNode v = t.get(names.get(c));
                    String cell = rows.get(r).getField(c);
                    if (v.isNull()) {
                        assertThat(cell).as(names.get(c)).isEmpty();
                    } else if (v.isNumber()) {
                        assertThat(Double.parseDouble(cell)).as(names.get(c)).isEqualTo(v.asDouble());
                    } else {
                        assertThat(cell).as(names.get(c)).isEqualTo(v.asText());
                    }
                }
            }
        }
        String csv = kct("rank", "--index", idx.toString(), "--titles", titles.toString(), "--format", "csv")
                .out();
        assertThat(csv).contains(",G06F,\"ELECTRIC DIGITAL DATA PROCESSING, \"\"quoted\"\"\",4,");
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void indicatorsOptionChoosesEachNamedFamilysMix() throws IOException {
        JsonNode j = json("rank", "--indicators", "betweenness,degree,share,HHI");
        JsonNode mix = j.get("parameters").get("indicators");
        assertThat(mix.get("centrality").toString()).isEqualTo("[\"degree\",\"betweenness\"]");
        assertThat(mix.get("dominance").toString()).isEqualTo("[\"share\"]");
        assertThat(mix.get("barrier").toString()).isEqualTo("[\"hhi\"]");
        assertThat(fieldNames(j.get("weights").get("centrality"))).containsExactly("degree", "betweenness");
        assertThat(weights(j.get("weights").get("dominance"))).containsExactly(Map.entry("share", 1.0));
        assertThat(weights(j.get("weights").get("barrier"))).containsExactly(Map.entry("hhi", 1.0));
        // every indicator is still reported; only the mixes change
        assertThat(j.get("technologies").get(0).has("closeness")).isTrue();
        // the missing ones are in no mix now, but they are still reported (as null) and still named
        assertThat(j.get("technologies").get(0).get("forward_citations").isNull())
                .isTrue();
        assertThat(j.get("warnings").toString()).contains("forward_citations is missing");

        JsonNode onlyCentrality = json("score", "--indicators", "eigenvector");
        assertThat(onlyCentrality
                        .get("parameters")
                        .get("indicators")
                        .get("dominance")
                        .toString())
                .isEqualTo("[\"share\",\"growth\",\"forward_citations\",\"generality\"]");
    }

    @Test
    void weightsOptionTakesAMethodOrFixedWeights() throws IOException {
        JsonNode equal = json("rank", "--weights", "equal");
        assertThat(equal.get("parameters").get("weights").asText()).isEqualTo("equal");
        assertThat(equal.get("parameters").get("family_weights").asText()).isEqualTo("equal");
        assertThat(weights(equal.get("weights").get("centrality")).values()).containsOnly(0.25);
        assertThat(weights(equal.get("weights").get("dominance")).values()).containsOnly(0.5);
        // cr4 is 1 for every technology here: a constant column gets weight 0
        Map<String, Double> barrier = weights(equal.get("weights").get("barrier"));
        assertThat(barrier.get("cr4")).isZero();
        assertThat(barrier.get("hhi")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(weights(equal.get("weights").get("key")).values())
                .allSatisfy(w -> assertThat(w).isCloseTo(1 / 3.0, within(1e-12)));

        JsonNode critic = json("rank", "--weights", "critic");
        JsonNode entropy = json("rank");
        assertThat(critic.get("parameters").get("weights").asText()).isEqualTo("critic");
        assertThat(critic.get("weights").get("centrality"))
                .isNotEqualTo(entropy.get("weights").get("centrality"));
        double sum = weights(critic.get("weights").get("centrality")).values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        assertThat(sum).isCloseTo(1.0, within(1e-9));

        JsonNode fixed = json("rank", "--weights", "degree=2, betweenness=1,share=1,hhi=3");
        assertThat(fixed.get("parameters").get("weights").asText()).isEqualTo("degree=2, betweenness=1,share=1,hhi=3");
        assertThat(fixed.get("parameters").get("family_weights").asText()).isEqualTo("equal");
        Map<String, Double> c = weights(fixed.get("weights").get("centrality"));
        assertThat(c.get("degree")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(c.get("betweenness")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(c.get("closeness")).isZero();
        assertThat(weights(fixed.get("weights").get("dominance")))
                .containsEntry("share", 1.0)
                .containsEntry("growth", 0.0);
        assertThat(weights(fixed.get("weights").get("barrier"))).containsEntry("hhi", 1.0);

        JsonNode families = json("rank", "--family-weights", "centrality=1,dominance=1,barrier=2");
        assertThat(weights(families.get("weights").get("key")))
                .containsExactly(
                        Map.entry("centrality", 0.25), Map.entry("dominance", 0.25), Map.entry("barrier", 0.5));
    }

    @Test
    void aFixedWeightOnAMissingIndicatorIsDroppedWithAWarning() throws IOException {
        CliRun run =
                kct("rank", "--index", idx.toString(), "--format", "json", "--weights", "forward_citations=1,share=1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("warnings").toString()).contains("the fixed weight of forward_citations is dropped");
        assertThat(weights(j.get("weights").get("dominance")))
                .containsEntry("share", 1.0)
                .containsEntry("growth", 0.0);
    }

    @Test
    void vectorNormalisationDividesByTheColumnsEuclideanNorm() throws IOException {
        JsonNode score = json("score", "--normalize", "vector");
        assertThat(score.get("parameters").get("normalize").asText()).isEqualTo("vector");
        double[] degree = column(score.get("technologies"), "degree");
        double norm = Math.sqrt(java.util.Arrays.stream(degree).map(x -> x * x).sum());
        JsonNode explain = json("explain", "H01L", "--normalize", "vector");
        JsonNode d = explain.get("technology")
                .get("families")
                .get("centrality")
                .get("indicators")
                .get("degree");
        assertThat(d.get("value").asDouble()).isEqualTo(0.4);
        assertThat(d.get("normalized").asDouble()).isCloseTo(0.4 / norm, within(1e-12));
        assertThat(explain.get("technology").get("key_score").asDouble())
                .isEqualTo(byCode(score.get("technologies"))
                        .get("H01L")
                        .get("key_score")
                        .asDouble());
    }

    // ---------------------------------------------------------------- explain

    @Test
    void explainShowsHowEachScoreWasFormed() throws IOException {
        // a finer symbol is cut to the level
        JsonNode j = json("explain", "H01L 21/02", "--target", "CN");
        assertThat(fieldNames(j))
                .containsExactly(
                        "kct_version",
                        "command",
                        "parameters",
                        "warnings",
                        "technology",
                        "top_applicants",
                        "top_countries",
                        "partners",
                        "most_cited");
        assertThat(j.get("command").asText()).isEqualTo("explain");
        assertSnakeCaseKeys(j, "$");
        JsonNode t = j.get("technology");
        assertThat(t.get("code").asText()).isEqualTo("H01L");
        assertThat(t.get("patents").asInt()).isEqualTo(4);
        assertThat(t.get("technologies").asInt()).isEqualTo(6);
        JsonNode ranked =
                byCode(json("rank", "--target", "CN").get("technologies")).get("H01L");
        assertThat(t.get("key_score").asDouble())
                .isEqualTo(ranked.get("key_score").asDouble());
        assertThat(t.get("key_rank").asInt()).isEqualTo(ranked.get("key_rank").asInt());
        assertThat(fieldNames(t.get("families"))).containsExactly("centrality", "dominance", "barrier");
        for (JsonNode f : t.get("families")) {
            double dPlus = f.get("d_plus").asDouble();
            double dMinus = f.get("d_minus").asDouble();
            assertThat(f.get("score").asDouble()).isCloseTo(dMinus / (dPlus + dMinus), within(1e-12));
        }
        assertThat(t.get("families").get("centrality").get("score").asDouble())
                .isEqualTo(ranked.get("centrality").asDouble());
        assertThat(fieldNames(t.get("families").get("dominance").get("indicators")))
                .containsExactly("share", "growth");
        assertThat(t.get("target").get("class").asText()).isEqualTo("chokepoint");
        assertThat(t.get("target").get("target_share").asDouble()).isZero();
        assertThat(j.get("top_applicants").toString())
                .isEqualTo(
                        "[{\"name\":\"ACME\",\"patents\":2.0,\"share\":0.5},{\"name\":\"BETA\",\"patents\":2.0,\"share\":0.5}]");
        assertThat(j.get("partners").get(0).get("code").asText()).isEqualTo("G03F");
        assertThat(j.get("partners").get(0).get("patents").asInt()).isEqualTo(2);
        assertThat(j.get("most_cited")).isEmpty();

        CliRun text = kct("explain", "H01L", "--index", idx.toString(), "--format", "table", "-q");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out())
                .startsWith("H01L: 4 patents (minimum support 0); key score ")
                .contains("centrality score ")
                .contains("top applicants")
                .contains("strongest co-occurring technologies");
        CliRun csv = kct("explain", "H01L", "--index", idx.toString(), "--format", "csv", "-q");
        assertThat(csv.out().lines().findFirst()).contains("family,indicator,value,normalized,weight");
        assertThat(csv.out().lines().count()).isEqualTo(1 + 4 + 2 + 4 + 3);
    }

    // ---------------------------------------------------------------- user errors

    @Test
    void userErrorsGiveOneLineTheirExitCodeAndNoStackTrace() {
        String i = idx.toString();
        assertUserError(
                kct("rank", "--index", i, "--target", "CHN"), 2, "--target: 'CHN' is not a two-letter country code");
        assertUserError(kct("score", "--index", i, "--indicators", "degree,bogus"), 2, "unknown indicator 'bogus'");
        assertUserError(kct("score", "--index", i, "--indicators", "target_share"), 2, "never part of a family mix");
        assertUserError(
                kct("rank", "--index", i, "--weights", "share=abc"),
                2,
                "--weights: weight of 'share' is not a number: 'abc'");
        assertUserError(kct("rank", "--index", i, "--weights", "magic"), 2, "--weights: unknown weighting 'magic'");
        assertUserError(
                kct("rank", "--index", i, "--weights", "share=1,pagerank=1"),
                2,
                "--weights: unknown column 'pagerank'");
        assertUserError(
                kct("rank", "--index", i, "--weights", "share=-1"), 2, "--weights: weight of 'share' is negative");
        assertUserError(
                kct("rank", "--index", i, "--family-weights", "centrality=1,bogus=1"),
                2,
                "--family-weights: unknown column 'bogus'");
        assertUserError(
                kct("rank", "--index", i, "--target", "CN", "--key-top", "lots"),
                2,
                "--key-top: key-top must be a count");
        assertUserError(
                kct("rank", "--index", i, "--betweenness-samples", "-1"), 2, "--betweenness-samples: -1 is negative");
        assertUserError(kct("rank", "--index", i, "--min-weight", "NaN"), 2, "--min-weight: NaN is not a weight");
        assertUserError(kct("network", "--index", i, "--min-weight", "-2"), 2, "--min-weight: -2.0 is not a weight");
        assertUserError(kct("stats", "--index", i, "--top", "-3"), 2, "--top: -3 is negative");
        assertUserError(kct("rank", "--index", i, "--threads", "-1"), 2, "--threads: -1 is negative");
        assertUserError(
                kct("rank", "--index", i, "--normalize", "minmax", "--format", "yaml"),
                2,
                "'yaml' is not table, json or csv");
        assertUserError(kct("rank", "--index", i, "--count", "patents"), 2, "'patents' is not documents or families");
        assertUserError(kct("rank", "--index", i, "--method", "median"), 2, "unknown aggregation 'median'");
        assertUserError(kct("rank", "--index", i, "--normalize", "zscore"), 2, "unknown normalisation 'zscore'");
        assertUserError(kct("rank", "--index", i, "--top", "-1"), 2, "--top: -1 is negative");
        assertUserError(kct("explain", "A01B", "--index", i), 3, "A01B has no patents in the selection");
        assertUserError(kct("explain", "H01", "--index", i), 2, "'H01' is coarser than --level subclass");
        assertUserError(
                kct("explain", "H01L", "--level", "group", "--index", i), 2, "'H01L' is coarser than --level group");
        assertUserError(kct("explain", "X99Z", "--index", i), 2, "X99Z");
        assertUserError(kct("score", "--index", dir.resolve("no-such-index").toString()), 4, "no index at");
    }

    // ---------------------------------------------------------------- rank --table

    /** id, a cost column and a benefit column; small enough to rank by hand. */
    static final String TABLE = "id,cost,benefit\nA,1,4\nB,2,2\nC,4,3\n";

    @Test
    void rankTableMatchesATopsisComputedByHand() throws IOException {
        Path table = write("t.csv", TABLE);
        CliRun run =
                kct("rank", "--table", table.toString(), "--cost", "cost", "--weights", "equal", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(fieldNames(j))
                .containsExactly("kct_version", "command", "parameters", "warnings", "weights", "technologies");
        assertThat(j.get("parameters").get("table").asText()).isEqualTo("t.csv");
        assertThat(j.get("parameters").get("cost").toString()).isEqualTo("[\"cost\"]");
        assertThat(weights(j.get("weights"))).containsExactly(Map.entry("cost", 0.5), Map.entry("benefit", 0.5));
        // cost -> max - x = 3, 2, 0 -> min-max 1, 2/3, 0; benefit 4, 2, 3 -> 1, 0, 1/2; v = y / 2
        // ideal (1/2, 1/2), anti-ideal (0, 0):
        //   A (1/2, 1/2): D+ = 0, D- = sqrt(1/2) -> 1
        //   B (1/3, 0):   D+ = sqrt(1/36 + 1/4), D- = 1/3 -> 0.387426
        //   C (0, 1/4):   D+ = sqrt(1/4 + 1/16), D- = 1/4 -> 0.309017
        double b = (1 / 3.0) / (1 / 3.0 + Math.sqrt(1 / 36.0 + 1 / 4.0));
        double c = 0.25 / (0.25 + Math.sqrt(0.25 + 1 / 16.0));
        assertThat(b).isCloseTo(0.387426, within(1e-6));
        assertThat(c).isCloseTo(0.309017, within(1e-6));
        JsonNode tech = j.get("technologies");
        assertThat(codes(tech)).containsExactly("A", "B", "C");
        assertThat(fieldNames(tech.get(0))).containsExactly("rank", "code", "score", "cost", "benefit");
        assertThat(tech.get(0).get("score").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(tech.get(1).get("score").asDouble()).isCloseTo(b, within(1e-12));
        assertThat(tech.get(2).get("score").asDouble()).isCloseTo(c, within(1e-12));
        assertThat(tech.get(1).get("cost").asDouble()).isEqualTo(2.0);

        // without --cost both columns are benefits and C wins: A 0.5, B 0.2171, C 0.6910
        JsonNode benefit =
                JSON.readTree(kct("rank", "--table", table.toString(), "--weights", "equal", "--format", "json")
                        .out());
        assertThat(codes(benefit.get("technologies"))).containsExactly("C", "A", "B");
        assertThat(benefit.get("technologies").get(0).get("score").asDouble())
                .isCloseTo(Math.sqrt(0.3125) / (0.25 + Math.sqrt(0.3125)), within(1e-12));

        // default entropy weights on y = [[1, 1], [2/3, 0], [0, 1/2]]: p = y / column sum, e = -sum p ln p / ln 3
        double e1 = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4)) / Math.log(3);
        double e2 = -((2 / 3.0) * Math.log(2 / 3.0) + (1 / 3.0) * Math.log(1 / 3.0)) / Math.log(3);
        double w1 = (1 - e1) / (2 - e1 - e2);
        double w2 = (1 - e2) / (2 - e1 - e2);
        JsonNode entropy = JSON.readTree(kct("rank", "--table", table.toString(), "--cost", "cost", "--format", "json")
                .out());
        assertThat(weights(entropy.get("weights")).get("cost")).isCloseTo(w1, within(1e-12));
        assertThat(weights(entropy.get("weights")).get("benefit")).isCloseTo(w2, within(1e-12));
        double dPlusB = Math.sqrt(Math.pow(w1 / 3, 2) + Math.pow(w2, 2));
        double dMinusB = 2 * w1 / 3;
        assertThat(byCode(entropy.get("technologies")).get("B").get("score").asDouble())
                .isCloseTo(dMinusB / (dPlusB + dMinusB), within(1e-12));

        CliRun csv =
                kct("rank", "--table", table.toString(), "--cost", "cost", "--weights", "equal", "--format", "csv");
        assertThat(csv.out()).startsWith("rank,code,score,cost,benefit\n1,A,1.0,1.0,4.0\n2,B,0.38742");
        CliRun top = kct("rank", "--table", table.toString(), "--top", "1", "--format", "csv");
        assertThat(top.out().lines().count()).isEqualTo(2);
    }

    @Test
    void rankTableErrorsNameTheFileLineAndColumn() throws IOException {
        Path bad = write("bad.csv", "id,cost,benefit\nA,1,4\nB,2,x2\n");
        assertUserError(kct("rank", "--table", bad.toString()), 3, bad + ":3: column 'benefit': 'x2' is not a number");
        Path table = write("t.csv", TABLE);
        assertUserError(kct("rank", "--table", table.toString(), "--cost", "colour"), 2, "--cost: no column 'colour'");
        assertUserError(kct("rank", "--table", table.toString(), "--index", idx.toString()), 2, "drop --index");
        assertUserError(
                kct("rank", "--table", table.toString(), "--target", "CN"), 2, "--target does not apply to --table");
        assertUserError(kct("rank", "--table", table.toString(), "--weights", "price=1"), 2, "unknown column 'price'");
        assertUserError(kct("rank", "--table", dir.resolve("none.csv").toString()), 4, "none.csv: no such file");
        assertUserError(kct("rank", "--cost", "cost", "--index", idx.toString()), 2, "--cost goes with --table");
        Path oneColumn = write("one.csv", "id\nA\n");
        assertUserError(kct("rank", "--table", oneColumn.toString()), 3, "at least one indicator column");
    }

    // ---------------------------------------------------------------- the 80-column view on the sample

    private static List<String> lines(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().toList();
    }

    private static void assertFitsEightyColumns(List<String> lines) {
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(
                        l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void rankTableViewFitsEightyColumnsWithAndWithoutTitles() throws IOException {
        String s = sampleIdx.toString();
        List<String> plain = lines(kct("rank", "--index", s, "--target", "CN", "--format", "table", "-q"));
        assertFitsEightyColumns(plain);
        assertThat(plain.get(0))
                .isEqualTo("rank  code  centrality  dominance  barrier  key_score  leader  share  class");
        assertThat(plain).hasSize(1 + 282);

        // long titles (longer than a line), one with non-ASCII characters, and codes without a title
        Path titles = write(
                "sample-titles.txt",
                ""
                        + "G06F\tELECTRIC DIGITAL DATA PROCESSING (computer systems based on specific computational models G06N)\n"
                        + "G06Q\tINFORMATION AND COMMUNICATION TECHNOLOGY [ICT] SPECIALLY ADAPTED FOR ADMINISTRATIVE, COMMERCIAL,"
                        + " FINANCIAL, MANAGERIAL OR SUPERVISORY PURPOSES\n"
                        + "H01L\tSEMICONDUCTOR DEVICES; ELECTRIC SOLID-STATE DEVICES NOT OTHERWISE PROVIDED FOR — Halbleiterbauelemente ÄÖÜ\n"
                        + "A61K\tPREPARATIONS FOR MEDICAL, DENTAL OR TOILETRY PURPOSES\n"
                        + "H04W\tWIRELESS COMMUNICATION NETWORKS\n");
        for (String[] options : List.of(new String[] {"--target", "CN"}, new String[0])) {
            List<String> args = new ArrayList<>(
                    List.of("rank", "--index", s, "--format", "table", "-q", "--titles", titles.toString()));
            args.addAll(List.of(options));
            List<String> withTitles = lines(kct(args.toArray(String[]::new)));
            assertFitsEightyColumns(withTitles);
            assertThat(withTitles.get(0)).startsWith("rank  code  title");
            assertThat(withTitles.stream()
                            .filter(l -> l.contains("G06F"))
                            .findFirst()
                            .orElseThrow())
                    .contains("ELECTRIC DIG")
                    .contains("…");
            assertThat(withTitles).hasSize(1 + 282);
        }
        List<String> score =
                lines(kct("score", "--index", s, "--format", "table", "-q", "--titles", titles.toString()));
        assertFitsEightyColumns(score);
        assertFitsEightyColumns(lines(kct("score", "--index", s, "--format", "table", "-q")));
    }

    @Test
    void rankTableWithValuesNearTheLargestDoubleKeepsTheirWeight() throws IOException {
        Path t = dir.resolve("huge.csv");
        Files.writeString(t, "id,a,b\nX,1e308,1\nY,-1e308,2\nZ,0,3\n");
        CliRun run = CliRun.of("rank", "--table", t.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode weights = new ObjectMapper().readTree(run.out()).get("weights");
        assertThat(weights.get("a").asDouble()).isPositive();
    }

    @Test
    void minimumSupportLeavesSmallTechnologiesOutAndZeroRanksAll() throws IOException {
        JsonNode all = json("rank", "--min-patents", "0");
        assertThat(all.get("excluded")).isEmpty();
        assertThat(all.get("min_patents").asInt()).isZero();
        JsonNode some = json("rank", "--min-patents", "3");
        assertThat(some.get("min_patents").asInt()).isEqualTo(3);
        assertThat(some.get("parameters").get("min_patents").asText()).isEqualTo("3");
        int ranked = some.get("technologies").size();
        int excluded = some.get("excluded").size();
        assertThat(excluded).isPositive();
        assertThat(ranked + excluded).isEqualTo(all.get("technologies").size());
        for (JsonNode e : some.get("excluded")) {
            assertThat(e.get("patents").asInt()).isLessThan(3);
            assertThat(e.get("reason").asText()).contains("minimum support");
        }
        for (JsonNode t : some.get("technologies"))
            assertThat(t.get("patents").asInt()).isGreaterThanOrEqualTo(3);
        String small = some.get("excluded").get(0).get("code").asText();
        CliRun explain =
                kct("explain", small, "--index", idx.toString(), "--min-patents", "3", "-q", "--format", "table");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out().lines().findFirst().orElse(""))
                .startsWith(small + ": ")
                .contains("fewer than the minimum support of 3: not ranked and not classified");
        assertThat(explain.out()).contains("top applicants").doesNotContain("key score");
        JsonNode unranked = new ObjectMapper()
                .readTree(
                        kct("explain", small, "--index", idx.toString(), "--min-patents", "3", "-q", "--format", "json")
                                .out())
                .get("technology");
        assertThat(unranked.get("excluded").asBoolean()).isTrue();
        assertThat(unranked.get("min_patents").asInt()).isEqualTo(3);
        assertThat(unranked.has("key_score")).isFalse();
        assertUserError(
                kct("rank", "--index", idx.toString(), "--min-patents", "-1"), 2, "--min-patents: -1 is negative");
    }
}
