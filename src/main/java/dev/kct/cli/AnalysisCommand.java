package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.Workers;
import dev.kct.aggregate.AggregateCache;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.index.CountUnit;
import dev.kct.index.PatentIndex;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code score}, {@code rank} and {@code explain} share: the data, filter, network and analysis
 * options, running the analysis, and the parameters and warnings every result carries.
 */
abstract class AnalysisCommand implements Callable<Integer> {

    @Mixin
    DataInput input;

    @Mixin
    FilterOptions filter;

    @Mixin
    NetworkOptions network;

    @Mixin
    UncertaintyOptions uncertainty;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    /**
     * What the subclass gets to report from.
     *
     * @param patents           the selection's patents one by one (also with {@code --count families}) when the
     *                          subclass {@linkplain #needsPatents() asked for them}, else null
     * @param selectionWarnings the warnings of selecting the patents (before the analysis added its own)
     * @param ingested          the input files read into a throwaway index, or null ({@code --index},
     *                          {@code --aggregates})
     */
    record Run(
            KeyTechnologyAnalysis.Result result,
            RankUncertainty.Result uncertainty,
            Function<String, String> patentTitle,
            Map<String, Object> parameters,
            List<String> warnings,
            Diagnostics diagnostics,
            KeyTechnologyAnalysis.Settings settings,
            PatentTable patents,
            List<String> selectionWarnings,
            Ingest.Ingested ingested) {}

    @Option(
            names = "--aggregates",
            paramLabel = "DIR",
            description = "Rank from an aggregates directory ('kct aggregates', or the Spark job) instead of patents:"
                    + " no index, no filters (the directory holds one selection at one level).")
    Path aggregatesDir;

    @Override
    public final Integer call() throws IOException {
        Integer done = withoutPatents();
        if (done != null) return done;
        if (aggregatesDir != null) return fromAggregates();
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        RankUncertainty.Settings asked = uncertainty.settings(network.seed);
        List<String> warnings = new ArrayList<>();
        try (DataInput.Opened data = input.open(diag)) {
            PatentIndex index = data.index();
            boolean cacheable = filter.cacheable(input) && asked.resamples() == 0 && !needsPatents();
            Optional<AggregateFiles.Loaded> cached = cacheable ? filter.cached(input, index) : Optional.empty();
            if (cached.isPresent()) {
                return analyse(
                        cached.get().aggregates(),
                        null,
                        filter.parameters(),
                        new ArrayList<>(cached.get().warnings()),
                        settings,
                        asked,
                        null,
                        data.ingested(),
                        diag);
            }
            boolean families = filter.count == CountUnit.FAMILIES;
            PatentTable patents = null;
            PatentTable table;
            if (needsPatents()) {
                patents = filter.loadPatents(index, warnings, input.threads.threads());
                table = families ? patents.byFamily() : patents;
            } else {
                table = filter.load(index, warnings, input.threads.threads()).table();
            }
            Aggregates aggregates = AggregateScan.of(table, families, input.threads.threads());
            Thread cacheWriter = null;
            if (cacheable) {
                List<String> selectionWarnings = List.copyOf(warnings);
                cacheWriter = new Thread(
                        () -> AggregateCache.write(
                                index, filter.cacheKey(), aggregates, filter.parameters(), selectionWarnings),
                        "kct-aggregate-cache");
                cacheWriter.setDaemon(true);
                cacheWriter.start();
            }
            try {
                return analyse(
                        aggregates,
                        table,
                        filter.parameters(),
                        warnings,
                        settings,
                        asked,
                        patents,
                        data.ingested(),
                        diag);
            } finally {
                if (cacheWriter != null) Workers.joinAll(new Thread[] {cacheWriter});
            }
        }
    }

    /** {@code --aggregates DIR}: the same analysis from the files, with the selection they record. */
    private int fromAggregates() throws IOException {
        refuseWithAggregates();
        OutputGuard.check("-o", output.output, null, aggregatesDir);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        RankUncertainty.Settings asked = uncertainty.settings(network.seed);
        AggregateFiles.Loaded loaded = AggregateFiles.read(aggregatesDir);
        Aggregates aggregates = loaded.aggregates();
        checkLevel(this::matched, filter, aggregates.level(), aggregatesDir);
        return analyse(
                aggregates,
                null,
                loaded.selection(),
                new ArrayList<>(loaded.warnings()),
                settings,
                asked,
                null,
                null,
                diag);
    }

    /** Options that select patents or need them, refused with {@code --aggregates}. */
    private static final List<String> PATENT_OPTIONS =
            List.of("--index", "--from", "--to", "--date", "--query", "--country", "--ipc", "--count", "--bootstrap");

    private void refuseWithAggregates() {
        refuseWithAggregates(this::matched, input);
    }

    /**
     * Refuses (a usage error naming them) the options that select or need patents, and input files, alongside
     * {@code --aggregates}: the directory holds one selection, already made. {@code matched} tells whether an option
     * was given.
     */
    static void refuseWithAggregates(Predicate<String> matched, DataInput input) {
        List<String> given =
                new ArrayList<>(PATENT_OPTIONS.stream().filter(matched).toList());
        if (input.files != null && !input.files.isEmpty()) given.add("input files");
        if (!given.isEmpty()) {
            throw KctException.usage(String.join(", ", given) + (given.size() == 1 ? " needs" : " need")
                    + " patents; --aggregates ranks the selection its directory was written from (write another"
                    + " with 'kct aggregates' and those options, or use --index)");
        }
    }

    /** Refuses a {@code --level} other than the level {@code stored} of the aggregates in {@code dir}. */
    static void checkLevel(Predicate<String> matched, FilterOptions filter, IpcLevel stored, Path dir) {
        if (matched.test("--level") && filter.level != stored) {
            throw KctException.usage("--level " + filter.level.id() + ": the aggregates in " + dir + " are at level "
                    + stored.id() + "; drop --level or write them at that level");
        }
    }

    boolean matched(String option) {
        return output.spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * Analyses {@code aggregates} and reports the run.
     *
     * @param table     the selection's patents, for the bootstrap; null when the aggregates come from files
     * @param selection the selection's parameters, for the report
     * @param warnings  what was said about the selection; the analysis adds its own
     * @param patents   the selection's patents one by one when {@link #needsPatents()}, else null
     * @param ingested  the input files read into a throwaway index, or null
     */
    private int analyse(
            Aggregates aggregates,
            PatentTable table,
            Map<String, Object> selection,
            List<String> warnings,
            KeyTechnologyAnalysis.Settings settings,
            RankUncertainty.Settings asked,
            PatentTable patents,
            Ingest.Ingested ingested,
            Diagnostics diag)
            throws IOException {
        checkSelection(aggregates);
        KeyTechnologyAnalysis.Result result = KeyTechnologyAnalysis.run(aggregates, settings);
        RankUncertainty.Result uncertain = estimate(table, settings, result, asked, diag);
        Function<String, String> patentTitle = aggregates.mostCited()::title;
        List<String> selectionWarnings = List.copyOf(warnings);
        warnings.addAll(result.warnings());
        warnings.forEach(diag::warn);
        Map<String, Object> params = new LinkedHashMap<>(selection);
        params.putAll(network.parameters());
        params.putAll(analysis.parameters(settings));
        params.putAll(uncertainty.parameters());
        return report(new Run(
                result,
                uncertain,
                patentTitle,
                params,
                List.copyOf(warnings),
                diag,
                settings,
                patents,
                selectionWarnings,
                ingested));
    }

    /** Rank uncertainty when asked for (with a progress bar over the resamples), else null. */
    private RankUncertainty.Result estimate(
            PatentTable table,
            KeyTechnologyAnalysis.Settings settings,
            KeyTechnologyAnalysis.Result result,
            RankUncertainty.Settings asked,
            Diagnostics diag) {
        if (!asked.any()) return null;
        try (ProgressBar bar =
                asked.resamples() > 0 ? diag.progress("bootstrap", asked.resamples(), "resamples") : null) {
            return RankUncertainty.of(
                    table, settings, result, asked, input.threads.threads(), bar == null ? () -> {} : bar::step);
        }
    }

    /** A run that needs no patent data (e.g. {@code rank --table}): its exit code, or null to analyse patents. */
    Integer withoutPatents() throws IOException {
        return null;
    }

    /**
     * Whether the subclass needs the selection's patents one by one ({@link Run#patents()}), e.g. to cut them into
     * periods; the aggregates cache is then not used.
     */
    boolean needsPatents() {
        return false;
    }

    /** Fails early (before the analysis runs) when the selection cannot give what was asked for. */
    void checkSelection(Aggregates aggregates) {}

    /** Writes the result; returns the exit code. */
    abstract int report(Run run) throws IOException;
}
