package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kct report} on the bundled sample, checked as a document (no browser: {@code scripts/check-report} renders
 * it in headless Chromium): every section is there, everything is inline and nothing points off the file, the data
 * embedded is {@code rank}'s JSON, the cards are {@code explain}'s and, with periods, section 6 is {@code trend}'s
 * JSON; section 1 names what was read (files and their formats, or the index); the same input gives the same bytes.
 */
class ReportCommandTest {

    private static final String SAMPLE = "samples/patents.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECTIONS =
            List.of("analysed", "map", "ranking", "contributions", "network", "trend", "cards", "methods");

    private static final String PERIODS = "2005-2009,2010-2014,2015-2019,2020-2024";

    @TempDir
    static Path dir;

    static Path index;

    /** The report with --bootstrap, made once. */
    static String page;

    @BeforeAll
    static void reportOfTheSample() throws IOException {
        index = dir.resolve("idx");
        CliRun indexed = CliRun.of("index", "-q", "--index", index.toString(), SAMPLE);
        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        page = report("boot.html", "--bootstrap", "5");
    }

    private static String report(String name, String... options) throws IOException {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(
                List.of("report", "-q", "--index", index.toString(), "--target", "CN", "-o", out.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-q", "--index", index.toString(), "--target", "CN", "--format", "json"));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    /** The JSON object the page's script reads. */
    private static JsonNode data(String html) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"kct-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("the embedded data").isTrue();
        return JSON.readTree(m.group(1));
    }

    @Test
    void everySectionIsThereInOrderWithItsChart() {
        int last = -1;
        for (String id : SECTIONS) {
            int at = page.indexOf("<section id=\"" + id + "\"");
            assertThat(at).as("section " + id).isGreaterThan(last);
            last = at;
        }
        for (String chart : List.of("chart-map", "chart-intervals", "chart-contributions", "chart-network")) {
            assertThat(page).contains("id=\"" + chart + "\"");
        }
        assertThat(page).contains("docs/METHODS.md", "How to read this report", "<title>Key and chokepoint");
    }

    @Test
    void everythingIsInlineAndNothingLeavesTheFile() throws IOException {
        String echarts;
        try (var in = ReportCommandTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js")) {
            echarts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // ECharts inlined as it is, once; the rest of the page is checked without it (its code names img, svg, …)
        assertThat(count(page, echarts)).isEqualTo(1);
        String rest = page.replace(echarts, "");
        assertThat(rest)
                .startsWith("<!DOCTYPE html>")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .doesNotContainPattern("<script[^>]*\\bsrc\\s*=")
                .doesNotContainPattern("<link\\b")
                .doesNotContainPattern("<(img|iframe|embed|object|video|audio|source)\\b")
                .doesNotContainPattern("(?i)\\b(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//")
                .doesNotContainPattern("(?i)url\\(\\s*[\"']?\\s*(https?:)?//")
                .doesNotContainPattern("(?i)@import");
        // every script element closes where it should: as many closings as openings, the data one included
        assertThat(count(rest, "<script")).isEqualTo(count(rest, "</script>")).isEqualTo(4);
        assertThat(page.length()).isGreaterThan(1_000_000);
    }

    @Test
    void theDataEmbeddedIsRanksJsonAndTheCardsAreExplains() throws IOException {
        JsonNode data = data(page);
        JsonNode rank = json("rank", "--bootstrap", "5");
        assertThat(data.get("rank")).isEqualTo(rank);
        assertThat(data.get("command").asText()).isEqualTo("report");
        assertThat(data.get("target").asText()).isEqualTo("CN");
        assertThat(data.get("corpus").get("units").asInt()).isEqualTo(20000);

        // the cards: the first chokepoints in rank order, each what explain shows
        List<String> chokepoints = new ArrayList<>();
        for (JsonNode t : rank.get("technologies")) {
            if (t.get("class").asText().equals("chokepoint") && chokepoints.size() < 10) {
                chokepoints.add(t.get("code").asText());
            }
        }
        List<String> cards = new ArrayList<>();
        data.get("cards").forEach(c -> cards.add(c.get("technology").get("code").asText()));
        assertThat(cards).isEqualTo(chokepoints).hasSize(10);
        JsonNode card = data.get("cards").get(0);
        JsonNode explain = json("explain", chokepoints.get(0), "--bootstrap", "5", "--top", "5");
        for (String field : List.of("technology", "top_applicants", "top_countries", "partners", "most_cited")) {
            assertThat(card.get(field)).as(field).isEqualTo(explain.get(field));
        }

        // the charts' data: the top 20 in rank order, links only among them
        assertThat(data.get("contributions")).hasSize(20);
        assertThat(data.get("network").get("nodes")).hasSize(20);
        List<String> top = new ArrayList<>();
        data.get("network").get("nodes").forEach(n -> top.add(n.get("code").asText()));
        for (int k = 0; k < 20; k++) {
            assertThat(top.get(k))
                    .isEqualTo(rank.get("technologies").get(k).get("code").asText());
        }
        assertThat(data.get("network").get("links")).isNotEmpty().allSatisfy(l -> {
            assertThat(top).contains(l.get("source").asText(), l.get("target").asText());
            assertThat(l.get("weight").asDouble()).isPositive();
        });
    }

    @Test
    void withPeriodsTheTrendEmbeddedIsTrendsJson() throws IOException {
        // --periods, documents; the selection is loaded patent by patent (no aggregates cache), rank's JSON unchanged
        JsonNode data = data(report("periods.html", "--periods", PERIODS));
        assertThat(data.get("trend")).isEqualTo(json("trend", "--periods", PERIODS));
        assertThat(data.get("rank")).isEqualTo(json("rank"));
        assertThat(data.get("trend").get("periods")).hasSize(4);
        assertThat(data.get("trend").get("technologies")).isNotEmpty();

        // --window and --step, weights per period, families: trend's options and semantics
        String[] window = {"--window", "4", "--step", "5", "--weights-from", "each", "--count", "families"};
        JsonNode families = data(report("window.html", window));
        List<String> args = new ArrayList<>(List.of("trend"));
        args.addAll(List.of(window));
        assertThat(families.get("trend")).isEqualTo(json(args.toArray(String[]::new)));
        assertThat(families.get("rank")).isEqualTo(json("rank", "--count", "families"));
        assertThat(families.get("trend").get("parameters").get("periods").toString())
                .isEqualTo("[\"2005-2008\",\"2010-2013\",\"2015-2018\",\"2020-2023\"]");
    }

    @Test
    void withoutPeriodsSectionSixSaysHowToGetIt() throws IOException {
        JsonNode data = data(page);
        assertThat(data.has("trend")).isFalse();
        assertThat(page).contains("<section id=\"trend\"", "id=\"chart-trend\"", "--periods 2005-2009,2010-2014");
    }

    @Test
    void sectionOneNamesTheInputFilesWithTheirFormatsOrTheIndex() throws IOException {
        assertThat(data(page).get("inputs").toString()).isEqualTo("[{\"kind\":\"index\",\"name\":\"idx\"}]");
        assertThat(data(page).has("records")).isFalse();

        Path out = dir.resolve("files.html");
        CliRun run = CliRun.of("report", "-q", SAMPLE, "--target", "CN", "--top", "5", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode data = data(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(data.get("inputs").toString())
                .isEqualTo("[{\"kind\":\"file\",\"name\":\"patents.csv\",\"format\":\"canonical\"}]");
        assertThat(data.get("records").toString()).isEqualTo("{\"read\":20000,\"indexed\":20000,\"rejected\":0}");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        String once = report("a.html");
        String again = report("b.html");
        assertThat(again).isEqualTo(once);
        assertThat(once).doesNotContain(dir.toString()).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:");
        assertThat(data(once).get("rank").get("technologies").get(0).has("rank_low"))
                .isFalse();
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.of("report", "-q", SAMPLE, "-o", dir.resolve("x.html").toString())
                        .exitCode())
                .as("no --target")
                .isEqualTo(2);
        assertThat(CliRun.of("report", "-q", SAMPLE, "--target", "CN", "--format", "json")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("report", "-q", SAMPLE, "--target", "CN", "--top", "0")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("report", "-q", SAMPLE, "--target", "CN", "--weights-from", "each")
                        .exitCode())
                .as("a period option without periods")
                .isEqualTo(2);
        assertThat(CliRun.of(
                                "report",
                                "-q",
                                SAMPLE,
                                "--target",
                                "CN",
                                "--periods",
                                "2005-2009",
                                "--weight-samples",
                                "5")
                        .exitCode())
                .as("--weight-samples does not apply to trend")
                .isEqualTo(2);
        assertThat(CliRun.of("report", "-q", "--aggregates", dir.toString(), "--target", "CN", "--periods", "2005-2009")
                        .exitCode())
                .as("periods need patents")
                .isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) n++;
        return n;
    }
}
