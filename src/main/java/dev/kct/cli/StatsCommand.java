package dev.kct.cli;

import dev.kct.KctVersion;
import dev.kct.indicator.CorpusStats;
import dev.kct.report.ResultTable;
import dev.kct.report.TextTableWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kct stats}: counts by technology, year, country and applicant. */
@Command(header = "Counts by technology, year, country and applicant.", name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts patents, technologies, applicants, countries and years;",
            "top technologies and applicants, and patents by year and by country."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataInput input;

    @Mixin
    FilterOptions filter;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Length of the top lists. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        List<String> warnings = new ArrayList<>();
        CorpusStats stats;
        Map<String, List<String>> variants;
        try (DataInput.Opened data = input.open(diag)) {
            FilterOptions.Loaded loaded = filter.load(data.index(), warnings);
            stats = CorpusStats.of(loaded.table(), top);
            variants = data.index().applicantVariants(stats.topApplicants().stream().map(CorpusStats.Count::code).toList());
        }
        warnings.forEach(diag::warn);
        ResultTable topTable = counts(stats.top());
        output.emit(json(stats, variants, warnings), topTable, out -> text(out, stats, variants));
        return ExitCode.OK.code();
    }

    private Map<String, Object> json(CorpusStats s, Map<String, List<String>> variants, List<String> warnings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kct_version", KctVersion.get());
        doc.put("command", "stats");
        Map<String, Object> params = filter.parameters();
        params.put("top", top);
        doc.put("parameters", params);
        doc.put("warnings", warnings);
        doc.put("patents", s.patents());
        doc.put("technologies", s.technologies());
        doc.put("applicants", s.applicants());
        doc.put("countries", s.countries());
        doc.put("first_year", s.firstYear());
        doc.put("last_year", s.lastYear());
        doc.put("patents_without_country", s.withoutCountry());
        doc.put("top", rows(s.top(), "code"));
        doc.put("by_year", rows(s.byYear(), "year"));
        doc.put("by_country", rows(s.byCountry(), "country"));
        List<Map<String, Object>> applicants = rows(s.topApplicants(), "applicant");
        for (Map<String, Object> a : applicants) a.put("variants", variants.getOrDefault((String) a.get("applicant"), List.of()));
        doc.put("top_applicants", applicants);
        return doc;
    }

    private static List<Map<String, Object>> rows(List<CorpusStats.Count> counts, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CorpusStats.Count c : counts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, key.equals("year") ? (Object) Integer.parseInt(c.code()) : c.code());
            m.put("patents", c.patents());
            m.put("share", c.share());
            out.add(m);
        }
        return out;
    }

    private static ResultTable counts(List<CorpusStats.Count> counts) {
        ResultTable t = new ResultTable(List.of(ResultTable.Column.text("code"),
                ResultTable.Column.number("patents", 0), ResultTable.Column.number("share", 4)));
        counts.forEach(c -> t.add(c.code(), c.patents(), c.share()));
        return t;
    }

    private void text(PrintWriter out, CorpusStats s, Map<String, List<String>> variants) {
        out.printf("patents %d   technologies %d (%s)   applicants %d   countries %d   years %d–%d%n",
                s.patents(), s.technologies(), filter.level.id(), s.applicants(), s.countries(), s.firstYear(), s.lastYear());
        out.println();
        out.println("Top technologies");
        TextTableWriter.write(counts(s.top()), out, 40);
        out.println();
        out.println("By country (first applicant)" + (s.withoutCountry() > 0 ? "; " + s.withoutCountry() + " without country" : ""));
        TextTableWriter.write(counts(s.byCountry()), out, 40);
        out.println();
        out.println("By year");
        TextTableWriter.write(counts(s.byYear()), out, 40);
        out.println();
        out.println("Top applicants");
        ResultTable apps = new ResultTable(List.of(ResultTable.Column.text("applicant"),
                ResultTable.Column.number("patents", 0), ResultTable.Column.number("share", 4),
                ResultTable.Column.text("variants")));
        for (CorpusStats.Count c : s.topApplicants()) {
            List<String> v = variants.getOrDefault(c.code(), List.of());
            apps.add(c.code(), c.patents(), c.share(), v.size() <= 1 ? "" : String.join(" | ", v));
        }
        TextTableWriter.write(apps, out, 60);
    }
}
