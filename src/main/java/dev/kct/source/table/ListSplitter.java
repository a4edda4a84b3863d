package dev.kct.source.table;

import dev.kct.KctException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell that holds a list into its items, stripped; blank items are kept in place (so that a list
 * of countries stays aligned with its list of applicants).
 *
 * <p>The default separators are {@code ;}, the full-width {@code ；}, {@code |} and line breaks; a comma
 * separates items only in lists whose items can never contain one ({@link #forCodes()}: IPC symbols and
 * patent numbers), never in lists of names, where commas are part of the name ({@code ACME, INC.},
 * {@code Korea, Republic of}). A mapping's {@code list_separators} replaces the default for every list.
 */
public final class ListSplitter {

    private static final String NAME_SEPARATORS = ";；|\n\r";

    private final String separators;

    private ListSplitter(String separators) {
        this.separators = separators;
    }

    /** The default for lists of names: {@code ;}, {@code ；}, {@code |}, line breaks. */
    public static ListSplitter forNames() {
        return new ListSplitter(NAME_SEPARATORS);
    }

    /** The default for lists of codes (IPC symbols, patent numbers), which contain no comma: also {@code ,}. */
    public static ListSplitter forCodes() {
        return new ListSplitter(NAME_SEPARATORS + ",");
    }

    /** Exactly the given one-character separators, e.g. {@code [";", "|"]}. */
    public static ListSplitter of(List<String> separators) {
        StringBuilder chars = new StringBuilder();
        for (String s : separators) {
            if (s == null || s.strip().length() != 1 && !s.equals("\n")) {
                throw KctException.usage(
                        "list_separators: '" + s + "' is not one character; give e.g. [\";\", \"|\", \"；\"]");
            }
            chars.append(s.equals("\n") ? "\n\r" : s.strip());
        }
        return new ListSplitter(chars.toString());
    }

    /** The items of {@code cell}, stripped, blank ones kept; empty for a blank cell. */
    public List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) return out;
        int start = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (separators.indexOf(c) >= 0) {
                if (!(c == '\n' && i > 0 && cell.charAt(i - 1) == '\r'))
                    out.add(cell.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(cell.substring(start).strip());
        return out;
    }
}
