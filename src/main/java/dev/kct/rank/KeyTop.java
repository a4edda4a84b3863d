package dev.kct.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of the best-ranked technologies count as key ({@code --key-top}, docs/METHODS.md "Chokepoints"): the
 * default max(10, ⌈0.2 m⌉), a count, or a percentage of the m ranked technologies (rounded up); always capped at m.
 * Parsed once, where the option is read; resolved against m when the ranking is known.
 */
public sealed interface KeyTop permits KeyTop.Default, KeyTop.Count, KeyTop.Percent {

    /** The number of key technologies among m ranked ones. */
    int resolve(int m);

    /** The text echoed in results' parameters ({@code default}, {@code 25}, {@code 15%}). */
    String id();

    /** max(10, ⌈0.2 m⌉), capped at m. */
    record Default() implements KeyTop {
        @Override
        public int resolve(int m) {
            return ChokepointClassifier.defaultKeyTop(m);
        }

        @Override
        public String id() {
            return "default";
        }
    }

    /** A fixed count (at least 1), capped at m; {@code text} is the count as written. */
    record Count(int count, String text) implements KeyTop {
        @Override
        public int resolve(int m) {
            return Math.min(m, count);
        }

        @Override
        public String id() {
            return text;
        }
    }

    /** A percentage in (0, 100] of m, rounded up, capped at m; {@code text} is the percentage as written. */
    record Percent(BigDecimal percent, String text) implements KeyTop {
        @Override
        public int resolve(int m) {
            int count = percent.multiply(BigDecimal.valueOf(m))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                    .intValueExact();
            return Math.min(m, count);
        }

        @Override
        public String id() {
            return text;
        }
    }

    /**
     * Parses a count ({@code 25}) or a percentage ({@code 15%}, {@code 12.5%}).
     *
     * @throws IllegalArgumentException for anything else, a count below 1, or a percentage outside (0, 100]
     */
    static KeyTop parse(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                BigDecimal percent =
                        new BigDecimal(t.substring(0, t.length() - 1).trim());
                if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException("key-top percentage must be above 0% and at most 100%: " + t);
                }
                return new Percent(percent, text);
            }
            int count = Integer.parseInt(t);
            if (count < 1) {
                throw new IllegalArgumentException("key-top must be at least 1: " + t);
            }
            return new Count(count, text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "key-top must be a count such as 25 or a percentage such as 15%, not '" + text + "'");
        }
    }
}
