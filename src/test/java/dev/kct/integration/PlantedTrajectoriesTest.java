package dev.kct.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "done when": planted into the generated sample, a technology that appears late and US-held (fusion, G21B)
 * is an emerging chokepoint for China, one held by US firms first and by Chinese firms last (wind, F03D) is resolved,
 * one that is key early and fades (optical discs, G11B) is declining; the sample's persistent chokepoints stay so.
 * Each planted patent also holds three of the sample's central technologies, so that the planted ones are central
 * where they have patents.
 */
class PlantedTrajectoriesTest {

    @TempDir
    Path dir;

    private static final String[] CENTRAL = {
        "G06F 3/00",
        "H01L 21/00",
        "H04L 9/00",
        "G06N 3/00",
        "H01M 4/00",
        "G06Q 10/00",
        "A61K 9/00",
        "B60W 10/00",
        "G06T 7/00",
        "H04W 4/00"
    };

    private final SplittableRandom random = new SplittableRandom(11);
    private final List<String> rows = new ArrayList<>();

    private void plant(int count, String code, int from, int to, String country, String... firms) {
        for (int i = 0; i < count; i++) {
            List<String> codes = new ArrayList<>(List.of(code));
            while (codes.size() < 4) {
                String c = CENTRAL[random.nextInt(CENTRAL.length)];
                if (!codes.contains(c)) codes.add(c);
            }
            int year = from + random.nextInt(to - from + 1);
            rows.add(String.format(
                    "PLANT%05dA,%s,%d-%02d-%02d,,,,%s,%s,,15,3,Planted invention,",
                    rows.size(),
                    String.join(";", codes),
                    year,
                    1 + random.nextInt(12),
                    1 + random.nextInt(28),
                    firms[random.nextInt(firms.length)],
                    country));
        }
    }

    @Test
    void plantedTechnologiesGetTheirTrajectories() throws IOException {
        plant(250, "G21B 1/00", 2020, 2024, "US", "FUSION ONE INC", "TOKAMAK CORP");
        plant(150, "F03D 1/00", 2005, 2009, "US", "WINDCO INC", "GALE CORP");
        plant(350, "F03D 1/00", 2020, 2024, "CN", "CN WIND CO LTD", "HAN FENG GROUP");
        plant(200, "G11B 7/00", 2005, 2009, "JP", "DISC MAKER KK", "OPTIMEDIA GMBH");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("samples/patents.csv")));
        lines.addAll(rows);
        Path csv = dir.resolve("planted.csv");
        Files.write(csv, lines);

        CliRun run = CliRun.of("trend", "-q", csv.toString(), "--window", "5", "--target", "CN", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> trajectory = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(run.out()).get("technologies")) {
            trajectory.put(t.get("code").asText(), t.get("trajectory").asText());
        }
        assertThat(trajectory.get("G21B")).isEqualTo("emerging_chokepoint");
        assertThat(trajectory.get("F03D")).isEqualTo("resolved");
        assertThat(trajectory.get("G11B")).isEqualTo("declining");
        assertThat(trajectory.get("H01L")).isEqualTo("persistent_chokepoint");
        assertThat(trajectory.get("A61K")).isEqualTo("persistent_chokepoint");
    }
}
