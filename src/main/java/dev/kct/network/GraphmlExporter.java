package dev.kct.network;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GraphML (graphml.graphdrawing.org), the default export: readable by networkx {@code read_graphml},
 * igraph {@code Graph.Read_GraphML} and Gephi.
 *
 * <p>Undirected graph; node ids {@code n0, n1, …} in node-id order; node attributes {@code label}
 * (string), {@code patents} (int) and each given node value under its name (double); edge attribute
 * {@code weight} (double), one {@code <edge>} per undirected edge, smaller node first, ascending.
 * Isolated nodes are written like any other. Keys are declared with {@code attr.type}; key ids are
 * {@code d0, d1, …} so that any value name is safe. Cost: O(n + m), streaming.
 */
public final class GraphmlExporter implements NetworkExporter {

    @Override
    public void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException {
        NetworkExporter.checkNodeValues(network, nodeValues);
        List<String> names = new ArrayList<>(nodeValues.keySet());
        List<double[]> values = new ArrayList<>(nodeValues.values());
        int k = names.size();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
                + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        out.write("  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        out.write("  <key id=\"d1\" for=\"node\" attr.name=\"patents\" attr.type=\"int\"/>\n");
        for (int a = 0; a < k; a++) {
            out.write("  <key id=\"d" + (a + 2) + "\" for=\"node\" attr.name=\"" + Xml.escape(names.get(a))
                    + "\" attr.type=\"double\"/>\n");
        }
        String weightKey = "d" + (k + 2);
        out.write("  <key id=\"" + weightKey + "\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        out.write("  <graph id=\"G\" edgedefault=\"undirected\">\n");
        int n = network.nodeCount();
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < n; i++) {
            line.setLength(0);
            line.append("    <node id=\"n").append(i).append("\">\n");
            line.append("      <data key=\"d0\">")
                    .append(Xml.escape(network.label(i)))
                    .append("</data>\n");
            line.append("      <data key=\"d1\">").append(network.patents(i)).append("</data>\n");
            for (int a = 0; a < k; a++) {
                line.append("      <data key=\"d")
                        .append(a + 2)
                        .append("\">")
                        .append(NetworkExporter.number(values.get(a)[i]))
                        .append("</data>\n");
            }
            line.append("    </node>\n");
            out.append(line);
        }
        NetworkExporter.writeEdges(
                network,
                out,
                (edge, index, i, j, weight) -> edge.append("    <edge source=\"n")
                        .append(i)
                        .append("\" target=\"n")
                        .append(j)
                        .append("\">")
                        .append("<data key=\"")
                        .append(weightKey)
                        .append("\">")
                        .append(NetworkExporter.number(weight))
                        .append("</data></edge>\n"));
        out.write("  </graph>\n</graphml>\n");
        out.flush();
    }
}
