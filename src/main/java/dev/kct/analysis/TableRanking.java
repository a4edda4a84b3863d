package dev.kct.analysis;

import dev.kct.rank.FamilyScorer;
import dev.kct.rank.KeyTechnologyScoring;
import dev.kct.rank.Orientation;
import dev.kct.rank.Ranking;
import java.util.Arrays;
import java.util.List;

/**
 * {@code rank --table}: ranks a table the analyst brings (rows = alternatives, columns = indicators) in one level,
 * with the same orientation, normalisation, weighting and aggregation as a family score (docs/METHODS.md "From
 * indicators to scores", steps 1–3 and 5); no index, no network.
 */
public final class TableRanking {

    /**
     * The outcome.
     *
     * @param ids     row labels, in table order
     * @param columns column names, in table order
     * @param values  the table's values (rows × columns), NaN for an empty cell
     * @param scores  the score of each row, with the weights used and warnings
     * @param order   rows by score, best first; ties by id
     */
    public record Result(
            String[] ids, List<String> columns, double[][] values, FamilyScorer.Result scores, int[] order) {}

    private TableRanking() {}

    /**
     * @param costColumns columns where less is better (turned into max − x)
     * @throws IllegalArgumentException for a cost column the table lacks, or weights that do not fit its columns
     */
    public static Result run(
            List<String> ids,
            List<String> columns,
            double[][] values,
            List<String> costColumns,
            KeyTechnologyScoring.Settings settings) {
        Orientation[] orientation = new Orientation[columns.size()];
        Arrays.fill(orientation, Orientation.BENEFIT);
        for (String c : costColumns) {
            int j = columns.indexOf(c.strip());
            if (j < 0) throw new IllegalArgumentException("no column '" + c + "'; columns: " + columns);
            orientation[j] = Orientation.COST;
        }
        FamilyScorer.Result r = new FamilyScorer(
                        settings.normalization(),
                        settings.weights().weighting(columns),
                        settings.aggregation().aggregation())
                .score(columns, values, orientation);
        String[] idArray = ids.toArray(String[]::new);
        return new Result(idArray, columns, values, r, Ranking.order(r.scores(), idArray));
    }
}
