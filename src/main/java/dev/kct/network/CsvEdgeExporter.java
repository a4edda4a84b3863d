package dev.kct.network;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Edge list as CSV (RFC 4180: comma separated, CRLF, quoted where needed): header
 * {@code source,target,weight}, then one row per undirected edge with the technology labels, smaller
 * node id first, ascending. Isolated nodes do not appear here; they are in the node table
 * ({@link CsvNodeExporter}). Node values are ignored. Cost: O(n + m), streaming.
 */
public final class CsvEdgeExporter implements NetworkExporter {

    @Override
    public void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException {
        NetworkExporter.checkNodeValues(network, nodeValues);
        int n = network.nodeCount();
        String[] fields = new String[n];
        for (int i = 0; i < n; i++) {
            fields[i] = Csv.field(network.label(i));
        }
        out.write("source,target,weight" + Csv.EOL);
        NetworkExporter.writeEdges(
                network,
                out,
                (edge, index, i, j, weight) -> edge.append(fields[i])
                        .append(',')
                        .append(fields[j])
                        .append(',')
                        .append(NetworkExporter.number(weight))
                        .append(Csv.EOL));
        out.flush();
    }
}
