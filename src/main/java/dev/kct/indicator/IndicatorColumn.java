package dev.kct.indicator;

import java.util.List;
import java.util.Objects;

/**
 * One computed indicator: its docs/METHODS.md name and a value per technology (in technology id order; NaN
 * where the indicator is not defined for that technology), or, when the data cannot support it at all, no
 * values and the reason it is missing. Warnings are facts about the computation an analyst should see
 * (e.g. a target country absent from the data); they go into the run's warnings.
 *
 * @param name          docs/METHODS.md indicator name, e.g. {@code share}
 * @param values        one value per technology; null when missing
 * @param missingReason why the column is missing (one clause, no name), or null when present
 * @param warnings      notes on the computation, each a full sentence naming the indicator
 */
public record IndicatorColumn(String name, double[] values, String missingReason, List<String> warnings) {

    public IndicatorColumn {
        Objects.requireNonNull(name, "name");
        if ((values == null) == (missingReason == null)) {
            throw new IllegalArgumentException(name + ": give either values or a missing reason");
        }
        warnings = List.copyOf(warnings);
    }

    /** A present column. */
    public static IndicatorColumn of(String name, double[] values) {
        return new IndicatorColumn(name, values, null, List.of());
    }

    /** A present column with warnings. */
    public static IndicatorColumn of(String name, double[] values, List<String> warnings) {
        return new IndicatorColumn(name, values, null, warnings);
    }

    /** A column the data cannot support. */
    public static IndicatorColumn missing(String name, String reason) {
        return new IndicatorColumn(name, null, reason, List.of());
    }

    public boolean isMissing() {
        return values == null;
    }
}
