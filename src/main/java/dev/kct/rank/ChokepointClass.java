package dev.kct.rank;

import java.util.Locale;

/**
 * Where a technology stands for a target country (docs/METHODS.md, "From indicators to scores", step 5):
 * whether it is key (key rank within the top {@code --key-top}) and whether the country is strong in it
 * (revealed technological advantage, RTA ≥ 1; Balassa 1965).
 */
public enum ChokepointClass {
    /** Key, and the country is weak (RTA &lt; 1 or absent). */
    CHOKEPOINT,
    /** Key, and the country is strong (RTA ≥ 1). */
    STRENGTH,
    /** Not key, and the country is weak. */
    WATCH,
    /** Not key, and the country is strong. */
    OTHER;

    /** The lower-case name used in JSON and CSV ({@code chokepoint}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a class name (case-insensitive). */
    public static ChokepointClass fromId(String text) {
        for (ChokepointClass c : values()) {
            if (c.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "unknown chokepoint class '" + text + "': use chokepoint, strength, watch or other");
    }

    /** The class of a technology that is (or is not) key and in which the country is (or is not) strong. */
    public static ChokepointClass of(boolean key, boolean strong) {
        if (key) {
            return strong ? STRENGTH : CHOKEPOINT;
        }
        return strong ? OTHER : WATCH;
    }
}
