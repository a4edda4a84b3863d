package dev.kct.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctVersion;
import dev.kct.analysis.Bursts;
import dev.kct.analysis.Trend;
import dev.kct.ipc.IpcTitles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays out a {@link Trend.Result} for {@code kct trend} (docs/DESIGN.md, "Output schema"): JSON with the periods and
 * one object per technology (trajectory, slopes, bursts, one cell per period), CSV in long form (one row per
 * technology and period), and a terminal table of class marks per period that fits 100 columns.
 */
public final class TrendReport {

    /** Trajectories in the order the table lists them. */
    private static final List<String> TRAJECTORIES = List.of(
            "emerging_chokepoint",
            "persistent_chokepoint",
            "resolved",
            "declining",
            "new_strength",
            "persistent_strength",
            "other");

    private static final Map<String, String> MARKS = Map.of(
            "chokepoint",
            "C",
            "strength",
            "S",
            "watch",
            "w",
            "other",
            "o",
            "excluded",
            "x",
            "absent",
            "-",
            "ranked",
            "r");

    private final Trend.Result result;
    private final IpcTitles titles;
    private final boolean withTitles;

    public TrendReport(Trend.Result result, IpcTitles titles, boolean withTitles) {
        this.result = result;
        this.titles = titles;
        this.withTitles = withTitles;
    }

    /** The JSON document. */
    public record Document(
            @JsonProperty("kct_version") String kctVersion,
            String command,
            Map<String, Object> parameters,
            List<String> warnings,
            Map<String, Map<String, Double>> weights,
            List<PeriodInfo> periods,
            List<Technology> technologies) {}

    /** A period: {@code period} is exactly {@code FROM-TO}. */
    public record PeriodInfo(String period, int from, int to, int patents) {}

    /** One technology over the periods; {@code title} only with {@code --titles}. */
    public record Technology(
            String code,
            @JsonInclude(JsonInclude.Include.NON_NULL) String title,
            String trajectory,
            @JsonProperty("key_score_slope") double keyScoreSlope,
            @JsonProperty("target_share_slope") double targetShareSlope,
            List<Burst> bursts,
            List<Cell> periods) {}

    /** A burst of the yearly counts: years {@code from}–{@code to}, and its strength (Kleinberg's weight). */
    public record Burst(int from, int to, double strength) {}

    /** The technology in one period; {@code class} is {@code absent}, {@code excluded} or the period's class. */
    public record Cell(
            String period,
            int patents,
            @JsonProperty("key_score") Double keyScore,
            @JsonProperty("key_rank") Integer keyRank,
            @JsonProperty("target_share") Double targetShare,
            @JsonProperty("target_rta") Double targetRta,
            @JsonProperty("chokepoint_score") Double chokepointScore,
            @JsonProperty("class") String chokepointClass,

            @JsonProperty("rank_low") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer rankLow,

            @JsonProperty("rank_median") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer rankMedian,

            @JsonProperty("rank_high") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer rankHigh,

            @JsonProperty("p_key") @JsonInclude(JsonInclude.Include.NON_NULL)
            Double pKey,

            @JsonProperty("p_chokepoint") @JsonInclude(JsonInclude.Include.NON_NULL)
            Double pChokepoint) {}

    public Document json(Map<String, Object> parameters, List<String> warnings) {
        List<PeriodInfo> periods = new ArrayList<>();
        for (int p = 0; p < result.periods().size(); p++) {
            Trend.Period period = result.periods().get(p);
            periods.add(new PeriodInfo(period.id(), period.from(), period.to(), result.patents()[p]));
        }
        List<Technology> technologies = new ArrayList<>();
        for (Trend.Line line : result.lines()) {
            List<Cell> cells = new ArrayList<>();
            for (int p = 0; p < line.cells().size(); p++)
                cells.add(cell(result.periods().get(p), line.cells().get(p)));
            technologies.add(new Technology(
                    line.code(),
                    withTitles ? titles.title(line.code()) : null,
                    line.trajectory(),
                    line.keyScoreSlope(),
                    line.targetShareSlope(),
                    line.bursts().stream()
                            .map(b -> new Burst(b.from(), b.to(), b.weight()))
                            .toList(),
                    cells));
        }
        return new Document(KctVersion.get(), "trend", parameters, warnings, result.weights(), periods, technologies);
    }

    private static Cell cell(Trend.Period period, Trend.Cell c) {
        String cls = c.status().equals("ranked") ? null : c.status();
        Trend.Interval i = c.interval();
        return new Cell(
                period.id(),
                c.patents(),
                c.keyScore(),
                c.keyRank(),
                c.targetShare(),
                c.targetRta(),
                c.chokepointScore(),
                cls,
                i == null ? null : i.rankLow(),
                i == null ? null : i.rankMedian(),
                i == null ? null : i.rankHigh(),
                i == null ? null : i.pKey(),
                i == null ? null : i.pChokepoint());
    }

    /** The long-form table: one row per technology and period, trajectory, slopes and bursts repeated. */
    public ResultTable table() {
        List<ResultTable.Column> cols = new ArrayList<>(List.of(
                ResultTable.Column.text("code"),
                ResultTable.Column.text("trajectory"),
                ResultTable.Column.number("key_score_slope", 4),
                ResultTable.Column.number("target_share_slope", 4),
                ResultTable.Column.text("bursts"),
                ResultTable.Column.text("period"),
                ResultTable.Column.number("patents", 0),
                ResultTable.Column.number("key_score", 3),
                ResultTable.Column.number("key_rank", 0),
                ResultTable.Column.number("target_share", 3),
                ResultTable.Column.number("target_rta", 3),
                ResultTable.Column.number("chokepoint_score", 3),
                ResultTable.Column.text("class")));
        if (withTitles) cols.add(1, ResultTable.Column.text("title"));
        ResultTable t = new ResultTable(cols);
        for (Trend.Line line : result.lines()) {
            for (int p = 0; p < line.cells().size(); p++) {
                Cell c = cell(result.periods().get(p), line.cells().get(p));
                List<Object> row = new ArrayList<>(List.of(line.code()));
                if (withTitles) row.add(titles.title(line.code()));
                row.add(line.trajectory());
                row.add(line.keyScoreSlope());
                row.add(line.targetShareSlope());
                row.add(bursts(line.bursts()));
                row.add(c.period());
                row.add(c.patents());
                row.add(c.keyScore());
                row.add(c.keyRank());
                row.add(c.targetShare());
                row.add(c.targetRta());
                row.add(c.chokepointScore());
                row.add(c.chokepointClass());
                t.add(row.toArray());
            }
        }
        return t;
    }

    private static String bursts(List<Bursts.Burst> bursts) {
        return bursts.stream()
                .map(b -> (b.from() == b.to() ? "" + b.from() : b.from() + "-" + b.to()))
                .collect(Collectors.joining(" "));
    }

    /**
     * The terminal view: one row per technology ranked in some period, sorted by trajectory then by the last
     * period's chokepoint (else key) score; marks per period: C chokepoint, S strength, w watch, o other (r ranked
     * without a target), x below minimum support, - absent.
     *
     * @param top at most this many rows (0 = all)
     */
    public void writeText(PrintWriter out, int top) {
        List<Trend.Line> lines = new ArrayList<>(result.lines().stream()
                .filter(l -> l.cells().stream().anyMatch(c -> c.keyScore() != null))
                .toList());
        lines.sort(Comparator.comparingInt(
                        (Trend.Line l) -> l.trajectory() == null ? 0 : TRAJECTORIES.indexOf(l.trajectory()))
                .thenComparing(
                        Comparator.comparingDouble(TrendReport::lastScore).reversed())
                .thenComparing(Trend.Line::code));
        if (top > 0 && lines.size() > top) lines = lines.subList(0, top);
        List<String> periods = result.periods().stream().map(Trend.Period::id).toList();
        List<ResultTable.Column> cols = new ArrayList<>(List.of(ResultTable.Column.text("code")));
        if (withTitles) cols.add(ResultTable.Column.text("title"));
        cols.add(ResultTable.Column.text("classes"));
        cols.add(ResultTable.Column.text("trajectory"));
        cols.add(ResultTable.Column.text("bursts"));
        ResultTable t = new ResultTable(cols);
        for (Trend.Line l : lines) {
            List<Object> row = new ArrayList<>(List.of(l.code()));
            if (withTitles) row.add(titles.title(l.code()));
            row.add(l.cells().stream().map(c -> MARKS.get(c.status())).collect(Collectors.joining(" ")));
            row.add(l.trajectory() == null ? "" : l.trajectory());
            row.add(bursts(l.bursts()));
            t.add(row.toArray());
        }
        out.println("periods: " + String.join(", ", periods));
        out.println("marks: C chokepoint, S strength, w watch, o other, x below minimum support, - absent");
        TextTableWriter.write(t, out, 40, withTitles ? Map.of("title", 30) : Map.of());
        out.flush();
    }

    private static double lastScore(Trend.Line l) {
        Trend.Cell last = l.cells().get(l.cells().size() - 1);
        if (last.chokepointScore() != null) return last.chokepointScore();
        return last.keyScore() == null ? -1 : last.keyScore();
    }
}
