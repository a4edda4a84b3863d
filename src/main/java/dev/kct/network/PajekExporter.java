package dev.kct.network;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Pajek {@code .net}, read by Pajek, VOSviewer, networkx {@code read_pajek} and igraph.
 *
 * <p>{@code *Vertices n}, then one line per node: its 1-based number and its label in double quotes
 * (a double quote inside a label, which Pajek cannot escape, is written as a single quote); then
 * {@code *Edges} and one line {@code a b weight} per undirected edge, smaller number first,
 * ascending. Isolated nodes appear among the vertices. Pajek has no node attributes, so node values
 * are not written (use the CSV node table). Lines end with LF. Cost: O(n + m), streaming.
 */
public final class PajekExporter implements NetworkExporter {

    @Override
    public void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException {
        NetworkExporter.checkNodeValues(network, nodeValues);
        int n = network.nodeCount();
        out.write("*Vertices " + n + "\n");
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < n; i++) {
            line.setLength(0);
            line.append(i + 1).append(" \"").append(quoteFree(network.label(i))).append("\"\n");
            out.append(line);
        }
        out.write("*Edges\n");
        NetworkExporter.writeEdges(
                network,
                out,
                (edge, index, i, j, weight) -> edge.append(i + 1)
                        .append(' ')
                        .append(j + 1)
                        .append(' ')
                        .append(NetworkExporter.number(weight))
                        .append('\n'));
        out.flush();
    }

    private static String quoteFree(String label) {
        return label.replace('"', '\'').replace('\n', ' ').replace('\r', ' ');
    }
}
