package dev.kct.indicator;

/**
 * One indicator kct reports: its docs/METHODS.md name, its family, a one-line definition for reports and the
 * README, and whether it is in its family's default mix (reported-only indicators are computed and
 * printed, and enter a family score only when named in {@code --indicators}).
 *
 * @param name       docs/METHODS.md name, e.g. {@code forward_citations}
 * @param family     the family it belongs to
 * @param definition one line, plain words and the formula
 * @param inDefaultMix true when part of the family's default mix
 */
public record Indicator(String name, IndicatorFamily family, String definition, boolean inDefaultMix) {}
