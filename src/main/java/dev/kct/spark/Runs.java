package dev.kct.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Streams each run of consecutive rows with equal keys (the first {@code keys} fields) through a {@link Fold}: over a
 * partition sorted by key and then by unit order, this takes sums in exactly the order kct's scan takes them, so
 * floating-point sums come out the same to the last bit. Runs are folded as they stream (a sort that spills is all the
 * memory a run needs).
 */
final class Runs implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The fold of one run. */
    interface Fold {
        /** Takes the next row of the run (the first one included). */
        void add(Row row);

        /** Adds the run's result rows to {@code out}; {@code key} is the run's key. */
        void end(Object[] key, List<Row> out);
    }

    /** Makes the fold of each run, on the executors. */
    interface Folds extends Serializable {
        Fold create();
    }

    private final int keys;
    private final Folds folds;

    Runs(int keys, Folds folds) {
        this.keys = keys;
        this.folds = folds;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();
            private final List<Row> out = new ArrayList<>();
            private Fold fold;
            private Object[] key;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && (rows.hasNext() || fold != null)) {
                    if (!rows.hasNext()) {
                        finish();
                        continue;
                    }
                    Row row = rows.next();
                    if (fold == null || !sameKey(row)) {
                        if (fold != null) finish();
                        key = new Object[keys];
                        for (int k = 0; k < keys; k++) key[k] = row.get(k);
                        fold = folds.create();
                    }
                    fold.add(row);
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.poll();
            }

            private boolean sameKey(Row row) {
                for (int k = 0; k < keys; k++) {
                    if (!Objects.equals(key[k], row.get(k))) return false;
                }
                return true;
            }

            private void finish() {
                out.clear();
                fold.end(key, out);
                ready.addAll(out);
                fold = null;
            }
        };
    }

    /** A row of the key's values followed by {@code values}. */
    static Row row(Object[] key, Object... values) {
        Object[] all = new Object[key.length + values.length];
        System.arraycopy(key, 0, all, 0, key.length);
        System.arraycopy(values, 0, all, key.length, values.length);
        return RowFactory.create(all);
    }

    /**
     * Σ of a run's values in row order, as kct's scan adds them: rows (key…, order, value); result (key…, count, sum).
     * Chunked, the rows are first summed per chunk of {@value #CHUNK_ROWS} units (order ≫ 15), and the chunk sums are
     * then added in chunk order, as {@code CooccurrenceNetworkBuilder} adds its per-chunk counts.
     */
    static Folds sum(int keys, boolean chunked) {
        return () -> new Fold() {
            long count;
            double total;
            double chunkSum;
            long chunk = -1;

            @Override
            public void add(Row row) {
                count++;
                double v = row.getDouble(keys + 1);
                if (!chunked) {
                    total += v;
                    return;
                }
                long c = row.getLong(keys) >> CHUNK_SHIFT;
                if (c != chunk) {
                    if (chunk >= 0) total += chunkSum;
                    chunkSum = 0;
                    chunk = c;
                }
                chunkSum += v;
            }

            @Override
            public void end(Object[] key, List<Row> out) {
                if (chunked && chunk >= 0) total += chunkSum;
                out.add(row(key, count, total));
            }
        };
    }

    /** {@code CooccurrenceNetworkBuilder.ROWS_PER_CHUNK}: rows per chunk of the network's counts. */
    static final int CHUNK_ROWS = 1 << 15;

    private static final int CHUNK_SHIFT = 15;

    /**
     * The generality of a cited unit from its citing units in unit order (rows: cited, citing, the citing unit's
     * technologies in code order); result (cited, generality) for units cited at least twice by units with a
     * technology. The arithmetic is {@code PatentCitations}' step for step: shares of 1/k in order of first touch,
     * then 1 − Σ (share / citing)².
     */
    static Folds generality() {
        return () -> new Fold() {
            final Map<String, double[]> share = new LinkedHashMap<>();
            int citations;
            int citingWithTechnology;

            @Override
            public void add(Row row) {
                citations++;
                List<String> techs = row.getList(2);
                int k = techs.size();
                if (k == 0) return;
                citingWithTechnology++;
                double w = 1.0 / k;
                for (String t : techs) share.computeIfAbsent(t, x -> new double[1])[0] += w;
            }

            @Override
            public void end(Object[] key, List<Row> out) {
                if (citations < 2 || citingWithTechnology == 0) return;
                double sumSquares = 0;
                for (double[] s : share.values()) {
                    double x = s[0] / citingWithTechnology;
                    sumSquares += x * x;
                }
                out.add(row(key, 1 - sumSquares));
            }
        };
    }

    /**
     * The {@code top} most-cited units of a technology, forward citations descending then id (Java's string order),
     * as kct's scan keeps them: rows (tech, forward, id, year, title); result (tech, forward, id, year, title) each.
     */
    static Folds mostCited(int top) {
        return () -> new Fold() {
            final Comparator<Row> order =
                    Comparator.comparingInt((Row r) -> -r.getInt(1)).thenComparing(r -> r.getString(2));
            final List<Row> best = new ArrayList<>();

            @Override
            public void add(Row row) {
                if (best.size() == top && order.compare(row, best.get(top - 1)) >= 0) return;
                int at = 0;
                while (at < best.size() && order.compare(best.get(at), row) <= 0) at++;
                best.add(at, row);
                if (best.size() > top) best.remove(top);
            }

            @Override
            public void end(Object[] key, List<Row> out) {
                out.addAll(best);
            }
        };
    }
}
