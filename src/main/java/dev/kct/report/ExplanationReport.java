package dev.kct.report;

import dev.kct.KctVersion;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.indicator.TechnologyProfile;
import dev.kct.rank.FamilyScorer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How one technology's scores were formed ({@code kct explain}): for each family its indicators with raw
 * and normalised values and weights, and the TOPSIS distances (or weighted sum) that gave the family
 * score; the same for the key score over the three families; its position for a target country; and who
 * and what stands behind it (top applicants, countries, partners, most-cited patents).
 */
public final class ExplanationReport {

    private final KeyTechnologyAnalysis.Result result;
    private final int row;
    private final String title;
    private final TechnologyProfile profile;
    private final Function<String, String> patentTitle;

    /**
     * @param patentTitle title of a patent id, or null when unknown (for the most-cited list)
     */
    public ExplanationReport(KeyTechnologyAnalysis.Result result, int row, String title, TechnologyProfile profile,
                             Function<String, String> patentTitle) {
        this.result = result;
        this.row = row;
        this.title = title;
        this.profile = profile;
        this.patentTitle = patentTitle;
    }

    public Map<String, Object> json(Map<String, Object> parameters, List<String> warnings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kct_version", KctVersion.get());
        doc.put("command", "explain");
        doc.put("parameters", parameters);
        doc.put("warnings", warnings);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("code", result.codes()[row]);
        t.put("title", title);
        t.put("patents", result.indicators().patents(row));
        t.put("key_score", result.scores().keyScore()[row]);
        t.put("key_rank", result.scores().keyRank()[row]);
        t.put("technologies", result.codes().length);
        Map<String, Object> families = new LinkedHashMap<>();
        result.scores().families().forEach((name, r) -> families.put(name, scoring(r, true)));
        t.put("families", families);
        t.put("key", scoring(result.scores().key(), false));
        if (result.hasTarget()) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("target_share", result.indicators().value("target_share", row));
            target.put("target_rta", result.indicators().value("target_rta", row));
            target.put("chokepoint_score", result.chokepointScore()[row]);
            target.put("class", result.classes()[row].id());
            target.put("key_top", result.keyTop());
            t.put("target", target);
        }
        doc.put("technology", t);
        doc.put("top_applicants", holders(profile.applicants()));
        doc.put("top_countries", holders(profile.countries()));
        List<Map<String, Object>> partners = new ArrayList<>();
        for (TechnologyProfile.Partner p : profile.partners()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("patents", p.patents());
            m.put("share", p.share());
            partners.add(m);
        }
        doc.put("partners", partners);
        List<Map<String, Object>> cited = new ArrayList<>();
        for (TechnologyProfile.CitedPatent c : profile.mostCited()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("year", c.year());
            m.put("forward_citations", c.forwardCitations());
            m.put("title", patentTitle.apply(c.id()));
            cited.add(m);
        }
        doc.put("most_cited", cited);
        return doc;
    }

    /** One row per score input: {@code family,indicator,value,normalized,weight}, then the key score's inputs. */
    public ResultTable table() {
        ResultTable t = new ResultTable(List.of(ResultTable.Column.text("family"), ResultTable.Column.text("indicator"),
                ResultTable.Column.number("value", 5), ResultTable.Column.number("normalized", 4),
                ResultTable.Column.number("weight", 4)));
        result.scores().families().forEach((name, r) -> {
            for (int j = 0; j < r.columns().size(); j++) {
                t.add(name, r.columns().get(j), result.indicators().value(r.columns().get(j), row), r.normalized()[row][j],
                        r.weights()[j]);
            }
        });
        FamilyScorer.Result key = result.scores().key();
        for (int j = 0; j < key.columns().size(); j++) {
            t.add("key", key.columns().get(j), result.scores().familyScore(key.columns().get(j))[row],
                    key.normalized()[row][j], key.weights()[j]);
        }
        return t;
    }

    private Map<String, Object> scoring(FamilyScorer.Result r, boolean indicators) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", r.scores()[row]);
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int j = 0; j < r.columns().size(); j++) {
            String name = r.columns().get(j);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("value", indicators ? result.indicators().value(name, row) : result.scores().familyScore(name)[row]);
            c.put("normalized", r.normalized()[row][j]);
            c.put("weight", r.weights()[j]);
            inputs.put(name, c);
        }
        m.put(indicators ? "indicators" : "families", inputs);
        r.topsis().ifPresent(t -> {
            m.put("d_plus", t.dPlus()[row]);
            m.put("d_minus", t.dMinus()[row]);
        });
        return m;
    }

    private static List<Map<String, Object>> holders(List<TechnologyProfile.Holder> holders) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TechnologyProfile.Holder h : holders) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", h.code());
            m.put("patents", h.patents());
            m.put("share", h.share());
            out.add(m);
        }
        return out;
    }

    /** A readable account for a terminal. */
    public void writeText(PrintWriter out) {
        String code = result.codes()[row];
        out.printf(Locale.ROOT, "%s%s: %d patents; key score %.3f, rank %d of %d%n", code,
                title == null ? "" : " (" + title + ")", result.indicators().patents(row),
                result.scores().keyScore()[row], result.scores().keyRank()[row], result.codes().length);
        if (result.hasTarget()) {
            out.printf(Locale.ROOT, "target share %.3f, RTA %.3f, chokepoint score %.3f: %s (key = top %d)%n",
                    result.indicators().value("target_share", row), result.indicators().value("target_rta", row),
                    result.chokepointScore()[row], result.classes()[row].id(), result.keyTop());
        }
        result.scores().families().forEach((name, r) -> {
            out.println();
            out.printf(Locale.ROOT, "%s score %.3f%s%n", name, r.scores()[row], distances(r));
            writeInputs(out, r, true);
        });
        out.println();
        FamilyScorer.Result key = result.scores().key();
        out.printf(Locale.ROOT, "key score %.3f%s%n", key.scores()[row], distances(key));
        writeInputs(out, key, false);
        section(out, "top applicants", profile.applicants().stream()
                .map(h -> String.format(Locale.ROOT, "%-40s %8.1f  %5.1f%%", h.code(), h.patents(), 100 * h.share())).toList());
        section(out, "top countries", profile.countries().stream()
                .map(h -> String.format(Locale.ROOT, "%-40s %8.1f  %5.1f%%", h.code(), h.patents(), 100 * h.share())).toList());
        section(out, "strongest co-occurring technologies", profile.partners().stream()
                .map(p -> String.format(Locale.ROOT, "%-40s %8d  %5.1f%%", p.code(), p.patents(), 100 * p.share())).toList());
        section(out, "most cited patents (citations inside the selection)", profile.mostCited().stream()
                .map(c -> String.format(Locale.ROOT, "%-18s %4d %4d  %s", c.id(), c.year(), c.forwardCitations(),
                        cut(patentTitle.apply(c.id())))).toList());
        out.flush();
    }

    private String distances(FamilyScorer.Result r) {
        return r.topsis().map(t -> String.format(Locale.ROOT, " = D- / (D+ + D-) with D+ %.4f, D- %.4f",
                t.dPlus()[row], t.dMinus()[row])).orElse(" = sum of weight x normalised value");
    }

    private void writeInputs(PrintWriter out, FamilyScorer.Result r, boolean indicators) {
        out.printf("  %-18s %12s %10s %8s%n", indicators ? "indicator" : "family", "value", "normalised", "weight");
        for (int j = 0; j < r.columns().size(); j++) {
            String name = r.columns().get(j);
            double v = indicators ? result.indicators().value(name, row) : result.scores().familyScore(name)[row];
            out.printf(Locale.ROOT, "  %-18s %12.5g %10.4f %8.4f%n", name, v, r.normalized()[row][j], r.weights()[j]);
        }
    }

    private static void section(PrintWriter out, String heading, List<String> lines) {
        out.println();
        out.println(heading);
        if (lines.isEmpty()) out.println("  (none)");
        lines.forEach(l -> out.println("  " + l));
    }

    private static String cut(String s) {
        if (s == null) return "";
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
