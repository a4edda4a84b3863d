package dev.kct.rank;

import java.util.Locale;

/**
 * Whether more of a criterion is better ({@link #BENEFIT}) or worse ({@link #COST}).
 *
 * <p>A cost column becomes a benefit column before normalisation by x'<sub>ij</sub> = max<sub>k</sub> x<sub>kj</sub>
 * − x<sub>ij</sub>, the maximum taken over the observed (non-NaN) cells; a missing cell (NaN) stays missing
 * (docs/METHODS.md, "From indicators to scores", step 1).
 */
public enum Orientation {
    /** More is better (every built-in indicator). */
    BENEFIT,
    /** Less is better. */
    COST;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code benefit} or {@code cost} (case-insensitive). */
    public static Orientation fromId(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "benefit":
                return BENEFIT;
            case "cost":
                return COST;
            default:
                throw new IllegalArgumentException("unknown orientation '" + text + "': use benefit or cost");
        }
    }

    /**
     * A copy of {@code x} in which every {@link #COST} column is turned into a benefit column.
     *
     * @param x rows = alternatives, columns = criteria; NaN marks a missing cell
     * @param orientations one per column
     */
    public static double[][] toBenefit(double[][] x, Orientation[] orientations) {
        Columns.requireRectangular(x);
        int n = Columns.count(x);
        if (x.length > 0 && orientations.length != n) {
            throw new IllegalArgumentException(orientations.length + " orientations for " + n + " columns");
        }
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        for (int j = 0; j < n; j++) {
            if (orientations[j] != COST) {
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    max = Math.max(max, row[j]);
                }
            }
            for (double[] row : out) {
                row[j] = max - row[j];
            }
        }
        return out;
    }
}
