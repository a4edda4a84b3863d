package dev.kct.ipc;

import java.util.Locale;

/**
 * The five levels of the International Patent Classification hierarchy, from the coarsest
 * ({@code H}) to the finest ({@code H01L 21/027}).
 */
public enum IpcLevel {
    /** One letter, e.g. {@code H}. */
    SECTION,
    /** Section and two digits, e.g. {@code H01}. */
    CLASS,
    /** Class and a letter, e.g. {@code H01L}; kct's default level. */
    SUBCLASS,
    /** Main group, printed with subgroup {@code 00}, e.g. {@code H01L 21/00}. */
    GROUP,
    /** Full symbol, e.g. {@code H01L 21/027}. */
    SUBGROUP;

    /** The lower-case name used on the command line and in JSON ({@code subclass}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a level name as written on the command line (case-insensitive; {@code maingroup} = group). */
    public static IpcLevel fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        switch (t) {
            case "section":
                return SECTION;
            case "class":
                return CLASS;
            case "subclass":
                return SUBCLASS;
            case "group":
            case "maingroup":
                return GROUP;
            case "subgroup":
                return SUBGROUP;
            default:
                throw new IllegalArgumentException(
                        "unknown IPC level '" + text + "': use section, class, subclass, group or subgroup");
        }
    }
}
