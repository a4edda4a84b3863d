package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateScan;
import dev.kct.centrality.Centralities;
import dev.kct.centrality.CentralityTable;
import dev.kct.index.CountUnit;
import dev.kct.index.PatentTable;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.CsvNodeExporter;
import dev.kct.network.NetworkExporter;
import dev.kct.network.NetworkFormat;
import dev.kct.network.VosviewerExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kct network}: writes the IPC co-occurrence network with every centrality as node attributes. */
@Command(
        header = "Writes the IPC co-occurrence network with centralities.",
        name = "network",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the IPC co-occurrence network of the selection, with node attributes label,",
            "patents and every centrality (degree, strength, betweenness, closeness, eigenvector, pagerank)."
        })
final class NetworkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataInput input;

    @Mixin
    FilterOptions filter;

    @Mixin
    NetworkOptions network;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "graphml",
            converter = Converters.NetworkFormats.class,
            completionCandidates = Converters.NetworkFormats.class,
            description =
                    "graphml (networkx, igraph, Gephi), gexf (Gephi), pajek (.net for Pajek/VOSviewer), csv (edges) or"
                            + " vosviewer (VOSviewer JSON with the average year for overlay maps). Default: ${DEFAULT-VALUE}.")
    NetworkFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of stdout.")
    Path output;

    @Option(
            names = "--nodes",
            paramLabel = "FILE",
            description = "With --format csv: also write the node table (label, patents, centralities).")
    Path nodes;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        NetworkExporter exporter = format.exporter();
        if (nodes != null && format != NetworkFormat.CSV) {
            throw KctException.usage("--nodes goes with --format csv (the other formats hold the node table already)");
        }
        OutputGuard.check("-o", output, input.files, input.index, input.ingest.rejects, nodes);
        OutputGuard.check("--nodes", nodes, input.files, input.index, input.ingest.rejects);
        Diagnostics diag = common.diagnostics();
        List<String> warnings = new ArrayList<>();
        CooccurrenceNetwork net;
        double[] averageYears = null;
        try (DataInput.Opened data = input.open(diag)) {
            int threads = input.threads.threads();
            PatentTable table = (format == NetworkFormat.VOSVIEWER
                            ? filter.load(data.index(), warnings, threads)
                            : filter.loadCounts(data.index(), warnings, threads))
                    .table();
            net = network.build(table, input.threads.threads());
            if (format == NetworkFormat.VOSVIEWER) {
                averageYears = AggregateScan.of(table, filter.count == CountUnit.FAMILIES, input.threads.threads())
                        .averageYears();
            }
        }
        warnings.forEach(diag::warn);
        CentralityTable centralities = Centralities.compute(net, network.centralityOptions(input.threads.threads()));
        Map<String, double[]> values = new LinkedHashMap<>();
        if (averageYears != null) values.put(VosviewerExporter.AVERAGE_YEAR, averageYears);
        values.putAll(centralities.asMap());
        diag.note("network: " + net.nodeCount() + " nodes, " + net.edgeCount() + " edges");
        AtomicOutput.write(output, spec.commandLine().getOut(), w -> export(exporter, net, values, w));
        if (nodes != null) {
            AtomicOutput.write(nodes, spec.commandLine().getOut(), w -> export(new CsvNodeExporter(), net, values, w));
        }
        return ExitCode.OK.code();
    }

    private static void export(
            NetworkExporter exporter, CooccurrenceNetwork net, Map<String, double[]> values, java.io.Writer w) {
        try {
            exporter.write(net, values, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
