package dev.kct.analysis;

/**
 * How many patents (or families) a technology needs in the selection to be ranked (docs/METHODS.md, "Minimum
 * support"): by default max(10, ⌈N · 10⁻⁵⌉) for a selection of N units, or a fixed count ({@code --min-patents N};
 * 0 ranks every technology). A technology below it keeps its node in the network and its counts in {@code stats},
 * but has no key score and no class: its shares, concentration and growth rest on too few patents to be compared
 * (an HHI is at least 1/n and a CR4 at least 4/n for n patents, and a count's relative noise is about 1/√n).
 */
public record MinimumSupport(Integer fixed) {

    /** The absolute floor of the default rule. */
    public static final int FLOOR = 10;

    /** The share of the selection in the default rule: 10 patents per million. */
    public static final double SHARE = 1e-5;

    public static MinimumSupport byDefault() {
        return new MinimumSupport(null);
    }

    /** The threshold for a selection of {@code units} patents or families. */
    public int threshold(long units) {
        if (fixed != null) return fixed;
        return (int) Math.max(FLOOR, Math.ceil(units * SHARE));
    }

    /** The parameter echoed in results: the count asked for, or {@code default}. */
    public String id() {
        return fixed == null ? "default" : fixed.toString();
    }
}
