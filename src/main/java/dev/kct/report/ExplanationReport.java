package dev.kct.report;

import static dev.kct.indicator.IndicatorCatalogue.TARGET_RTA;
import static dev.kct.indicator.IndicatorCatalogue.TARGET_SHARE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctVersion;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.indicator.TechnologyProfile;
import dev.kct.rank.FamilyScorer;
import dev.kct.rank.RankStatistics;
import dev.kct.rank.Smaa;
import java.io.PrintWriter;
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
    private final RankUncertainty.Result uncertainty;
    private final String code;
    private final int row;
    private final String title;
    private final TechnologyProfile profile;
    private final Function<String, String> patentTitle;

    /**
     * @param uncertainty rank intervals and acceptabilities, or null when none were asked for
     * @param code        the technology
     * @param row         its row in {@code result}, or −1 when it is below minimum support (excluded: it has no
     *                    scores, only its support and who holds it)
     * @param patentTitle title of a patent id, or null when unknown (for the most-cited list)
     */
    public ExplanationReport(
            KeyTechnologyAnalysis.Result result,
            RankUncertainty.Result uncertainty,
            String code,
            int row,
            String title,
            TechnologyProfile profile,
            Function<String, String> patentTitle) {
        this.result = result;
        this.uncertainty = uncertainty;
        this.code = code;
        this.row = row;
        this.title = title;
        this.profile = profile;
        this.patentTitle = patentTitle;
    }

    private boolean excluded() {
        return row < 0;
    }

    /** The {@code kct explain} JSON document; {@code parameters} come from the command line as they are. */
    public record Document(
            @JsonProperty("kct_version") String kctVersion,
            String command,
            Map<String, Object> parameters,
            List<String> warnings,
            Technology technology,
            @JsonProperty("top_applicants") List<Holder> topApplicants,
            @JsonProperty("top_countries") List<Holder> topCountries,
            List<Partner> partners,
            @JsonProperty("most_cited") List<CitedPatent> mostCited) {}

    /**
     * The technology's support and scores: each family's and the key score's inputs; {@code target} only with a
     * target country, {@code uncertainty} only with {@code --bootstrap} or {@code --weight-samples}. A technology
     * below minimum support is {@code excluded}: its scores, rank and target are null and left out. {@code title}
     * is null when unknown.
     */
    public record Technology(
            String code,
            String title,
            int patents,
            @JsonProperty("min_patents") int minPatents,
            boolean excluded,

            @JsonProperty("key_score") @JsonInclude(JsonInclude.Include.NON_NULL)
            Double keyScore,

            @JsonProperty("key_rank") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer keyRank,

            int technologies,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Scoring> families,
            @JsonInclude(JsonInclude.Include.NON_NULL) Scoring key,
            @JsonInclude(JsonInclude.Include.NON_NULL) Target target,
            @JsonInclude(JsonInclude.Include.NON_NULL) Uncertainty uncertainty) {}

    /**
     * How certain the rank is (docs/METHODS.md, "Rank uncertainty"): the bootstrap part with {@code --bootstrap},
     * the SMAA part with {@code --weight-samples}, {@code smaa_confidence} with both; the rest null and left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Uncertainty(
            Integer resamples,
            Double confidence,
            @JsonProperty("rank_low") Integer rankLow,
            @JsonProperty("rank_median") Integer rankMedian,
            @JsonProperty("rank_high") Integer rankHigh,
            @JsonProperty("p_key") Double pKey,
            @JsonProperty("p_chokepoint") Double pChokepoint,
            Boolean unstable,
            @JsonProperty("weight_samples") Integer weightSamples,
            @JsonProperty("smaa_key_acceptability") Double smaaKeyAcceptability,
            @JsonProperty("smaa_rank_acceptability") double[] smaaRankAcceptability,
            @JsonProperty("smaa_central_weights") Map<String, Double> smaaCentralWeights,
            @JsonProperty("smaa_confidence") Double smaaConfidence) {}

    /**
     * How one score was made: its inputs by name ({@code indicators} for a family score, {@code families} for
     * the key score; the other is null and left out) and, for TOPSIS, the distances to the ideal points.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scoring(
            double score,
            Map<String, Input> indicators,
            Map<String, Input> families,
            @JsonProperty("d_plus") Double dPlus,
            @JsonProperty("d_minus") Double dMinus) {}

    /** One input of a score: its raw value, normalised value and weight. */
    public record Input(double value, double normalized, double weight) {}

    /** The technology's position for the target country. */
    public record Target(
            @JsonProperty("target_share") double targetShare,
            @JsonProperty("target_rta") double targetRta,
            @JsonProperty("chokepoint_score") double chokepointScore,
            @JsonProperty("class") String chokepointClass,
            @JsonProperty("key_top") int keyTop) {}

    /** An applicant or country with its patents and share in the technology. */
    public record Holder(String name, double patents, double share) {}

    /** A co-occurring technology with the patents shared and their share. */
    public record Partner(String code, int patents, double share) {}

    /** A much-cited patent of the technology; {@code title} is null when unknown. */
    public record CitedPatent(
            String id,
            int year,
            @JsonProperty("forward_citations") int forwardCitations,
            String title) {}

    public Document json(Map<String, Object> parameters, List<String> warnings) {
        Map<String, Scoring> families = null;
        Target target = null;
        Technology technology;
        if (excluded()) {
            technology = new Technology(
                    code,
                    title,
                    profile.patents(),
                    result.minPatents(),
                    true,
                    null,
                    null,
                    result.codes().length,
                    null,
                    null,
                    null,
                    null);
        } else {
            families = new LinkedHashMap<>();
            for (Map.Entry<String, FamilyScorer.Result> f :
                    result.scores().families().entrySet()) {
                families.put(f.getKey(), scoring(f.getValue(), true));
            }
            if (result.hasTarget()) {
                target = new Target(
                        result.indicators().value(TARGET_SHARE.name(), row),
                        result.indicators().value(TARGET_RTA.name(), row),
                        result.chokepointScore()[row],
                        result.classes()[row].id(),
                        result.keyTop());
            }
            technology = new Technology(
                    code,
                    title,
                    result.indicators().patents(row),
                    result.minPatents(),
                    false,
                    result.scores().keyScore()[row],
                    result.scores().keyRank()[row],
                    result.codes().length,
                    families,
                    scoring(result.scores().key(), false),
                    target,
                    uncertainty());
        }
        return new Document(
                KctVersion.get(),
                "explain",
                parameters,
                warnings,
                technology,
                holders(profile.applicants()),
                holders(profile.countries()),
                profile.partners().stream()
                        .map(p -> new Partner(p.code(), p.patents(), p.share()))
                        .toList(),
                profile.mostCited().stream()
                        .map(c -> new CitedPatent(c.id(), c.year(), c.forwardCitations(), patentTitle.apply(c.id())))
                        .toList());
    }

    private Uncertainty uncertainty() {
        if (uncertainty == null) return null;
        RankStatistics.Result b = uncertainty.bootstrap();
        Smaa.Result smaa = uncertainty.smaa();
        Map<String, Double> central = null;
        if (smaa != null && smaa.centralWeights()[row] != null) {
            central = new LinkedHashMap<>();
            List<String> names = result.scores().key().columns();
            for (int j = 0; j < names.size(); j++) central.put(names.get(j), smaa.centralWeights()[row][j]);
        }
        double[] confidence = uncertainty.smaaConfidence();
        return new Uncertainty(
                b == null ? null : b.resamples(),
                b == null ? null : b.confidence(),
                b == null ? null : b.rankLow()[row],
                b == null ? null : b.rankMedian()[row],
                b == null ? null : b.rankHigh()[row],
                b == null ? null : b.pKey()[row],
                b == null || b.pChokepoint() == null ? null : b.pChokepoint()[row],
                b == null ? null : uncertainty.unstable()[row],
                smaa == null ? null : smaa.samples(),
                smaa == null ? null : smaa.keyAcceptability()[row],
                smaa == null ? null : smaa.rankAcceptability()[row],
                central,
                confidence == null || Double.isNaN(confidence[row]) ? null : confidence[row]);
    }

    /**
     * One row per score input: {@code family,indicator,value,normalized,weight}, then the key score's inputs; for
     * an excluded technology no rows (it has no scores).
     */
    public ResultTable table() {
        ResultTable t = new ResultTable(List.of(
                ResultTable.Column.text("family"),
                ResultTable.Column.text("indicator"),
                ResultTable.Column.number("value", 5),
                ResultTable.Column.number("normalized", 4),
                ResultTable.Column.number("weight", 4)));
        if (excluded()) return t;
        result.scores().families().forEach((name, r) -> {
            for (int j = 0; j < r.columns().size(); j++) {
                t.add(
                        name,
                        r.columns().get(j),
                        result.indicators().value(r.columns().get(j), row),
                        r.normalized()[row][j],
                        r.weights()[j]);
            }
        });
        FamilyScorer.Result key = result.scores().key();
        for (int j = 0; j < key.columns().size(); j++) {
            t.add(
                    KeyTechnologyReport.KEY,
                    key.columns().get(j),
                    result.scores().familyScore(key.columns().get(j))[row],
                    key.normalized()[row][j],
                    key.weights()[j]);
        }
        return t;
    }

    private Scoring scoring(FamilyScorer.Result r, boolean indicators) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (int j = 0; j < r.columns().size(); j++) {
            String name = r.columns().get(j);
            double value = indicators
                    ? result.indicators().value(name, row)
                    : result.scores().familyScore(name)[row];
            inputs.put(name, new Input(value, r.normalized()[row][j], r.weights()[j]));
        }
        Double dPlus = r.topsis().map(t -> t.dPlus()[row]).orElse(null);
        Double dMinus = r.topsis().map(t -> t.dMinus()[row]).orElse(null);
        return new Scoring(r.scores()[row], indicators ? inputs : null, indicators ? null : inputs, dPlus, dMinus);
    }

    private static List<Holder> holders(List<TechnologyProfile.Holder> holders) {
        return holders.stream()
                .map(h -> new Holder(h.code(), h.patents(), h.share()))
                .toList();
    }

    /** A readable account for a terminal. */
    public void writeText(PrintWriter out) {
        if (excluded()) {
            out.printf(
                    Locale.ROOT,
                    "%s%s: %d patents, fewer than the minimum support of %d: not ranked and not classified"
                            + " (--min-patents %d or less ranks it)%n",
                    code,
                    title == null ? "" : " (" + title + ")",
                    profile.patents(),
                    result.minPatents(),
                    profile.patents());
        } else {
            writeScores(out);
        }
        section(
                out,
                "top applicants",
                profile.applicants().stream()
                        .map(h -> String.format(
                                Locale.ROOT, "%-40s %8.1f  %5.1f%%", h.code(), h.patents(), 100 * h.share()))
                        .toList());
        section(
                out,
                "top countries",
                profile.countries().stream()
                        .map(h -> String.format(
                                Locale.ROOT, "%-40s %8.1f  %5.1f%%", h.code(), h.patents(), 100 * h.share()))
                        .toList());
        section(
                out,
                "strongest co-occurring technologies",
                profile.partners().stream()
                        .map(p -> String.format(
                                Locale.ROOT, "%-40s %8d  %5.1f%%", p.code(), p.patents(), 100 * p.share()))
                        .toList());
        section(
                out,
                "most cited patents (citations inside the selection)",
                profile.mostCited().stream()
                        .map(c -> String.format(
                                Locale.ROOT,
                                "%-18s %4d %4d  %s",
                                c.id(),
                                c.year(),
                                c.forwardCitations(),
                                cut(patentTitle.apply(c.id()))))
                        .toList());
        out.flush();
    }

    private void writeScores(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s%s: %d patents (minimum support %d); key score %.3f, rank %d of %d%n",
                code,
                title == null ? "" : " (" + title + ")",
                result.indicators().patents(row),
                result.minPatents(),
                result.scores().keyScore()[row],
                result.scores().keyRank()[row],
                result.codes().length);
        if (result.hasTarget()) {
            out.printf(
                    Locale.ROOT,
                    "target share %.3f, RTA %.3f, chokepoint score %.3f: %s (key = top %d)%n",
                    result.indicators().value(TARGET_SHARE.name(), row),
                    result.indicators().value(TARGET_RTA.name(), row),
                    result.chokepointScore()[row],
                    result.classes()[row].id(),
                    result.keyTop());
        }
        writeUncertainty(out);
        result.scores().families().forEach((name, r) -> {
            out.println();
            out.printf(Locale.ROOT, "%s score %.3f%s%n", name, r.scores()[row], distances(r));
            writeInputs(out, r, true);
        });
        out.println();
        FamilyScorer.Result key = result.scores().key();
        out.printf(Locale.ROOT, "key score %.3f%s%n", key.scores()[row], distances(key));
        writeInputs(out, key, false);
    }

    private void writeUncertainty(PrintWriter out) {
        Uncertainty u = uncertainty();
        if (u == null) return;
        if (u.resamples() != null) {
            out.printf(
                    Locale.ROOT,
                    "bootstrap, %d resamples: rank %d-%d (%.0f%% interval), median %d; key in %.0f%% of resamples%s%s%n",
                    u.resamples(),
                    u.rankLow(),
                    u.rankHigh(),
                    100 * u.confidence(),
                    u.rankMedian(),
                    100 * u.pKey(),
                    u.pChokepoint() == null
                            ? ""
                            : String.format(Locale.ROOT, ", a chokepoint in %.0f%%", 100 * u.pChokepoint()),
                    u.unstable() ? "; not stable" : "");
        }
        if (u.weightSamples() != null) {
            out.printf(
                    Locale.ROOT,
                    "weights (SMAA-2, %d samples): key in %.0f%% of them; share of samples giving rank r:%n",
                    u.weightSamples(),
                    100 * u.smaaKeyAcceptability());
            double[] ranks = u.smaaRankAcceptability();
            for (int r = 0; r < ranks.length; r++) {
                out.printf(Locale.ROOT, "  %3d: %.3f", r + 1, ranks[r]);
                if (r % 6 == 5 || r == ranks.length - 1) out.println();
            }
            if (u.smaaCentralWeights() != null) {
                StringBuilder w = new StringBuilder();
                u.smaaCentralWeights()
                        .forEach((f, v) -> w.append(w.length() == 0 ? "" : ", ")
                                .append(String.format(Locale.ROOT, "%s %.3f", f, v)));
                out.printf(
                        Locale.ROOT,
                        "  central weights (mean of the samples ranking it first): %s%n%s",
                        w,
                        u.smaaConfidence() == null
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "  confidence factor: first at its central weights in %.0f%% of resamples%n",
                                        100 * u.smaaConfidence()));
            }
        }
    }

    private String distances(FamilyScorer.Result r) {
        return r.topsis()
                .map(t -> String.format(
                        Locale.ROOT, " = D- / (D+ + D-) with D+ %.4f, D- %.4f", t.dPlus()[row], t.dMinus()[row]))
                .orElse(" = sum of weight x normalised value");
    }

    private void writeInputs(PrintWriter out, FamilyScorer.Result r, boolean indicators) {
        out.printf("  %-18s %12s %10s %8s%n", indicators ? "indicator" : "family", "value", "normalised", "weight");
        for (int j = 0; j < r.columns().size(); j++) {
            String name = r.columns().get(j);
            double v = indicators
                    ? result.indicators().value(name, row)
                    : result.scores().familyScore(name)[row];
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
