package dev.kct.cli;

import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.index.CountUnit;
import dev.kct.index.PatentIndex;
import dev.kct.index.PatentTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Mixin;

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

    /** What the subclass gets to report from. */
    record Run(
            KeyTechnologyAnalysis.Result result,
            RankUncertainty.Result uncertainty,
            PatentIndex index,
            Map<String, Object> parameters,
            List<String> warnings,
            Diagnostics diagnostics) {}

    @Override
    public final Integer call() throws IOException {
        Integer done = withoutPatents();
        if (done != null) return done;
        output.guard(input);
        Diagnostics diag = common.diagnostics();
        KeyTechnologyAnalysis.Settings settings = analysis.settings(network, input.threads.threads());
        RankUncertainty.Settings asked = uncertainty.settings(network.seed);
        List<String> warnings = new ArrayList<>();
        try (DataInput.Opened data = input.open(diag)) {
            FilterOptions.Loaded loaded = filter.load(data.index(), warnings, input.threads.threads());
            checkSelection(loaded.table());
            Aggregates aggregates =
                    AggregateScan.of(loaded.table(), filter.count == CountUnit.FAMILIES, input.threads.threads());
            KeyTechnologyAnalysis.Result result = KeyTechnologyAnalysis.run(aggregates, settings);
            RankUncertainty.Result uncertain = estimate(loaded.table(), settings, result, asked, diag);
            warnings.addAll(result.warnings());
            warnings.forEach(diag::warn);
            Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
            params.putAll(network.parameters());
            params.putAll(analysis.parameters(settings));
            params.putAll(uncertainty.parameters());
            return report(new Run(result, uncertain, data.index(), params, List.copyOf(warnings), diag));
        }
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

    /** Fails early (before the analysis runs) when the selection cannot give what was asked for. */
    void checkSelection(PatentTable table) {}

    /** Writes the result; returns the exit code. */
    abstract int report(Run run) throws IOException;
}
