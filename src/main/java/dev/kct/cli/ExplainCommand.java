package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.aggregate.Aggregates;
import dev.kct.indicator.TechnologyProfile;
import dev.kct.ipc.IpcParseException;
import dev.kct.ipc.IpcParser;
import dev.kct.report.ExplanationReport;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kct explain CODE}: how one technology's scores were formed, and who stands behind it. */
@Command(
        header = "How one technology's scores were formed, and who holds it.",
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Shows how one technology's family scores and key score were formed (indicators, normalised"
                + " values, weights, TOPSIS distances), its position for --target, and its top applicants, countries,"
                + " co-occurring technologies and most-cited patents.")
final class ExplainCommand extends AnalysisCommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "The technology, e.g. H01L (at --level).")
    String code;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "Length of each list. Default: ${DEFAULT-VALUE}.")
    int top;

    @Override
    Integer withoutPatents() {
        if (top < 0) throw KctException.usage("--top: " + top + " is negative; give a list length (0 = none)");
        if (input.files != null
                && !input.files.isEmpty()
                && input.files.get(0).toString().equals(code)) {
            input.files = input.files.subList(1, input.files.size());
        }
        try {
            String cut = IpcParser.parse(code).code(filter.level);
            if (cut == null) {
                throw KctException.usage("'" + code + "' is coarser than --level " + filter.level.id() + ": give a "
                        + filter.level.id() + " code or choose a coarser --level");
            }
            code = cut;
        } catch (IpcParseException e) {
            throw KctException.usage(e.getMessage());
        }
        return null;
    }

    @Override
    void checkSelection(Aggregates aggregates) {
        if (Arrays.binarySearch(aggregates.technologies(), code) < 0)
            throw notInSelection(aggregates.technologyCount());
    }

    private KctException notInSelection(int technologies) {
        return KctException.data(code + " has no patents in the selection (" + technologies + " technologies at level "
                + filter.level.id() + "); see 'kct stats' for the codes present");
    }

    @Override
    int report(Run run) {
        String[] codes = run.result().codes();
        int row = Arrays.binarySearch(codes, code);
        if (row < 0) {
            boolean excluded =
                    run.result().excluded().stream().anyMatch(e -> e.code().equals(code));
            if (!excluded) throw notInSelection(codes.length);
            row = -1;
        }
        TechnologyProfile profile = TechnologyProfile.of(run.result().statistics(), code, top);
        ExplanationReport report = new ExplanationReport(
                run.result(), run.uncertainty(), code, row, analysis.titles().title(code), profile, run.patentTitle());
        output.emit(report.json(run.parameters(), run.warnings()), report.table(), report::writeText);
        return ExitCode.OK.code();
    }
}
