package dev.kct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON result (DESIGN.md: {@code kct_version, command, parameters, warnings, weights,
 * technologies, …}) from ordered maps, pretty-printed with two-space indentation and a final newline.
 * Key order is insertion order, numbers are plain JSON numbers, NaN and infinities become null, so
 * the same input gives the same bytes.
 */
public final class JsonResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonResultWriter() {
    }

    public static void write(Map<String, Object> document, Writer out) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            JSON.writer(pp).writeValue(out, clean(document));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static Object clean(Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) return null;
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(k, clean(val)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(clean(x)));
            return out;
        }
        if (v instanceof double[] a) {
            List<Object> out = new ArrayList<>(a.length);
            for (double x : a) out.add(clean(x));
            return out;
        }
        return v;
    }
}
