package dev.kct.ipc;

/**
 * One IPC (or CPC) symbol, parsed into its parts. A symbol may be given only down to a coarser
 * level (a bare subclass {@code H01L}); {@link #precision()} says how deep it goes, and
 * {@link #code(IpcLevel)} returns {@code null} for levels finer than that.
 *
 * <p>Canonical printing follows WIPO's human-readable form: {@code H01L 21/027}; the main group
 * of a symbol is printed with subgroup {@code 00} ({@code H01L 21/00}).
 *
 * @param section   the section letter, {@code A}–{@code H}, or {@code Y} for CPC's cross-sectional tags
 * @param classDigits two digits, or {@code null} at section precision
 * @param subclassLetter the subclass letter, or {@code null} above subclass precision
 * @param group     main group number without leading zeros ({@code 21}), or {@code null}
 * @param subgroup  subgroup digits, at least two ({@code 027}, {@code 00}), or {@code null}
 * @param cpc       true when the symbol exists only in CPC (section Y, or a 2000-series indexing group)
 */
public record IpcSymbol(char section, String classDigits, Character subclassLetter, String group,
                        String subgroup, boolean cpc) {

    public IpcSymbol {
        if ((classDigits == null && subclassLetter != null) || (subclassLetter == null && group != null)
                || (group == null && subgroup != null)) {
            throw new IllegalArgumentException("IPC parts must be given from the section down");
        }
    }

    /** Parses one symbol in any written form kct accepts; see {@link IpcParser}. */
    public static IpcSymbol parse(String text) {
        return IpcParser.parse(text);
    }

    /** The finest level this symbol is given at. */
    public IpcLevel precision() {
        if (subgroup != null) return IpcLevel.SUBGROUP;
        if (group != null) return IpcLevel.GROUP;
        if (subclassLetter != null) return IpcLevel.SUBCLASS;
        if (classDigits != null) return IpcLevel.CLASS;
        return IpcLevel.SECTION;
    }

    /** True when this symbol is given at {@code level} or finer. */
    public boolean reaches(IpcLevel level) {
        return precision().compareTo(level) >= 0;
    }

    /**
     * The canonical code of this symbol cut to {@code level}: {@code H}, {@code H01}, {@code H01L},
     * {@code H01L 21/00}, {@code H01L 21/027}; {@code null} when the symbol is coarser than the level.
     */
    public String code(IpcLevel level) {
        if (!reaches(level)) return null;
        switch (level) {
            case SECTION: return String.valueOf(section);
            case CLASS: return section + classDigits;
            case SUBCLASS: return section + classDigits + subclassLetter;
            case GROUP: return section + classDigits + subclassLetter + " " + group + "/00";
            default: return section + classDigits + subclassLetter + " " + group + "/" + subgroup;
        }
    }

    /** The canonical form at this symbol's own precision, e.g. {@code H01L 21/027} or {@code H01L}. */
    @Override
    public String toString() {
        return code(precision());
    }
}
