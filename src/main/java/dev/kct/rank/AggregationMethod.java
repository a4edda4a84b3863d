package dev.kct.rank;

import java.util.Locale;

/** The aggregations, by the name used on the command line. */
public enum AggregationMethod {
    /** {@link Topsis}; the default. */
    TOPSIS,
    /** {@link WeightedSum}. */
    WSUM;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code topsis} or {@code wsum} (case-insensitive). */
    public static AggregationMethod fromId(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "topsis":
                return TOPSIS;
            case "wsum":
                return WSUM;
            default:
                throw new IllegalArgumentException("unknown aggregation '" + text + "': use topsis or wsum");
        }
    }

    /** A new instance of the aggregation. */
    public Aggregation aggregation() {
        return this == TOPSIS ? new Topsis() : new WeightedSum();
    }
}
