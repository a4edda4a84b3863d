package dev.kct.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.centrality.Centralities;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/**
 * Golden-file tests of the exporters: a fixed network (labels needing XML and CSV escaping, a
 * fractional weight, an isolated node) with every centrality, written by each exporter, must equal
 * {@code src/test/resources/network/sample.*} byte for byte, and twice in a row. The golden GraphML
 * was read back with networkx 2.8.8 {@code read_graphml} and igraph 0.10.2 {@code Graph.Read_GraphML}
 * (same nodes, edges, weights and attributes), the Pajek file with {@code nx.read_pajek}.
 */
class NetworkExportersTest {

    /** A01B–A01C (weight 3), A01C–"H01L 21/00" (1/3), A01B–"X&<\"Y',Z" (2); "Z99" isolated. */
    static CooccurrenceNetwork sample() {
        String[] labels = {"A01B", "A01C", "H01L 21/00", "X&<\"Y',Z", "Z99"};
        int[] patents = {4, 5, 1, 2, 7};
        return CooccurrenceNetwork.fromEdges(
                labels, patents, new int[] {0, 1, 0}, new int[] {1, 2, 3}, new double[] {3, 1 / 3.0, 2});
    }

    static Map<String, double[]> centralities(CooccurrenceNetwork g) {
        return Centralities.compute(g).asMap();
    }

    @ParameterizedTest
    @CsvSource({
        "graphml, sample.graphml",
        "gexf, sample.gexf",
        "pajek, sample.net",
        "csv, sample-edges.csv",
        "nodes, sample-nodes.csv"
    })
    void writesTheGoldenFile(String format, String golden) throws IOException {
        NetworkExporter exporter = switch (format) {
            case "graphml" -> new GraphmlExporter();
            case "gexf" -> new GexfExporter();
            case "pajek" -> new PajekExporter();
            case "csv" -> new CsvEdgeExporter();
            default -> new CsvNodeExporter();
        };
        CooccurrenceNetwork g = sample();
        byte[] first = write(exporter, g, centralities(g));
        byte[] second = write(exporter, g, centralities(g));
        assertThat(second).isEqualTo(first);
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/network/" + golden)) {
            assertThat(in).as(golden).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void xmlExportsAreWellFormedAndKeepEveryNode() throws Exception {
        CooccurrenceNetwork g = sample();
        for (NetworkExporter exporter : new NetworkExporter[] {new GraphmlExporter(), new GexfExporter()}) {
            byte[] bytes = write(exporter, g, centralities(g));
            Document doc =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(5);
            assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(3);
        }
        Document graphml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(write(new GraphmlExporter(), g, Map.of())));
        assertThat(graphml.getElementsByTagName("data").item(6).getTextContent())
                .isEqualTo("X&<\"Y',Z");
    }

    @Test
    void numbersRoundTrip() {
        assertThat(NetworkExporter.number(3)).isEqualTo("3");
        assertThat(NetworkExporter.number(-0.0)).isEqualTo("0");
        assertThat(NetworkExporter.number(1 / 3.0)).isEqualTo("0.3333333333333333");
        assertThat(NetworkExporter.number(1.25e-5)).isEqualTo("1.25E-5");
        assertThat(NetworkExporter.number(1e20)).isEqualTo("1.0E20");
        for (double v : new double[] {0.1, 1 / 7.0, 123456.789, 4.9e-324, 1e15 + 0.5, 0.30000000000000004}) {
            assertThat(Double.parseDouble(NetworkExporter.number(v))).isEqualTo(v);
        }
        assertThatThrownBy(() -> NetworkExporter.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsReservedOrMisSizedNodeValues() {
        CooccurrenceNetwork g = sample();
        Map<String, double[]> clash = new LinkedHashMap<>();
        clash.put("label", new double[5]);
        assertThatThrownBy(() -> write(new GraphmlExporter(), g, clash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(new CsvNodeExporter(), g, Map.of("x", new double[2])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyNetworkStillWritesValidFiles() throws Exception {
        CooccurrenceNetwork g = CooccurrenceNetwork.empty();
        byte[] graphml = write(new GraphmlExporter(), g, centralities(g));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
        assertThat(new String(write(new PajekExporter(), g, Map.of()), StandardCharsets.UTF_8))
                .isEqualTo("*Vertices 0\n*Edges\n");
        assertThat(new String(write(new CsvEdgeExporter(), g, Map.of()), StandardCharsets.UTF_8))
                .isEqualTo("source,target,weight\r\n");
    }

    @Test
    void xmlEscapingReplacesCharactersXmlCannotHold() {
        assertThat(Xml.escape("a\u0001b\uD800c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(Xml.escape("tab\there")).isEqualTo("tab&#9;here");
        assertThat(Xml.escape("plain")).isSameAs("plain");
    }

    static byte[] write(NetworkExporter exporter, CooccurrenceNetwork g, Map<String, double[]> values)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(g, values, out);
        return out.toByteArray();
    }
}
