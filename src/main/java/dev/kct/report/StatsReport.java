package dev.kct.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctVersion;
import dev.kct.indicator.CorpusStats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Lays out {@link CorpusStats} for {@code kct stats}: the JSON document ({@link Document}), the CSV table
 * (top technologies) and the text view (summary line, then top technologies, countries, years and
 * applicants with their spelling variants).
 */
public final class StatsReport {

    private final CorpusStats stats;
    private final Map<String, List<String>> variants;
    private final String level;

    /**
     * @param variants spellings of each top applicant (by normalised key), as the index holds them
     * @param level    id of the technology level counted, for the summary line
     */
    public StatsReport(CorpusStats stats, Map<String, List<String>> variants, String level) {
        this.stats = stats;
        this.variants = variants;
        this.level = level;
    }

    /** The {@code kct stats} JSON document; {@code parameters} come from the command line as they are. */
    public record Document(
            @JsonProperty("kct_version") String kctVersion,
            String command,
            Map<String, Object> parameters,
            List<String> warnings,
            int patents,
            int technologies,
            int applicants,
            int countries,
            @JsonProperty("first_year") int firstYear,
            @JsonProperty("last_year") int lastYear,
            @JsonProperty("patents_without_country") int patentsWithoutCountry,
            List<CodeCount> top,
            @JsonProperty("by_year") List<YearCount> byYear,
            @JsonProperty("by_country") List<CountryCount> byCountry,
            @JsonProperty("top_applicants") List<ApplicantCount> topApplicants) {}

    /** Patents of a technology and their share of the selection. */
    public record CodeCount(String code, int patents, double share) {}

    /** Patents of a year and their share of the selection. */
    public record YearCount(int year, int patents, double share) {}

    /** Patents of a country (first applicant's) and their share of the selection. */
    public record CountryCount(String country, int patents, double share) {}

    /** Patents of an applicant, their share of the selection, and the applicant's spellings. */
    public record ApplicantCount(String applicant, int patents, double share, List<String> variants) {}

    public Document json(Map<String, Object> parameters, List<String> warnings) {
        CorpusStats s = stats;
        return new Document(
                KctVersion.get(),
                "stats",
                parameters,
                warnings,
                s.patents(),
                s.technologies(),
                s.applicants(),
                s.countries(),
                s.firstYear(),
                s.lastYear(),
                s.withoutCountry(),
                s.top().stream()
                        .map(c -> new CodeCount(c.code(), c.patents(), c.share()))
                        .toList(),
                s.byYear().stream()
                        .map(c -> new YearCount(Integer.parseInt(c.code()), c.patents(), c.share()))
                        .toList(),
                s.byCountry().stream()
                        .map(c -> new CountryCount(c.code(), c.patents(), c.share()))
                        .toList(),
                s.topApplicants().stream()
                        .map(c -> new ApplicantCount(
                                c.code(), c.patents(), c.share(), variants.getOrDefault(c.code(), List.of())))
                        .toList());
    }

    /** The top technologies: {@code code,patents,share}. */
    public ResultTable table() {
        return counts(stats.top());
    }

    /** The text view for a terminal. */
    public void writeText(PrintWriter out) {
        CorpusStats s = stats;
        out.printf(
                "patents %d   technologies %d (%s)   applicants %d   countries %d   years %d–%d%n",
                s.patents(), s.technologies(), level, s.applicants(), s.countries(), s.firstYear(), s.lastYear());
        out.println();
        out.println("Top technologies");
        TextTableWriter.write(counts(s.top()), out, 40);
        out.println();
        out.println("By country (first applicant)"
                + (s.withoutCountry() > 0 ? "; " + s.withoutCountry() + " without country" : ""));
        TextTableWriter.write(counts(s.byCountry()), out, 40);
        out.println();
        out.println("By year");
        TextTableWriter.write(counts(s.byYear()), out, 40);
        out.println();
        out.println("Top applicants");
        ResultTable apps = new ResultTable(List.of(
                ResultTable.Column.text("applicant"),
                ResultTable.Column.number("patents", 0),
                ResultTable.Column.number("share", 4),
                ResultTable.Column.text("variants")));
        for (CorpusStats.Count c : s.topApplicants()) {
            List<String> v = variants.getOrDefault(c.code(), List.of());
            apps.add(c.code(), c.patents(), c.share(), v.size() <= 1 ? "" : String.join(" | ", v));
        }
        TextTableWriter.write(apps, out, 60);
    }

    private static ResultTable counts(List<CorpusStats.Count> counts) {
        ResultTable t = new ResultTable(List.of(
                ResultTable.Column.text("code"),
                ResultTable.Column.number("patents", 0),
                ResultTable.Column.number("share", 4)));
        counts.forEach(c -> t.add(c.code(), c.patents(), c.share()));
        return t;
    }
}
