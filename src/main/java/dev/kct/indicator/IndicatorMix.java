package dev.kct.indicator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators that enter each scored family's score, in catalogue order (docs/METHODS.md: "Default mix"
 * of each family; {@code --indicators LIST}). Made by {@link IndicatorCatalogue#defaultMix()} or
 * {@link IndicatorCatalogue#parseMix(String)}.
 */
public final class IndicatorMix {

    private final Map<IndicatorFamily, List<String>> names;

    IndicatorMix(Map<IndicatorFamily, List<String>> names) {
        EnumMap<IndicatorFamily, List<String>> copy = new EnumMap<>(IndicatorFamily.class);
        for (IndicatorFamily f : IndicatorFamily.values()) {
            if (f.scored()) copy.put(f, List.copyOf(names.getOrDefault(f, List.of())));
        }
        this.names = copy;
    }

    /** The names in {@code family}'s mix, in catalogue order (empty for {@link IndicatorFamily#POSITION}). */
    public List<String> names(IndicatorFamily family) {
        return names.getOrDefault(family, List.of());
    }

    /** Family → names, for the parameters of a JSON result. */
    public Map<IndicatorFamily, List<String>> asMap() {
        return new EnumMap<>(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorMix other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
