package dev.kct.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link CooccurrenceNetwork}, with optional per-node values (e.g. centralities, by name, in
 * the order given), to one file format. Output is a pure function of its input: the same network and
 * values give the same bytes. Numbers are written by {@link #number(double)}.
 */
public interface NetworkExporter {

    /**
     * Writes the network to {@code out}, which is flushed but not closed.
     *
     * @param nodeValues name → one value per node id (may be empty); names must differ from the
     *                   exporter's own attributes ({@code label}, {@code patents}, {@code weight})
     */
    void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, Writer out) throws IOException;

    /** Writes UTF-8 to {@code out}, which is flushed but not closed. */
    default void write(CooccurrenceNetwork network, Map<String, double[]> nodeValues, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(network, nodeValues, writer);
        writer.flush();
    }

    /**
     * A number as text that parses back to the same double: integral values below 10^15 without a
     * fraction ({@code 3}, not {@code 3.0}), everything else as {@link Double#toString(double)}
     * ({@code 0.3333333333333333}, {@code 1.25E-5}).
     *
     * @throws IllegalArgumentException for NaN or an infinity, which no export may contain
     */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot export the non-finite value " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Checks the node values: right lengths, no clash with reserved attribute names. */
    static void checkNodeValues(CooccurrenceNetwork network, Map<String, double[]> nodeValues) {
        for (Map.Entry<String, double[]> e : nodeValues.entrySet()) {
            String name = e.getKey();
            if (name.equals("label") || name.equals("patents") || name.equals("weight") || name.equals("id")) {
                throw new IllegalArgumentException("node value name '" + name + "' is reserved");
            }
            if (e.getValue().length != network.nodeCount()) {
                throw new IllegalArgumentException("node value '" + name + "' has " + e.getValue().length
                        + " entries for " + network.nodeCount() + " nodes");
            }
        }
    }

    /**
     * Writes one line per undirected edge, in {@link CooccurrenceNetwork#forEachEdge} order (smaller
     * node first, ascending), as {@code format} lays it out: the one edge loop of every exporter.
     */
    static void writeEdges(CooccurrenceNetwork network, Writer out, EdgeLine format) throws IOException {
        StringBuilder line = new StringBuilder(128);
        int[] index = {0};
        try {
            network.forEachEdge((a, b, weight) -> {
                line.setLength(0);
                format.append(line, index[0]++, a, b, weight);
                try {
                    out.append(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Lays out one edge (the {@code index}-th, from 0, between nodes {@code a < b}) as a line. */
    @FunctionalInterface
    interface EdgeLine {
        void append(StringBuilder line, int index, int a, int b, double weight);
    }
}
