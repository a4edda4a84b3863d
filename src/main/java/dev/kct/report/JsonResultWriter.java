package dev.kct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON result (docs/DESIGN.md: {@code kct_version, command, parameters, warnings, weights,
 * technologies, …}), pretty-printed with two-space indentation and a final newline. A document is a
 * typed record (e.g. {@link StatsReport.Document}) whose components give the keys in order, with ordered
 * maps inside where the keys are data (parameters, weights, indicator columns). Numbers are plain JSON
 * numbers, NaN and infinities become null, so the same input gives the same bytes.
 */
public final class JsonResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .registerModule(new SimpleModule("kct-finite-numbers")
                    .addSerializer(Double.class, new FiniteDoubleSerializer())
                    .addSerializer(Double.TYPE, new FiniteDoubleSerializer())
                    .addSerializer(double[].class, new FiniteDoubleArraySerializer()));

    private JsonResultWriter() {}

    /** Writes {@code document}, a record of a kct result or an ordered map, to {@code out} and flushes it. */
    public static void write(Object document, Writer out) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            JSON.writer(pp).writeValue(out, document);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code document} as compact JSON to embed in an HTML page ({@code <script type="application/json">}): the
     * same numbers as {@link #write}, with {@code <}, {@code >} and {@code &} written as {@code \u003c},
     * {@code \u003e} and {@code \u0026} so that no {@code </script>} or {@code <!--} can end the element early.
     */
    public static String inline(Object document) {
        try {
            return JSON.writer().with(new HtmlSafeEscapes()).writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON's own escapes plus the three characters that mean something to an HTML parser. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final int[] ESCAPES = escapes();

        private static int[] escapes() {
            int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
            e['<'] = CharacterEscapes.ESCAPE_STANDARD;
            e['>'] = CharacterEscapes.ESCAPE_STANDARD;
            e['&'] = CharacterEscapes.ESCAPE_STANDARD;
            return e;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ESCAPES;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    /** A table as a list of objects keyed by column name. */
    public static List<Map<String, Object>> rows(ResultTable table) {
        List<Map<String, Object>> out = new ArrayList<>(table.rows().size());
        for (Object[] row : table.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int c = 0; c < row.length; c++) m.put(table.columns().get(c).name(), row[c]);
            out.add(m);
        }
        return out;
    }

    /** A double as Jackson writes it, or null when it is NaN or infinite. */
    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {

        FiniteDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writeFinite(value, gen);
        }
    }

    /** A double array as a JSON array of {@link FiniteDoubleSerializer} numbers. */
    private static final class FiniteDoubleArraySerializer extends StdSerializer<double[]> {

        FiniteDoubleArraySerializer() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(values, values.length);
            for (double v : values) writeFinite(v, gen);
            gen.writeEndArray();
        }
    }

    private static void writeFinite(double value, JsonGenerator gen) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) gen.writeNull();
        else gen.writeNumber(value);
    }
}
