package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.ipc.IpcTitles;
import dev.kct.report.HtmlReport;
import dev.kct.report.TrendReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kct report}: the ranking of {@code rank --target CC}, laid out as one self-contained HTML page with charts
 * (chokepoint map, ranking table, what makes the top technologies key, their network, with periods the trend of
 * {@code kct trend}, one card per top chokepoint).
 */
@Command(
        header = "One self-contained HTML report: chokepoint map, ranking, network, chokepoint cards.",
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the analysis of 'rank --target CC' and writes one HTML file with everything inline (scripts,",
            "styles, data): it opens offline in any current browser and prints to PDF. Sections: what was",
            "analysed; the chokepoint map (key score against the target's RTA); the sortable ranking table; what",
            "makes each top technology key; the network around the chokepoints; with --periods or --window, the",
            "top chokepoints over time and the class of each technology per period ('kct trend'); one card per",
            "top chokepoint (what 'explain' shows); methods. The data is embedded as JSON; its 'rank' member is",
            "rank's JSON and its 'trend' member trend's."
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

    @Mixin
    PeriodOptions period;

    /** Options of the periods that mean nothing without them. */
    private static final List<String> PERIOD_OPTIONS =
            List.of("--step", "--weights-from", "--burst-s", "--burst-gamma");

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
        if (period.asked()) {
            if (aggregatesDir != null) {
                throw KctException.usage("--periods and --window need patents; --aggregates holds one selection's"
                        + " totals (use --index or input files)");
            }
            period.check(uncertainty.settings(network.seed));
        } else {
            List<String> given = PERIOD_OPTIONS.stream().filter(this::matched).toList();
            if (!given.isEmpty()) {
                throw KctException.usage(String.join(", ", given) + ": give --periods FROM-TO,... or --window W"
                        + " for the report's trend section");
            }
        }
        return null;
    }

    @Override
    boolean needsPatents() {
        return period.asked();
    }

    @Override
    int report(Run run) {
        IpcTitles titles = analysis.titles();
        HtmlReport html =
                new HtmlReport(run.result(), run.uncertainty(), titles, analysis.titles != null, run.patentTitle());
        HtmlReport.Sources sources = new HtmlReport.Sources(inputs(run), records(run), trend(run, titles));
        HtmlReport.Document document = html.document(run.parameters(), run.warnings(), sources, top, cards);
        output.write(out -> HtmlReport.write(document, out));
        return ExitCode.OK.code();
    }

    /**
     * With periods: what {@code kct trend --format json} writes with the same options (the same selection, cut into
     * the same periods, and its warnings: the selection's, then the periods').
     */
    private TrendReport.Document trend(Run run, IpcTitles titles) {
        if (!period.asked()) return null;
        PeriodOptions.Run trend = period.run(
                run.patents(),
                filter,
                network,
                analysis,
                run.settings(),
                uncertainty.settings(network.seed),
                input.threads.threads());
        trend.result().warnings().forEach(run.diagnostics()::warn);
        List<String> warnings = new ArrayList<>(run.selectionWarnings());
        warnings.addAll(trend.result().warnings());
        return new TrendReport(trend.result(), titles, analysis.titles != null)
                .json(trend.parameters(), List.copyOf(warnings));
    }

    /** What was read, by name only (no directories, so the page does not depend on where it was made). */
    private List<HtmlReport.Input> inputs(Run run) {
        List<HtmlReport.Input> out = new ArrayList<>();
        if (aggregatesDir != null) out.add(new HtmlReport.Input("aggregates", name(aggregatesDir), null));
        else if (input.index != null) out.add(new HtmlReport.Input("index", name(input.index), null));
        else if (run.ingested() != null) {
            run.ingested()
                    .files()
                    .forEach(f -> out.add(new HtmlReport.Input("file", name(Path.of(f.name())), f.format())));
        }
        return out;
    }

    private static HtmlReport.Records records(Run run) {
        if (run.ingested() == null) return null;
        var s = run.ingested().summary();
        return new HtmlReport.Records(s.read(), s.indexed(), s.rejected());
    }

    private static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
