package dev.kct.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, "done when": technologies of one to three patents, each held by one foreign firm, added to a generated
 * corpus are neither flagged nor among the 20 most key, and the corpus's own chokepoints still come first. Without
 * minimum support ({@code --min-patents 0}) the same planted technologies do reach the top, so the test can fail.
 */
class MinimumSupportTest {

    @TempDir
    Path dir;

    private static final Set<String> PLANTED = Set.of("F27B", "B68G", "G21J", "F41J", "B61J");

    private Path corpus() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("samples/patents.csv")));
        String[] codes = {"F27B 1/00", "B68G 5/00", "G21J 3/00", "F41J 1/00", "B61J 1/00"};
        int id = 0;
        for (int t = 0; t < codes.length; t++) {
            for (int k = 0; k <= t % 3; k++) {
                lines.add("XX" + (id++) + "A," + codes[t] + ",2019-01-0" + (k + 1) + ",,,,LONE FIRM " + t + " GMBH,DE,,"
                        + (40 + t) + "," + (30 + t) + ",A lone invention,");
            }
        }
        Path f = dir.resolve("planted.csv");
        Files.write(f, lines);
        return f;
    }

    private static JsonNode rank(Path csv, String... extra) throws IOException {
        List<String> args =
                new ArrayList<>(List.of("rank", "-q", csv.toString(), "--target", "CN", "--format", "json"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> byKeyRank(JsonNode doc, int n) {
        List<JsonNode> rows = new ArrayList<>();
        doc.get("technologies").forEach(rows::add);
        rows.sort((a, b) ->
                Integer.compare(a.get("key_rank").asInt(), b.get("key_rank").asInt()));
        return rows.stream().limit(n).map(r -> r.get("code").asText()).toList();
    }

    private static List<String> chokepoints(JsonNode doc, int n) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : doc.get("technologies")) {
            if (t.get("class").asText().equals("chokepoint") && out.size() < n)
                out.add(t.get("code").asText());
        }
        return out;
    }

    @Test
    void plantedTinyForeignTechnologiesAreNeitherKeyNorFlagged() throws IOException {
        Path planted = corpus();
        JsonNode withSupport = rank(planted);
        assertThat(byKeyRank(withSupport, 20)).doesNotContainAnyElementsOf(PLANTED);
        assertThat(chokepoints(withSupport, 1000)).doesNotContainAnyElementsOf(PLANTED);
        List<String> excluded = new ArrayList<>();
        withSupport.get("excluded").forEach(e -> excluded.add(e.get("code").asText()));
        assertThat(excluded).containsAll(PLANTED);

        JsonNode plain = rank(Path.of("samples/patents.csv"));
        assertThat(chokepoints(withSupport, 5)).isEqualTo(chokepoints(plain, 5));

        JsonNode withoutSupport = rank(planted, "--min-patents", "0");
        assertThat(byKeyRank(withoutSupport, 20))
                .as("without minimum support the planted ones rise")
                .containsAnyElementsOf(PLANTED);
    }
}
