package dev.kct.indicator;

import java.util.Locale;

/**
 * The groups of indicators of docs/METHODS.md. The first three are scored (each into one family score, and
 * the three into the key score); {@link #POSITION} describes a target country and is never scored.
 */
public enum IndicatorFamily {
    /** Position in the IPC co-occurrence network (computed by the centrality package). */
    CENTRALITY,
    /** Weight and influence of the technology. */
    DOMINANCE,
    /** How hard the technology is to enter or replace. */
    BARRIER,
    /** A target country's standing in the technology ({@code --target}). */
    POSITION;

    /** The lower-case name used in JSON and reports ({@code centrality}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the three families combined into the key score. */
    /** The ids of the scored families, in order: centrality, dominance, barrier. */
    public static java.util.List<String> scoredIds() {
        return java.util.Arrays.stream(values())
                .filter(IndicatorFamily::scored)
                .map(IndicatorFamily::id)
                .toList();
    }

    public boolean scored() {
        return this != POSITION;
    }
}
