package dev.kct.network;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GEXF 1.3 (gexf.net), Gephi's native format.
 *
 * <p>Static undirected graph; node ids {@code 0, 1, …} with the technology as {@code label}; node
 * attributes {@code patents} (integer) and each given node value (double), declared in
 * {@code <attributes class="node">} with ids {@code 0, 1, …} and the names as titles; one
 * {@code <edge>} per undirected edge with its {@code weight}. No timestamp in {@code <meta>}, so the
 * bytes depend on the network only. Cost: O(n + m), streaming.
 */
public final class GexfExporter implements NetworkExporter {

    @Override
    public void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException {
        NetworkExporter.checkNodeValues(network, nodeValues);
        List<String> names = new ArrayList<>(nodeValues.keySet());
        List<double[]> values = new ArrayList<>(nodeValues.values());
        int k = names.size();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        out.write("  <meta>\n    <creator>kct</creator>\n"
                + "    <description>IPC co-occurrence network</description>\n  </meta>\n");
        out.write("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
        out.write("    <attributes class=\"node\" mode=\"static\">\n");
        out.write("      <attribute id=\"0\" title=\"patents\" type=\"integer\"/>\n");
        for (int a = 0; a < k; a++) {
            out.write("      <attribute id=\"" + (a + 1) + "\" title=\"" + Xml.escape(names.get(a))
                    + "\" type=\"double\"/>\n");
        }
        out.write("    </attributes>\n");
        int n = network.nodeCount();
        out.write("    <nodes>\n");
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < n; i++) {
            line.setLength(0);
            line.append("      <node id=\"")
                    .append(i)
                    .append("\" label=\"")
                    .append(Xml.escape(network.label(i)))
                    .append("\">\n");
            line.append("        <attvalues>\n");
            line.append("          <attvalue for=\"0\" value=\"")
                    .append(network.patents(i))
                    .append("\"/>\n");
            for (int a = 0; a < k; a++) {
                line.append("          <attvalue for=\"")
                        .append(a + 1)
                        .append("\" value=\"")
                        .append(NetworkExporter.number(values.get(a)[i]))
                        .append("\"/>\n");
            }
            line.append("        </attvalues>\n      </node>\n");
            out.append(line);
        }
        out.write("    </nodes>\n    <edges>\n");
        NetworkExporter.writeEdges(
                network,
                out,
                (edge, index, i, j, weight) -> edge.append("      <edge id=\"")
                        .append(index)
                        .append("\" source=\"")
                        .append(i)
                        .append("\" target=\"")
                        .append(j)
                        .append("\" weight=\"")
                        .append(NetworkExporter.number(weight))
                        .append("\"/>\n"));
        out.write("    </edges>\n  </graph>\n</gexf>\n");
        out.flush();
    }
}
