package dev.kct.ipc;

/**
 * One IPC (or CPC) symbol, parsed into its parts. A symbol may be given only down to a coarser
 * level (a bare subclass {@code H01L}); {@link #precision()} says how deep it goes, and
 * {@link #code(IpcLevel)} returns {@code null} for levels finer than that.
 *
 * <p>Canonical printing follows WIPO's human-readable form: {@code H01L 21/027}; the main group
 * of a symbol is printed with subgroup {@code 00} ({@code H01L 21/00}).
 */
public final class IpcSymbol {

    private final char section;
    private final String classDigits;
    private final Character subclassLetter;
    private final String group;
    private final String subgroup;
    private final boolean cpc;
    /** {@link #toString()}, built once: symbols are parsed once and then printed and indexed millions of times. */
    private final String canonical;

    /**
     * A symbol from its parts, given from the section down.
     *
     * @param section   the section letter, {@code A}–{@code H}, or {@code Y} for CPC's cross-sectional tags
     * @param classDigits two digits, or {@code null} at section precision
     * @param subclassLetter the subclass letter, or {@code null} above subclass precision
     * @param group     main group number without leading zeros ({@code 21}), or {@code null}
     * @param subgroup  subgroup digits, at least two ({@code 027}, {@code 00}), or {@code null}
     * @param cpc       true when the symbol exists only in CPC (section Y, or a 2000-series indexing group)
     */
    public IpcSymbol(
            char section, String classDigits, Character subclassLetter, String group, String subgroup, boolean cpc) {
        if ((classDigits == null && subclassLetter != null)
                || (subclassLetter == null && group != null)
                || (group == null && subgroup != null)) {
            throw new IllegalArgumentException("IPC parts must be given from the section down");
        }
        this.section = section;
        this.classDigits = classDigits;
        this.subclassLetter = subclassLetter;
        this.group = group;
        this.subgroup = subgroup;
        this.cpc = cpc;
        this.canonical = code(precision());
    }

    public char section() {
        return section;
    }

    public String classDigits() {
        return classDigits;
    }

    public Character subclassLetter() {
        return subclassLetter;
    }

    public String group() {
        return group;
    }

    public String subgroup() {
        return subgroup;
    }

    public boolean cpc() {
        return cpc;
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
            case SECTION:
                return String.valueOf(section);
            case CLASS:
                return section + classDigits;
            case SUBCLASS:
                return section + classDigits + subclassLetter;
            case GROUP:
                return section + classDigits + subclassLetter + " " + group + "/00";
            default:
                return section + classDigits + subclassLetter + " " + group + "/" + subgroup;
        }
    }

    /** The canonical form at this symbol's own precision, e.g. {@code H01L 21/027} or {@code H01L}. */
    @Override
    public String toString() {
        return canonical;
    }

    /** Equal when all parts are (a main group given as such differs from its subgroup {@code 00}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof IpcSymbol other
                && canonical.equals(other.canonical)
                && cpc == other.cpc
                && java.util.Objects.equals(subgroup, other.subgroup);
    }

    @Override
    public int hashCode() {
        return (canonical.hashCode() * 31 + Boolean.hashCode(cpc)) * 31 + (subgroup == null ? 0 : 1);
    }
}
