package dev.kct.source;

import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcParser;
import dev.kct.ipc.IpcSymbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the IPC codes of one record from what its source gives, the same way for every reader:
 * <ul>
 *   <li>some IPC items parse: they are kept (repeats dropped); if others did not, the record counts as
 *       repaired ({@value #PARTLY_UNPARSEABLE}); items written wrongly are kept at the most precise level
 *       readable without guessing, each counted by its {@link IpcParser.Repair} kind: main-group precision
 *       when the export cut the subgroup off ({@code A21D 13/0}, {@code ipc-subgroup-truncated}) or wrote it
 *       unreadably ({@code B65D 05//00}, {@code ipc-subgroup-unreadable}), subclass precision when only the
 *       subclass can be read ({@code A21D /}, {@code A23P 000/00000}, {@code A61K000},
 *       {@code ipc-group-unreadable});</li>
 *   <li>IPC items are given but none parses: the record is rejected with the parser's reason;</li>
 *   <li>no IPC is given but CPC is: the CPC symbols are cut to what IPC shares with CPC and kept, and the
 *       record counts as repaired ({@value #FROM_CPC}). CPC-only symbols (section Y, 2000-series
 *       indexing groups) are dropped and every other symbol is cut to its main group ({@code B64C 39/024}
 *       becomes {@code B64C 39/00}): CPC subgroups are often finer than IPC's, main groups are IPC's own;</li>
 *   <li>neither: the record is rejected ({@code no IPC classification}).</li>
 * </ul>
 */
final class IpcCodes {

    /** Repair: some IPC items of the record could not be parsed and were dropped. */
    static final String PARTLY_UNPARSEABLE = "ipc-partly-unparseable";
    /** Repair: the record had no IPC; its CPC, cut to IPC main groups, was used. */
    static final String FROM_CPC = "ipc-from-cpc";

    private IpcCodes() {}

    /**
     * The record's IPC codes.
     *
     * @param ipc      the parsed IPC items
     * @param field    the source's name for the IPC field, for the rejection
     * @param cpc      the parsed CPC items, or null when the source has none
     * @param repairs  receives the repair made, if any
     */
    static List<IpcSymbol> select(
            IpcParser.ParsedList ipc, String field, IpcParser.ParsedList cpc, List<String> repairs)
            throws BadFieldException {
        if (!ipc.symbols().isEmpty()) {
            if (!ipc.errors().isEmpty()) repairs.add(PARTLY_UNPARSEABLE);
            ipc.repairs().keySet().forEach(repair -> repairs.add(repair.kind()));
            return distinct(ipc.symbols());
        }
        if (!ipc.errors().isEmpty()) {
            int more = ipc.errors().size() - 1;
            throw new BadFieldException(field, ipc.errors().get(0) + (more > 0 ? " (and " + more + " more)" : ""));
        }
        List<IpcSymbol> fromCpc = new ArrayList<>();
        if (cpc != null) {
            for (IpcSymbol s : cpc.symbols()) {
                if (!s.cpc()) fromCpc.add(mainGroup(s));
            }
        }
        if (fromCpc.isEmpty()) throw new BadFieldException(field, "no IPC classification");
        repairs.add(FROM_CPC);
        return distinct(fromCpc);
    }

    private static IpcSymbol mainGroup(IpcSymbol s) {
        if (!s.reaches(IpcLevel.GROUP)) return s;
        return new IpcSymbol(s.section(), s.classDigits(), s.subclassLetter(), s.group(), "00", false);
    }

    private static List<IpcSymbol> distinct(List<IpcSymbol> symbols) {
        Map<String, IpcSymbol> byCode = new LinkedHashMap<>();
        for (IpcSymbol s : symbols) byCode.putIfAbsent(s.toString(), s);
        return List.copyOf(byCode.values());
    }
}
