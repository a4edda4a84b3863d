package dev.kct.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctVersion;
import dev.kct.analysis.TableRanking;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The result of {@code rank --table}: one row per alternative (rank, code, score, its values), JSON and text. */
public final class TableRankingReport {

    /** The JSON document. */
    public record Document(
            @JsonProperty("kct_version") String kctVersion,
            String command,
            Map<String, Object> parameters,
            List<String> warnings,
            Map<String, Double> weights,
            List<Map<String, Object>> technologies) {}

    private final TableRanking.Result result;
    private final ResultTable table;

    /** @param top only the first {@code top} rows; 0 for all */
    public TableRankingReport(TableRanking.Result result, int top) {
        this.result = result;
        List<ResultTable.Column> cols = new ArrayList<>(List.of(
                ResultTable.Column.number("rank", 0),
                ResultTable.Column.text("code"),
                ResultTable.Column.number("score", 4)));
        result.columns().forEach(c -> cols.add(ResultTable.Column.number(c, 4)));
        table = new ResultTable(cols);
        int[] order = result.order();
        int limit = top > 0 ? Math.min(top, order.length) : order.length;
        for (int k = 0; k < limit; k++) {
            int i = order[k];
            List<Object> cells = new ArrayList<>(
                    List.of(k + 1, result.ids()[i], result.scores().scores()[i]));
            for (double v : result.values()[i]) cells.add(v);
            table.add(cells.toArray());
        }
    }

    public ResultTable table() {
        return table;
    }

    public Document json(Map<String, Object> parameters) {
        return new Document(
                KctVersion.get(),
                "rank",
                parameters,
                result.scores().warnings(),
                result.scores().weightsByColumn(),
                JsonResultWriter.rows(table));
    }

    /** The text view: rank, code and score. */
    public void writeText(PrintWriter out) {
        TextTableWriter.write(table.select(List.of("rank", "code", "score")), out, 40);
    }
}
