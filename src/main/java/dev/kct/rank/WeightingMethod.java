package dev.kct.rank;

import java.util.Locale;

/** The data-driven weightings, by the name used on the command line ({@link FixedWeighting} takes a spec instead). */
public enum WeightingMethod {
    /** {@link EntropyWeighting}; the default. */
    ENTROPY,
    /** {@link CriticWeighting}. */
    CRITIC,
    /** {@link EqualWeighting}. */
    EQUAL;

    /** The lower-case name used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code entropy}, {@code critic} or {@code equal} (case-insensitive). */
    public static WeightingMethod fromId(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "entropy":
                return ENTROPY;
            case "critic":
                return CRITIC;
            case "equal":
                return EQUAL;
            default:
                throw new IllegalArgumentException("unknown weighting '" + text
                        + "': use entropy, critic, equal or fixed weights such as a=0.3,b=0.7");
        }
    }

    /** A new instance of the weighting. */
    public Weighting weighting() {
        switch (this) {
            case ENTROPY:
                return new EntropyWeighting();
            case CRITIC:
                return new CriticWeighting();
            default:
                return new EqualWeighting();
        }
    }
}
