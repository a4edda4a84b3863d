package dev.kct.network;

import java.util.Locale;

/** The export formats of {@code kct network}, each with its exporter and usual file extension. */
public enum NetworkFormat {
    /** GraphML, the default: nodes with label, patents and centralities; edges with weight. */
    GRAPHML("graphml"),
    /** GEXF 1.3 for Gephi. */
    GEXF("gexf"),
    /** Pajek {@code .net} for Pajek and VOSviewer (labels and weights only). */
    PAJEK("net"),
    /** CSV edge list {@code source,target,weight}; the node table is {@link CsvNodeExporter}. */
    CSV("csv"),
    /** VOSviewer JSON: items with weights and scores (average year for overlay maps, centralities), links. */
    VOSVIEWER("json");

    private final String extension;

    NetworkFormat(String extension) {
        this.extension = extension;
    }

    /** Usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** A new exporter for this format. */
    public NetworkExporter exporter() {
        return switch (this) {
            case GRAPHML -> new GraphmlExporter();
            case GEXF -> new GexfExporter();
            case PAJEK -> new PajekExporter();
            case CSV -> new CsvEdgeExporter();
            case VOSVIEWER -> new VosviewerExporter();
        };
    }

    /** The format named {@code name} (case-insensitive: graphml, gexf, pajek, csv, vosviewer). */
    public static NetworkFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown network format '" + name + "'; use graphml, gexf, pajek or csv");
        }
    }
}
