package dev.kct.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.KctVersion;
import dev.kct.indicator.CorpusStats;
import dev.kct.indicator.CorpusStats.Count;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsReportTest {

    private static final CorpusStats STATS = new CorpusStats(
            4,
            2,
            2,
            1,
            2019,
            2020,
            1,
            List.of(new Count("H01L", 3, 0.75), new Count("G06F", 1, 0.25)),
            List.of(new Count("2019", 1, 0.25), new Count("2020", 3, 0.75)),
            List.of(new Count("US", 3, 0.75)),
            List.of(new Count("ACME", 3, 0.75), new Count("BETA", 1, 0.25)));

    private final StatsReport report = new StatsReport(STATS, Map.of("ACME", List.of("Acme Inc.", "ACME")), "subclass");

    @Test
    void jsonFollowsTheStatsSchema() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("level", "subclass");
        parameters.put("top", 2);
        StringWriter out = new StringWriter();
        JsonResultWriter.write(report.json(parameters, List.of("a warning")), out);
        assertThat(out.toString()).isEqualTo("""
                {
                  "kct_version" : "%s",
                  "command" : "stats",
                  "parameters" : {
                    "level" : "subclass",
                    "top" : 2
                  },
                  "warnings" : [
                    "a warning"
                  ],
                  "patents" : 4,
                  "technologies" : 2,
                  "applicants" : 2,
                  "countries" : 1,
                  "first_year" : 2019,
                  "last_year" : 2020,
                  "patents_without_country" : 1,
                  "top" : [
                    {
                      "code" : "H01L",
                      "patents" : 3,
                      "share" : 0.75
                    },
                    {
                      "code" : "G06F",
                      "patents" : 1,
                      "share" : 0.25
                    }
                  ],
                  "by_year" : [
                    {
                      "year" : 2019,
                      "patents" : 1,
                      "share" : 0.25
                    },
                    {
                      "year" : 2020,
                      "patents" : 3,
                      "share" : 0.75
                    }
                  ],
                  "by_country" : [
                    {
                      "country" : "US",
                      "patents" : 3,
                      "share" : 0.75
                    }
                  ],
                  "top_applicants" : [
                    {
                      "applicant" : "ACME",
                      "patents" : 3,
                      "share" : 0.75,
                      "variants" : [
                        "Acme Inc.",
                        "ACME"
                      ]
                    },
                    {
                      "applicant" : "BETA",
                      "patents" : 1,
                      "share" : 0.25,
                      "variants" : [ ]
                    }
                  ]
                }
                """.formatted(KctVersion.get()));
    }

    @Test
    void tableAndTextShowTheTopTechnologiesAndTheVariants() {
        assertThat(report.table().rows()).extracting(r -> r[0]).containsExactly("H01L", "G06F");
        StringWriter text = new StringWriter();
        report.writeText(new PrintWriter(text));
        assertThat(text.toString())
                .startsWith("patents 4   technologies 2 (subclass)   applicants 2   countries 1   years 2019–2020")
                .contains("By country (first applicant); 1 without country", "Acme Inc. | ACME");
    }
}
