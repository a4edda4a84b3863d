package dev.kct.network;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Node table as CSV (RFC 4180): header {@code label,patents,<value names…>}, then one row per node
 * in node-id (label) order, isolated nodes included. Cost: O(n · values), streaming.
 */
public final class CsvNodeExporter implements NetworkExporter {

    @Override
    public void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException {
        NetworkExporter.checkNodeValues(network, nodeValues);
        List<double[]> values = new ArrayList<>(nodeValues.values());
        StringBuilder line = new StringBuilder(128);
        line.append("label,patents");
        for (String name : nodeValues.keySet()) {
            line.append(',').append(Csv.field(name));
        }
        out.append(line.append(Csv.EOL));
        for (int i = 0; i < network.nodeCount(); i++) {
            line.setLength(0);
            line.append(Csv.field(network.label(i))).append(',').append(network.patents(i));
            for (double[] v : values) {
                line.append(',').append(NetworkExporter.number(v[i]));
            }
            out.append(line.append(Csv.EOL));
        }
        out.flush();
    }
}
