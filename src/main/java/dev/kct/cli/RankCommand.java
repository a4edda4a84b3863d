package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.TableRanking;
import dev.kct.rank.KeyTechnologyScoring;
import dev.kct.report.KeyTechnologyReport;
import dev.kct.report.ResultTable;
import dev.kct.report.TableRankingReport;
import dev.kct.source.IndicatorCsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code kct rank}: the key-technology ranking; with {@code --target CC}, chokepoint classes. With
 * {@code --table FILE} it ranks any indicator table instead, in one level, with no index.
 */
@Command(
        header = "The key-technology ranking; chokepoints with --target CC.",
        name = "rank",
        mixinStandardHelpOptions = true,
        description = {
            "Ranks technologies by key score; with --target CC by chokepoint score",
            "(key score x (1 - target share)) with classes chokepoint, strength, watch, other.",
            "With --table FILE.csv ranks any indicator table (first column the id, the rest numbers)."
        })
final class RankCommand extends AnalysisCommand {

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "0",
            description = "Only the first N rows (0 = all). Default: all.")
    int top;

    @Option(names = "--table", paramLabel = "FILE", description = "Rank this CSV indicator table instead of patents.")
    Path table;

    @Option(
            names = "--cost",
            paramLabel = "COL",
            split = ",",
            description = "With --table: columns where less is better (turned into max - x).")
    List<String> cost;

    @Override
    int report(Run run) {
        KeyTechnologyReport report =
                new KeyTechnologyReport(run.result(), run.uncertainty(), analysis.titles(), analysis.titles != null);
        ResultTable full = report.table(true, top);
        output.emit(
                report.json("rank", run.parameters(), run.warnings(), full),
                full,
                out -> report.writeText(full, out, true));
        return ExitCode.OK.code();
    }

    /** The options that mean something to {@code rank --table}; any other is an error there, not silently ignored. */
    private static final Set<String> TABLE_OPTIONS = Set.of(
            "--table",
            "--cost",
            "--normalize",
            "--weights",
            "--weights-file",
            "--method",
            "--top",
            "--format",
            "--output",
            "--quiet",
            "--verbose");

    @Override
    Integer withoutPatents() throws IOException {
        if (top < 0) throw KctException.usage("--top: " + top + " is negative; give a number of rows (0 = all)");
        if (table == null) {
            if (cost != null) throw KctException.usage("--cost goes with --table");
            return null;
        }
        if (input.index != null || (input.files != null && !input.files.isEmpty())) {
            throw KctException.usage("--table ranks a table on its own: drop --index and the input files");
        }
        List<String> foreign = output.spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName)
                .filter(n -> !TABLE_OPTIONS.contains(n))
                .distinct()
                .toList();
        if (!foreign.isEmpty()) {
            throw KctException.usage(String.join(", ", foreign) + (foreign.size() == 1 ? " does" : " do")
                    + " not apply to --table, which ranks the table's own columns in one level; drop "
                    + (foreign.size() == 1 ? "it" : "them"));
        }
        IndicatorCsvTable data = IndicatorCsvTable.read(table);
        KeyTechnologyScoring.Settings scoring = analysis.scoring();
        List<String> costColumns = cost == null ? List.of() : cost;
        for (String c : costColumns) {
            if (!data.columns().contains(c.strip())) {
                throw KctException.usage("--cost: no column '" + c + "' in " + table + "; columns: " + data.columns());
            }
        }
        TableRanking.Result r;
        try {
            r = TableRanking.run(data.ids(), data.columns(), data.values(), costColumns, scoring);
        } catch (IllegalArgumentException e) {
            throw KctException.usage(e.getMessage());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("table", table.getFileName().toString());
        params.put("cost", cost == null ? List.of() : cost);
        params.put("normalize", scoring.normalization().id());
        params.put("weights", scoring.weights().id());
        params.put("method", scoring.aggregation().id());
        TableRankingReport report = new TableRankingReport(r, top);
        Diagnostics diag = common.diagnostics();
        r.scores().warnings().forEach(diag::warn);
        output.emit(report.json(params), report.table(), report::writeText);
        return ExitCode.OK.code();
    }
}
