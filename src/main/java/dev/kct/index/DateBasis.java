package dev.kct.index;

import java.util.List;
import java.util.Locale;

/**
 * Which date places a patent in time (docs/METHODS.md): {@code priority} (default, OECD practice),
 * {@code filing} or {@code publication}. A record lacking the chosen date falls back in the order
 * priority → filing → publication (skipping the chosen one), and the run counts those fallbacks.
 */
public enum DateBasis {
    PRIORITY,
    FILING,
    PUBLICATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The chosen basis first, then the others in priority → filing → publication order. */
    public List<DateBasis> fallbackOrder() {
        switch (this) {
            case PRIORITY:
                return List.of(PRIORITY, FILING, PUBLICATION);
            case FILING:
                return List.of(FILING, PRIORITY, PUBLICATION);
            default:
                return List.of(PUBLICATION, PRIORITY, FILING);
        }
    }

    public static DateBasis fromId(String text) {
        for (DateBasis b : values()) {
            if (b.id().equalsIgnoreCase(text.strip())) return b;
        }
        throw new IllegalArgumentException("unknown date basis '" + text + "': use priority, filing or publication");
    }
}
