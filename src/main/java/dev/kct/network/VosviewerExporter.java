package dev.kct.network;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The network as a VOSviewer JSON file (VOSviewer 1.6.16 and later: <i>File → Open → VOSviewer JSON file</i>; format
 * described in van Eck &amp; Waltman, "VOSviewer Manual", §"VOSviewer JSON files"): {@code network.items} with
 * {@code id} (1-based), {@code label}, {@code weights} ({@code Patents}, {@code Links}, {@code Total link strength})
 * and {@code scores} (every node value, e.g. {@code Avg. year} for an overlay visualisation, and the centralities),
 * and {@code network.links} with {@code source_id}, {@code target_id} and {@code strength}. VOSviewer computes the
 * layout and clusters itself. A node value that is NaN (e.g. the average year of a technology without a dated
 * patent) is left out of that item's scores.
 */
public final class VosviewerExporter implements NetworkExporter {

    /** The node-value name shown in VOSviewer as the average-year score, for overlay maps. */
    public static final String AVERAGE_YEAR = "avg_year";

    @Override
    public void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException {
        NetworkExporter.checkNodeValues(network, nodeValues);
        int n = network.nodeCount();
        int[] links = new int[n];
        double[] strength = new double[n];
        network.forEachEdge((a, b, w) -> {
            links[a]++;
            links[b]++;
            strength[a] += w;
            strength[b] += w;
        });
        JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeObjectFieldStart("network");
        json.writeArrayFieldStart("items");
        for (int i = 0; i < n; i++) {
            json.writeStartObject();
            json.writeNumberField("id", i + 1);
            json.writeStringField("label", network.label(i));
            json.writeObjectFieldStart("weights");
            json.writeNumberField("Patents", network.patents(i));
            json.writeNumberField("Links", links[i]);
            number(json, "Total link strength", strength[i]);
            json.writeEndObject();
            json.writeObjectFieldStart("scores");
            for (Map.Entry<String, double[]> v : nodeValues.entrySet()) {
                double x = v.getValue()[i];
                if (Double.isNaN(x)) continue;
                number(json, v.getKey().equals(AVERAGE_YEAR) ? "Avg. year" : v.getKey(), x);
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        IOException[] failed = {null};
        network.forEachEdge((a, b, w) -> {
            try {
                json.writeStartObject();
                json.writeNumberField("source_id", a + 1);
                json.writeNumberField("target_id", b + 1);
                number(json, "strength", w);
                json.writeEndObject();
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) throw failed[0];
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    /** A number as {@link NetworkExporter#number} writes it (integral values without a fraction). */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        json.writeFieldName(name);
        json.writeRawValue(NetworkExporter.number(value));
    }
}
