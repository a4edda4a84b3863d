package dev.kct.generate;

import dev.kct.ipc.IpcSymbol;
import java.util.List;

/**
 * The classification universe of the synthetic corpus: the areas' real subclasses with their real main
 * groups and subgroups ({@link IpcGroups}), and how often each is used.
 *
 * <ul>
 *   <li>Within an area, subclass sizes follow Zipf's law (exponent 1.1) in the area's listed order.</li>
 *   <li>Within a subclass, main groups follow Zipf's law (exponent 1.0) in a fixed shuffled order, and
 *       within a main group so do its subgroups, so the group- and subgroup-level networks are sizeable
 *       and skewed too.</li>
 *   <li>Each subclass has two partner subclasses in its area that it is co-classified with more often
 *       than chance, which gives the co-occurrence network structure beyond "everything links to the
 *       biggest node".</li>
 * </ul>
 * The scheme does not depend on the corpus seed: every corpus shares it, and only which patents use
 * which code varies.
 */
final class IpcScheme {

    private static final long SCHEME_SEED = 20_220_101L;
    private static final double SUBCLASS_EXPONENT = 1.1;

    private final String[] codes;
    private final int[] areaOf;
    private final int[] firstOfArea;
    private final Discrete[] subclassInArea;
    private final int[][] partners;
    private final IpcSymbol[][][] symbols;
    private final Discrete[] groupSampler;
    private final Discrete[][] subgroupSampler;
    private final int groupCount;

    IpcScheme(List<TechnologyArea> areas) {
        Rng rng = new Rng(SCHEME_SEED);
        int n = 0;
        for (TechnologyArea a : areas) n += a.subclasses().length;
        codes = new String[n];
        areaOf = new int[n];
        firstOfArea = new int[areas.size() + 1];
        subclassInArea = new Discrete[areas.size()];
        partners = new int[n][];
        symbols = new IpcSymbol[n][][];
        groupSampler = new Discrete[n];
        subgroupSampler = new Discrete[n][];
        int s = 0;
        int groups = 0;
        for (int a = 0; a < areas.size(); a++) {
            firstOfArea[a] = s;
            String[] subclasses = areas.get(a).subclasses();
            subclassInArea[a] = Discrete.zipf(subclasses.length, SUBCLASS_EXPONENT);
            for (String code : subclasses) {
                codes[s] = code;
                areaOf[s] = a;
                buildGroups(s, code, rng);
                groups += symbols[s].length;
                s++;
            }
        }
        firstOfArea[areas.size()] = s;
        groupCount = groups;
        for (int a = 0; a < areas.size(); a++) {
            int first = firstOfArea[a];
            int size = firstOfArea[a + 1] - first;
            for (int i = 0; i < size; i++) {
                int[] p = new int[Math.min(2, size - 1)];
                for (int k = 0; k < p.length; k++) {
                    int candidate;
                    do {
                        candidate = subclassInArea[a].sample(rng);
                    } while (candidate == i || (k > 0 && candidate == p[0] - first));
                    p[k] = first + candidate;
                }
                partners[first + i] = p;
            }
        }
    }

    private void buildGroups(int s, String code, Rng rng) {
        String table = IpcGroups.of(code);
        if (table == null) throw new IllegalStateException("no IPC groups listed for " + code);
        String[] entries = table.split(";");
        int[] order = new int[entries.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        rng.shuffle(order);
        symbols[s] = new IpcSymbol[entries.length][];
        subgroupSampler[s] = new Discrete[entries.length];
        for (int rank = 0; rank < entries.length; rank++) {
            String entry = entries[order[rank]];
            int eq = entry.indexOf('=');
            String group = entry.substring(0, eq);
            String[] subgroups = entry.substring(eq + 1).split(" ");
            int[] subOrder = new int[subgroups.length];
            for (int i = 0; i < subOrder.length; i++) subOrder[i] = i;
            rng.shuffle(subOrder);
            IpcSymbol[] row = new IpcSymbol[subgroups.length];
            for (int k = 0; k < row.length; k++) {
                row[k] = new IpcSymbol(
                        code.charAt(0), code.substring(1, 3), code.charAt(3), group, subgroups[subOrder[k]], false);
            }
            symbols[s][rank] = row;
            subgroupSampler[s][rank] = Discrete.zipf(row.length, 1.0);
        }
        groupSampler[s] = Discrete.zipf(entries.length, 1.0);
    }

    int subclassCount() {
        return codes.length;
    }

    /** Number of main groups over all subclasses. */
    int groupCount() {
        return groupCount;
    }

    String code(int subclass) {
        return codes[subclass];
    }

    int area(int subclass) {
        return areaOf[subclass];
    }

    /** A subclass of {@code area}, drawn by size. */
    int subclassOf(int area, Rng rng) {
        return firstOfArea[area] + subclassInArea[area].sample(rng);
    }

    /** One of the subclasses that {@code subclass} is often co-classified with (itself when its area has one subclass). */
    int partner(int subclass, Rng rng) {
        int[] p = partners[subclass];
        return p.length == 0 ? subclass : p[rng.nextInt(p.length)];
    }

    /** A full symbol (subgroup level) in {@code subclass}, drawn by group and subgroup size. */
    IpcSymbol symbol(int subclass, Rng rng) {
        int g = groupSampler[subclass].sample(rng);
        return symbols[subclass][g][subgroupSampler[subclass][g].sample(rng)];
    }
}
