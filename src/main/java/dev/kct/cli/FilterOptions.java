package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateCache;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.index.CountUnit;
import dev.kct.index.DateBasis;
import dev.kct.index.Filters;
import dev.kct.index.PatentIndex;
import dev.kct.index.PatentTable;
import dev.kct.index.Selection;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcParseException;
import dev.kct.ipc.IpcParser;
import dev.kct.ipc.IpcSymbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The selection and counting options shared by every analysis command (docs/DESIGN.md, docs/METHODS.md); public so
 * that the Spark job ({@code dev.kct.spark}) takes the same options with the same checks and echoes the same
 * parameters.
 */
public final class FilterOptions {

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            defaultValue = "subclass",
            converter = Converters.Levels.class,
            completionCandidates = Converters.Levels.class,
            description = "Technology level: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    IpcLevel level;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (inclusive) on the --date basis.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (inclusive) on the --date basis.")
    Integer to;

    @Option(
            names = "--date",
            paramLabel = "BASIS",
            defaultValue = "priority",
            converter = Converters.DateBases.class,
            completionCandidates = Converters.DateBases.class,
            description =
                    "Date basis: ${COMPLETION-CANDIDATES} (missing dates fall back in that order). Default: ${DEFAULT-VALUE}.")
    DateBasis date;

    @Option(
            names = "--query",
            paramLabel = "QUERY",
            description = "Lucene query over title, abstract and applicants, e.g. 'battery AND (lithium OR sodium)'.")
    String query;

    @Option(
            names = "--country",
            paramLabel = "CC",
            split = ",",
            description = "Only patents whose (first) applicant country is one of these ISO codes, e.g. CN,US.")
    List<String> countries;

    @Option(
            names = "--ipc",
            paramLabel = "PREFIX",
            split = ",",
            description =
                    "Only patents with a symbol under one of these IPC prefixes at any level, e.g. H01L or 'H01L 21/00'.")
    List<String> ipc;

    @Option(
            names = "--count",
            paramLabel = "UNIT",
            defaultValue = "documents",
            converter = Converters.CountUnits.class,
            completionCandidates = Converters.CountUnits.class,
            description =
                    "Unit of count: ${COMPLETION-CANDIDATES} (records sharing family_id count once). Default: ${DEFAULT-VALUE}.")
    CountUnit count;

    /** {@code --level}. */
    public IpcLevel level() {
        return level;
    }

    /** {@code --count}. */
    public CountUnit count() {
        return count;
    }

    /** The filters of the options (a usage error when they are not valid). */
    public Filters filters() {
        List<IpcSymbol> prefixes = new ArrayList<>();
        if (ipc != null) {
            for (String p : ipc) {
                try {
                    prefixes.add(IpcParser.parse(p));
                } catch (IpcParseException e) {
                    throw KctException.usage("--ipc: " + e.getMessage());
                }
            }
        }
        List<String> cc = new ArrayList<>();
        if (countries != null) {
            for (String c : countries) {
                String u = c.strip().toUpperCase(Locale.ROOT);
                if (!u.matches("[A-Z]{2}")) {
                    throw KctException.usage("--country: '" + c + "' is not a two-letter ISO country code");
                }
                cc.add(u);
            }
        }
        try {
            return new Filters(from, to, date, query, cc, prefixes);
        } catch (IllegalArgumentException e) {
            throw KctException.usage(e.getMessage());
        }
    }

    /** The parameters to echo in JSON results (and in an aggregates manifest's {@code selection}). */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("level", level.id());
        p.put("from", from);
        p.put("to", to);
        p.put("date", date.id());
        p.put("query", query);
        p.put("country", countries == null ? List.of() : filters().countries());
        p.put(
                "ipc",
                ipc == null
                        ? List.of()
                        : filters().ipcPrefixes().stream()
                                .map(IpcSymbol::toString)
                                .toList());
        p.put("count", count.id());
        return p;
    }

    /** True when no option narrows the selection: every patent of the index is in it. */
    boolean selectsAll() {
        return from == null
                && to == null
                && (query == null || query.isBlank())
                && (countries == null || countries.isEmpty())
                && (ipc == null || ipc.isEmpty());
    }

    /**
     * Whether this run may use the aggregates cache of its index: an index given with {@code --index} (not a
     * throwaway one), a selection of every patent, and the cache on.
     */
    boolean cacheable(DataInput input) {
        return input.index != null && selectsAll() && AggregateCache.enabled();
    }

    /** The cached aggregates of the whole index under these options, when this run may use them and they are current. */
    Optional<AggregateFiles.Loaded> cached(DataInput input, PatentIndex index) {
        return cacheable(input) ? AggregateCache.read(index, cacheKey()) : Optional.empty();
    }

    /** The name of the cached aggregates of a whole index under these options: level, unit and date basis. */
    String cacheKey() {
        return level.id() + "-" + count.id() + "-" + date.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Selects and loads the data; date fallbacks and an empty selection go to {@code warnings}. */
    Loaded load(PatentIndex index, List<String> warnings, int threads) {
        Selection selection = select(index, warnings);
        return loaded(selection, index.load(selection, level, threads));
    }

    /** As {@link #load}, without the citations (for counts that need none: stats, the network). */
    Loaded loadCounts(PatentIndex index, List<String> warnings, int threads) {
        Selection selection = select(index, warnings);
        return loaded(selection, index.loadWithoutCitations(selection, level, threads));
    }

    private Loaded loaded(Selection selection, PatentTable table) {
        return new Loaded(selection, count == CountUnit.FAMILIES ? table.byFamily() : table);
    }

    /** The selection of the filters; date fallbacks and an empty selection go to {@code warnings}. */
    private Selection select(PatentIndex index, List<String> warnings) {
        Filters f = filters();
        Selection selection = index.select(f);
        selection
                .fallbacks()
                .forEach((basis, n) -> warnings.add(
                        n + " records lack a " + f.dateBasis().id() + " date; their " + basis.id() + " date was used"));
        if (selection.size() == 0) {
            warnings.add("the selection is empty (" + f.describe() + ")");
        }
        return selection;
    }

    /**
     * Selects and loads the patents one by one, even with {@code --count families} (for {@code trend}, which cuts
     * periods before it merges families, as {@code rank --from --to} does).
     */
    PatentTable loadPatents(PatentIndex index, List<String> warnings, int threads) {
        Selection selection = select(index, warnings);
        return index.load(selection, level, threads);
    }

    /**
     * These options with the years {@code from} to {@code to} in place of {@code --from}/{@code --to}: the selection
     * of one period of a trend, as {@code kct aggregates --from FROM --to TO} with the other options would make it.
     */
    FilterOptions during(int from, int to) {
        FilterOptions f = new FilterOptions();
        f.level = level;
        f.from = from;
        f.to = to;
        f.date = date;
        f.query = query;
        f.countries = countries;
        f.ipc = ipc;
        f.count = count;
        return f;
    }

    /** What selecting these options' patents says (date fallbacks, an empty selection), without loading them. */
    List<String> selectionWarnings(PatentIndex index) {
        List<String> warnings = new ArrayList<>();
        select(index, warnings);
        return warnings;
    }

    /** A loaded selection. */
    record Loaded(Selection selection, PatentTable table) {}
}
