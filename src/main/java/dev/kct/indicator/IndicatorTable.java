package dev.kct.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Technologies × named indicator columns: the input of ranking. Rows are technologies in id (code)
 * order, each with its code and patent count n_i; columns are docs/METHODS.md indicator names with one value
 * per technology (NaN where the indicator is not defined for that technology). A column the data cannot
 * support is not a column but a {@link MissingIndicator} with its reason; it is left out of every family
 * matrix and named in {@link #warnings()}, never silently zero.
 *
 * <p>A plain mutable holder: {@link Indicators} fills it with the dominance, barrier and position
 * columns; callers add the centrality columns with {@link #add(String, double[])}. Arrays are copied in
 * and out, so the table cannot be changed behind its back.
 */
public final class IndicatorTable {

    /** An indicator the data cannot support, with the reason (one clause). */
    public record MissingIndicator(String name, String reason) {

        /** The warning line, e.g. {@code "growth is missing: the selection spans a single year (2020)"}. */
        public String warning() {
            return name + " is missing: " + reason;
        }
    }

    /**
     * The values of some columns as a matrix, ready for {@code dev.kct.rank.FamilyScorer}.
     *
     * @param columns indicator names, in matrix column order
     * @param values  rows = technologies (table order), columns as named; NaN marks a missing cell
     */
    public record FamilyMatrix(List<String> columns, double[][] values) {}

    private final String[] codes;
    private final int[] patents;
    private final LinkedHashMap<String, double[]> columns = new LinkedHashMap<>();
    private final LinkedHashMap<String, MissingIndicator> missing = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * An empty table.
     *
     * @param codes   technology codes, one per row
     * @param patents n_i per row
     */
    public IndicatorTable(String[] codes, int[] patents) {
        if (codes.length != patents.length) {
            throw new IllegalArgumentException(codes.length + " codes but " + patents.length + " patent counts");
        }
        this.codes = codes.clone();
        this.patents = patents.clone();
    }

    /** Number of technologies (rows). */
    public int size() {
        return codes.length;
    }

    public String code(int row) {
        return codes[row];
    }

    /** Codes of all rows (a copy). */
    public String[] codes() {
        return codes.clone();
    }

    /** n_i of one row. */
    public int patents(int row) {
        return patents[row];
    }

    /** n_i of all rows (a copy). */
    public int[] patents() {
        return patents.clone();
    }

    /** Adds a column. */
    public IndicatorTable add(String name, double[] values) {
        Objects.requireNonNull(name, "name");
        requireNew(name);
        if (values.length != codes.length) {
            throw new IllegalArgumentException(
                    name + " has " + values.length + " values for " + codes.length + " technologies");
        }
        columns.put(name, values.clone());
        return this;
    }

    /** Records that {@code name} cannot be computed from the data, and why. */
    public IndicatorTable addMissing(String name, String reason) {
        requireNew(name);
        missing.put(name, new MissingIndicator(name, reason));
        return this;
    }

    /** Adds a computed column: its values or its missing reason, and its warnings. */
    public IndicatorTable add(IndicatorColumn column) {
        if (column.isMissing()) {
            addMissing(column.name(), column.missingReason());
        } else {
            add(column.name(), column.values());
        }
        column.warnings().forEach(this::addWarning);
        return this;
    }

    /**
     * The table of the given rows only (in the order given): every column cut to them, the same missing
     * indicators and warnings. Used to leave technologies below minimum support out of the ranking.
     */
    public IndicatorTable rows(int[] rows) {
        String[] c = new String[rows.length];
        int[] p = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            c[k] = codes[rows[k]];
            p[k] = patents[rows[k]];
        }
        IndicatorTable out = new IndicatorTable(c, p);
        columns.forEach((name, values) -> {
            double[] v = new double[rows.length];
            for (int k = 0; k < rows.length; k++) v[k] = values[rows[k]];
            out.columns.put(name, v);
        });
        out.missing.putAll(missing);
        out.notes.addAll(notes);
        return out;
    }

    /** Adds a warning that is not about a missing column (e.g. an absent target country). */
    public IndicatorTable addWarning(String warning) {
        notes.add(warning);
        return this;
    }

    /** True when {@code name} is a (present) column. */
    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** True when {@code name} was reported missing. */
    public boolean isMissing(String name) {
        return missing.containsKey(name);
    }

    /** Names of the present columns, in the order added. */
    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    /** Values of a present column (a copy). */
    public double[] column(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalArgumentException(
                    isMissing(name)
                            ? missing.get(name).warning()
                            : "no indicator column named " + name + "; have " + columns.keySet());
        }
        return v.clone();
    }

    /** Value of a present column for one row. */
    public double value(String name, int row) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no indicator column named " + name + "; have " + columns.keySet());
        }
        return v[row];
    }

    /** The indicators reported missing, in the order reported. */
    public List<MissingIndicator> missing() {
        return List.copyOf(missing.values());
    }

    /** One line per missing indicator, then every other warning, in the order added. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        missing.values().forEach(m -> out.add(m.warning()));
        out.addAll(notes);
        return Collections.unmodifiableList(out);
    }

    /**
     * The matrix of {@code family}'s mix: the mix's names in mix order, minus those reported missing.
     *
     * @throws IllegalStateException when a name of the mix was neither added nor reported missing (a
     *                               caller forgot to add a column)
     */
    public FamilyMatrix matrix(IndicatorFamily family, IndicatorMix mix) {
        return matrix(mix.names(family));
    }

    /** The matrix of the named columns, in the given order, leaving out those reported missing. */
    public FamilyMatrix matrix(List<String> names) {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (columns.containsKey(name)) {
                present.add(name);
            } else if (!missing.containsKey(name)) {
                throw new IllegalStateException("indicator " + name + " was neither computed nor reported missing");
            }
        }
        double[][] values = new double[codes.length][present.size()];
        for (int j = 0; j < present.size(); j++) {
            double[] column = columns.get(present.get(j));
            for (int i = 0; i < codes.length; i++) values[i][j] = column[i];
        }
        return new FamilyMatrix(List.copyOf(present), values);
    }

    /** All present columns by name, in the order added (copies), e.g. for writing a result. */
    public Map<String, double[]> asMap() {
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    private void requireNew(String name) {
        if (columns.containsKey(name) || missing.containsKey(name)) {
            throw new IllegalArgumentException("indicator " + name + " is already in the table");
        }
    }
}
