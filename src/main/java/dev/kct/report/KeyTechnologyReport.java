package dev.kct.report;

import static dev.kct.indicator.IndicatorCatalogue.TARGET_RTA;
import static dev.kct.indicator.IndicatorCatalogue.TARGET_SHARE;
import static dev.kct.indicator.IndicatorFamily.BARRIER;
import static dev.kct.indicator.IndicatorFamily.CENTRALITY;
import static dev.kct.indicator.IndicatorFamily.DOMINANCE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctVersion;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.indicator.Indicator;
import dev.kct.indicator.IndicatorCatalogue;
import dev.kct.indicator.IndicatorFamily;
import dev.kct.indicator.IndicatorTable;
import dev.kct.ipc.IpcTitles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a {@link KeyTechnologyAnalysis.Result} for {@code kct score} and {@code kct rank}: one row per
 * technology with its patents, every indicator (missing ones empty), the family scores, the key score and
 * rank, and with a target the position, chokepoint score and class; plus the weights used. The same
 * columns feed CSV, JSON and the 80-column text table.
 */
public final class KeyTechnologyReport {

    /** The scored families, in report order. */
    private static final List<String> FAMILIES = Arrays.stream(IndicatorFamily.values())
            .filter(IndicatorFamily::scored)
            .map(IndicatorFamily::id)
            .toList();

    /** The name of the key score's inputs and weights next to the families' (JSON {@code weights.key}). */
    static final String KEY = "key";

    private static final String KEY_SCORE = "key_score";
    private static final String KEY_RANK = "key_rank";
    private static final String CLASS = "class";

    private final KeyTechnologyAnalysis.Result result;
    private final RankUncertainty.Result uncertainty;
    private final IpcTitles titles;
    private final boolean withTitles;

    /** @param uncertainty rank intervals and acceptabilities of {@code result}, or null when none were asked for */
    public KeyTechnologyReport(
            KeyTechnologyAnalysis.Result result,
            RankUncertainty.Result uncertainty,
            IpcTitles titles,
            boolean withTitles) {
        this.result = result;
        this.uncertainty = uncertainty;
        this.titles = titles;
        this.withTitles = withTitles;
    }

    /** Every column: ranked ({@code kct rank}) rows in report order, else rows in code order. */
    public ResultTable table(boolean ranked, int top) {
        List<ResultTable.Column> cols = new ArrayList<>();
        if (ranked) cols.add(ResultTable.Column.number("rank", 0));
        cols.add(ResultTable.Column.text("code"));
        if (withTitles) cols.add(ResultTable.Column.text("title"));
        cols.add(ResultTable.Column.number("patents", 0));
        List<String> indicators = indicatorColumns();
        indicators.forEach(n -> cols.add(ResultTable.Column.number(n, 4)));
        FAMILIES.forEach(f -> cols.add(ResultTable.Column.number(f, 3)));
        cols.add(ResultTable.Column.number(KEY_SCORE, 3));
        cols.add(ResultTable.Column.number(KEY_RANK, 0));
        cols.add(ResultTable.Column.text(LEADER));
        cols.add(ResultTable.Column.number(LEADER_SHARE, 3));
        if (result.hasTarget()) {
            cols.add(ResultTable.Column.number(TARGET_SHARE.name(), 3));
            cols.add(ResultTable.Column.number(TARGET_RTA.name(), 3));
            cols.add(ResultTable.Column.number("chokepoint_score", 3));
            cols.add(ResultTable.Column.text(CLASS));
        }
        UncertaintyColumns uncertain = new UncertaintyColumns(uncertainty, result.hasTarget());
        cols.addAll(uncertain.columns());
        ResultTable t = new ResultTable(cols);
        IndicatorTable ind = result.indicators();
        int[] rows = ranked ? result.order() : identity(ind.size());
        int limit = top > 0 ? Math.min(top, rows.length) : rows.length;
        for (int k = 0; k < limit; k++) {
            int i = rows[k];
            List<Object> cells = new ArrayList<>();
            if (ranked) cells.add(k + 1);
            cells.add(ind.code(i));
            if (withTitles) cells.add(titles.title(ind.code(i)));
            cells.add(ind.patents(i));
            for (String n : indicators) cells.add(ind.has(n) ? ind.value(n, i) : null);
            for (String f : FAMILIES) {
                double[] s = result.scores().familyScore(f);
                cells.add(s == null ? null : s[i]);
            }
            cells.add(result.scores().keyScore()[i]);
            cells.add(result.scores().keyRank()[i]);
            cells.add(result.leader()[i]);
            cells.add(result.leaderShare()[i]);
            if (result.hasTarget()) {
                cells.add(ind.value(TARGET_SHARE.name(), i));
                cells.add(ind.value(TARGET_RTA.name(), i));
                cells.add(result.chokepointScore()[i]);
                cells.add(result.classes()[i].id());
            }
            uncertain.addCells(i, cells);
            t.add(cells.toArray());
        }
        return t;
    }

    /** The country with the largest share of a technology, and that share (docs/METHODS.md, "Chokepoints"). */
    public static final String LEADER = "leader";

    public static final String LEADER_SHARE = "leader_share";

    /** Width of the terminal view: lines never exceed it (titles are cut to fit). */
    public static final int LINE_WIDTH = 80;

    /** Below this title width the terminal view switches to short headers to leave the title more room. */
    private static final int SHORT_HEADERS_BELOW = 20;

    /** The least a title is cut to. */
    private static final int MIN_TITLE = 8;

    /**
     * Short headers of the terminal view when titles need the room: centr = centrality, domin = dominance,
     * barr = barrier, key = key_score, share = target_share, krank = key_rank, lead = leader (JSON and CSV keep the
     * full names). When even those do not fit (the uncertainty columns take room), the family columns go, barrier first.
     */
    private static final Map<String, String> SHORT = Map.of(
            CENTRALITY.id(),
            "centr",
            DOMINANCE.id(),
            "domin",
            BARRIER.id(),
            "barr",
            KEY_SCORE,
            "key",
            TARGET_SHARE.name(),
            "share",
            KEY_RANK,
            "krank",
            LEADER,
            "lead");

    private List<String> terminalColumns(boolean ranked) {
        List<String> names = new ArrayList<>(ranked ? List.of("rank", "code") : List.of("code"));
        if (!ranked) names.add("patents");
        names.addAll(FAMILIES);
        names.add(KEY_SCORE);
        if (!ranked) names.add(KEY_RANK);
        if (ranked) names.add(LEADER);
        if (ranked && result.hasTarget()) names.addAll(List.of(TARGET_SHARE.name(), CLASS));
        if (ranked) names.addAll(UncertaintyColumns.terminalColumns(result.hasTarget()));
        return names;
    }

    /**
     * Writes the terminal view in at most {@link #LINE_WIDTH} columns: without titles the columns fit as they
     * are; with titles the title gets what the other columns leave (with short headers if that is little).
     */
    public void writeText(ResultTable table, PrintWriter out, boolean ranked) {
        ResultTable full = UncertaintyColumns.terminal(table);
        List<String> names = terminalColumns(ranked);
        int titleRoom = withTitles ? SHORT_HEADERS_BELOW + 2 : 0;
        Map<String, String> headers = Map.of(TARGET_SHARE.name(), "share");
        if (width(full, names, headers) + titleRoom > LINE_WIDTH) headers = SHORT;
        int least = withTitles ? MIN_TITLE + 2 : 0;
        for (String family : List.of(BARRIER.id(), DOMINANCE.id(), CENTRALITY.id())) {
            if (width(full, names, headers) + least <= LINE_WIDTH) break;
            names.remove(family);
        }
        if (!withTitles) {
            TextTableWriter.write(full.select(names).renamed(headers), out, 40);
            return;
        }
        int room = LINE_WIDTH - width(full, names, headers) - 2;
        names.add(names.indexOf("code") + 1, "title");
        TextTableWriter.write(full.select(names).renamed(headers), out, 40, Map.of("title", Math.max(MIN_TITLE, room)));
    }

    private static int width(ResultTable full, List<String> names, Map<String, String> headers) {
        return TextTableWriter.lineWidth(full.select(names).renamed(headers), 40);
    }

    /**
     * The {@code kct score} / {@code kct rank} JSON document. {@code key_top} is there only with a target;
     * each technology is one row of {@link #table}, keyed by column name (the columns depend on the run).
     */
    public record Document(
            @JsonProperty("kct_version") String kctVersion,
            String command,
            Map<String, Object> parameters,
            List<String> warnings,
            Map<String, Map<String, Double>> weights,

            @JsonProperty("key_top") @JsonInclude(JsonInclude.Include.NON_NULL)
            Integer keyTop,

            @JsonProperty("min_patents") int minPatents,
            List<Map<String, Object>> technologies,
            List<Excluded> excluded) {}

    /** A technology below minimum support, in the JSON's {@code excluded} list. */
    public record Excluded(String code, int patents, String reason) {}

    /** The JSON document: version, command, parameters, warnings, weights, technologies. */
    public Document json(String command, Map<String, Object> parameters, List<String> warnings, ResultTable table) {
        return new Document(
                KctVersion.get(),
                command,
                parameters,
                warnings,
                weights(),
                result.hasTarget() ? result.keyTop() : null,
                result.minPatents(),
                JsonResultWriter.rows(table).stream()
                        .map(UncertaintyColumns::nested)
                        .toList(),
                result.excluded().stream()
                        .map(e -> new Excluded(
                                e.code(),
                                e.patents(),
                                "fewer than " + result.minPatents() + " patents in the selection (minimum support)"))
                        .toList());
    }

    /** Weights inside each family and across families ({@code key}). */
    public Map<String, Map<String, Double>> weights() {
        Map<String, Map<String, Double>> w = new LinkedHashMap<>();
        result.scores().families().forEach((name, r) -> w.put(name, r.weightsByColumn()));
        w.put(KEY, result.scores().key().weightsByColumn());
        return w;
    }

    /** Indicator columns present in the table, in catalogue order (position indicators come separately). */
    private List<String> indicatorColumns() {
        List<String> out = new ArrayList<>();
        for (Indicator i : IndicatorCatalogue.all()) {
            if (i.family() == IndicatorFamily.POSITION) continue;
            if (result.indicators().has(i.name()) || result.indicators().isMissing(i.name())) out.add(i.name());
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
