package dev.kct.report;

import dev.kct.analysis.RankUncertainty;
import dev.kct.indicator.IndicatorFamily;
import dev.kct.rank.RankStatistics;
import dev.kct.rank.Smaa;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rank-uncertainty columns of {@code score} and {@code rank} (docs/DESIGN.md, "Output schema"):
 *
 * <ul>
 *   <li>with {@code --bootstrap}: {@code rank_low, rank_median, rank_high, p_key}, with a target
 *       {@code p_chokepoint}, and {@code unstable} (true when the resamples disagree with the flag);</li>
 *   <li>with {@code --weight-samples}: {@code smaa_key_acceptability}, {@code smaa_rank_acceptability} (CSV:
 *       {@code smaa_rank_acceptability_1 .. _R}; JSON: one list), {@code smaa_central_weights} (CSV: one
 *       {@code smaa_central_weight_<family>} column per family; JSON: one object, null where no sample ranked the
 *       technology first), and with both options {@code smaa_confidence}.</li>
 * </ul>
 *
 * The terminal view shows the interval of the key rank as {@code kranks} ("3-7", like {@code krank} for the key rank), p_chokepoint (with a target) or p_key, and
 * marks an unstable technology with "?" after its class (without a target, after its interval).
 */
final class UncertaintyColumns {

    static final String RANK_LOW = "rank_low";
    static final String RANK_MEDIAN = "rank_median";
    static final String RANK_HIGH = "rank_high";
    static final String P_KEY = "p_key";
    static final String P_CHOKEPOINT = "p_chokepoint";
    static final String UNSTABLE = "unstable";
    static final String SMAA_KEY = "smaa_key_acceptability";
    static final String SMAA_RANK = "smaa_rank_acceptability";
    static final String SMAA_CENTRAL = "smaa_central_weights";
    static final String SMAA_CENTRAL_COLUMN = "smaa_central_weight_";
    static final String SMAA_CONFIDENCE = "smaa_confidence";

    /** Terminal-only columns, derived by {@link #terminal}. */
    static final String RANKS = "kranks";

    static final String P_CHOKEPOINT_SHORT = "p_chk";

    /** What the terminal view shows after the usual columns (absent ones are skipped by the selection). */
    static List<String> terminalColumns(boolean target) {
        return List.of(RANKS, target ? P_CHOKEPOINT_SHORT : P_KEY);
    }

    private final RankUncertainty.Result u;
    private final boolean target;

    UncertaintyColumns(RankUncertainty.Result uncertainty, boolean target) {
        this.u = uncertainty;
        this.target = target;
    }

    List<ResultTable.Column> columns() {
        List<ResultTable.Column> cols = new ArrayList<>();
        if (u == null) return cols;
        if (u.bootstrap() != null) {
            cols.add(ResultTable.Column.number(RANK_LOW, 0));
            cols.add(ResultTable.Column.number(RANK_MEDIAN, 0));
            cols.add(ResultTable.Column.number(RANK_HIGH, 0));
            cols.add(ResultTable.Column.number(P_KEY, 2));
            if (target) cols.add(ResultTable.Column.number(P_CHOKEPOINT, 2));
            cols.add(ResultTable.Column.text(UNSTABLE));
        }
        Smaa.Result smaa = u.smaa();
        if (smaa != null) {
            cols.add(ResultTable.Column.number(SMAA_KEY, 3));
            for (int r = 1; r <= u.settings().smaaRanks(); r++) {
                cols.add(ResultTable.Column.number(SMAA_RANK + "_" + r, 3));
            }
            for (String f : families()) cols.add(ResultTable.Column.number(SMAA_CENTRAL_COLUMN + f, 3));
            if (u.smaaConfidence() != null) cols.add(ResultTable.Column.number(SMAA_CONFIDENCE, 3));
        }
        return cols;
    }

    void addCells(int row, List<Object> cells) {
        if (u == null) return;
        RankStatistics.Result b = u.bootstrap();
        if (b != null) {
            cells.add(b.rankLow()[row]);
            cells.add(b.rankMedian()[row]);
            cells.add(b.rankHigh()[row]);
            cells.add(b.pKey()[row]);
            if (target) cells.add(b.pChokepoint()[row]);
            cells.add(u.unstable()[row]);
        }
        Smaa.Result smaa = u.smaa();
        if (smaa != null) {
            cells.add(smaa.keyAcceptability()[row]);
            for (double a : smaa.rankAcceptability()[row]) cells.add(a);
            double[] central = smaa.centralWeights()[row];
            for (int j = 0; j < smaa.families(); j++) cells.add(central == null ? null : central[j]);
            if (u.smaaConfidence() != null) cells.add(u.smaaConfidence()[row]);
        }
    }

    /** The family names of the central weights, in the order of the key score's columns. */
    private List<String> families() {
        return Arrays.stream(IndicatorFamily.values())
                .filter(IndicatorFamily::scored)
                .map(IndicatorFamily::id)
                .limit(u.smaa().families())
                .toList();
    }

    /**
     * A JSON row with the flat SMAA columns folded: {@code smaa_rank_acceptability_r} into one list, the central
     * weights into one object (null when every weight is missing).
     */
    static Map<String, Object> nested(Map<String, Object> row) {
        if (!row.containsKey(SMAA_KEY)) return row;
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> ranks = null;
        Map<String, Object> central = null;
        boolean anyCentral = false;
        for (Map.Entry<String, Object> e : row.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(SMAA_RANK + "_")) {
                if (ranks == null) {
                    ranks = new ArrayList<>();
                    out.put(SMAA_RANK, ranks);
                }
                ranks.add(e.getValue());
            } else if (k.startsWith(SMAA_CENTRAL_COLUMN)) {
                if (central == null) {
                    central = new LinkedHashMap<>();
                    out.put(SMAA_CENTRAL, central);
                }
                central.put(k.substring(SMAA_CENTRAL_COLUMN.length()), e.getValue());
                anyCentral |= e.getValue() != null;
            } else {
                out.put(k, e.getValue());
            }
        }
        if (central != null && !anyCentral) out.put(SMAA_CENTRAL, null);
        return out;
    }

    /** The full table with the terminal-only columns: the interval, the probability, the "?" marks. */
    static ResultTable terminal(ResultTable full) {
        int low = index(full, RANK_LOW);
        if (low < 0) return full;
        int high = index(full, RANK_HIGH);
        int unstable = index(full, UNSTABLE);
        int cls = index(full, "class");
        List<ResultTable.Column> cols = new ArrayList<>(full.columns());
        cols.add(ResultTable.Column.text(RANKS));
        ResultTable t = new ResultTable(cols);
        for (Object[] row : full.rows()) {
            Object[] c = Arrays.copyOf(row, row.length + 1);
            boolean mark = Boolean.TRUE.equals(row[unstable]);
            String interval = row[low] + "-" + row[high];
            if (cls >= 0 && mark) c[cls] = row[cls] + "?";
            c[row.length] = cls < 0 && mark ? interval + "?" : interval;
            t.add(c);
        }
        return t.renamed(Map.of(P_CHOKEPOINT, P_CHOKEPOINT_SHORT));
    }

    private static int index(ResultTable t, String name) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) return i;
        }
        return -1;
    }
}
