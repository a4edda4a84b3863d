package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.ipc.IpcTitles;
import dev.kct.report.HtmlReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kct report}: the ranking of {@code rank --target CC}, laid out as one self-contained HTML page with charts
 * (chokepoint map, ranking table, what makes the top technologies key, their network, one card per top chokepoint).
 */
@Command(
        header = "One self-contained HTML report: chokepoint map, ranking, network, chokepoint cards.",
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the analysis of 'rank --target CC' and writes one HTML file with everything inline (scripts,",
            "styles, data): it opens offline in any current browser and prints to PDF. Sections: what was",
            "analysed; the chokepoint map (key score against the target's RTA); the sortable ranking table; what",
            "makes each top technology key; the network around the chokepoints; one card per top chokepoint",
            "(what 'explain' shows); methods. The data is embedded as JSON; its 'rank' member is rank's JSON."
        })
final class ReportCommand extends AnalysisCommand {

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "Technologies in the charts (labels, contributions, network). Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(
            names = "--cards",
            paramLabel = "N",
            defaultValue = "10",
            description = "Top chokepoints that get a card. Default: ${DEFAULT-VALUE}.")
    int cards;

    @Override
    Integer withoutPatents() {
        if (top < 1) throw KctException.usage("--top: " + top + " is not a positive number of technologies");
        if (cards < 0) throw KctException.usage("--cards: " + cards + " is negative; give a number of cards");
        if (analysis.target() == null) {
            throw KctException.usage("report needs --target CC: it shows where that country is choked");
        }
        if (output.format != null) {
            throw KctException.usage("--format: report writes HTML only; drop --format");
        }
        return null;
    }

    @Override
    int report(Run run) {
        IpcTitles titles = analysis.titles();
        HtmlReport html =
                new HtmlReport(run.result(), run.uncertainty(), titles, analysis.titles != null, run.patentTitle());
        HtmlReport.Document document = html.document(run.parameters(), run.warnings(), inputs(), top, cards);
        output.write(out -> HtmlReport.write(document, out));
        return ExitCode.OK.code();
    }

    /** What was read, by name only (no directories, so the page does not depend on where it was made). */
    private List<String> inputs() {
        List<String> out = new ArrayList<>();
        if (aggregatesDir != null) out.add("aggregates " + name(aggregatesDir));
        else if (input.index != null) out.add("index " + name(input.index));
        else if (input.files != null) input.files.forEach(f -> out.add(name(f)));
        return out;
    }

    private static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
