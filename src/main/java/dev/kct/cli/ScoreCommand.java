package dev.kct.cli;

import dev.kct.report.KeyTechnologyReport;
import dev.kct.report.ResultTable;
import picocli.CommandLine.Command;

/** {@code kct score}: every indicator, the family scores and the key score of every technology. */
@Command(
        header = "Every indicator and family score of every technology.",
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Every indicator and family score for every technology, in code order:",
            "centrality (network position), dominance, barrier, and the key score that combines them."
        })
final class ScoreCommand extends AnalysisCommand {

    @Override
    int report(Run run) {
        KeyTechnologyReport report =
                new KeyTechnologyReport(run.result(), run.uncertainty(), analysis.titles(), analysis.titles != null);
        ResultTable table = report.table(false, 0);
        output.emit(
                report.json("score", run.parameters(), run.warnings(), table),
                table,
                out -> report.writeText(table, out, false));
        return ExitCode.OK.code();
    }
}
