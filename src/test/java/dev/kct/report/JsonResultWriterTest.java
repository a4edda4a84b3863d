package dev.kct.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonResultWriterTest {

    record Doc(
            @JsonProperty("some_value") double someValue,
            Double boxed,
            double[] array,
            Map<String, Object> map,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer absent,
            String title) {}

    private static String json(Object document) {
        StringWriter out = new StringWriter();
        JsonResultWriter.write(document, out);
        return out.toString();
    }

    @Test
    void recordsKeepComponentOrderAndSnakeCaseNamesAndWriteNonFiniteNumbersAsNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", Double.NaN);
        map.put("a", 2);
        map.put("list", List.of(1.5, Double.NEGATIVE_INFINITY));
        String text =
                json(new Doc(Double.NaN, Double.POSITIVE_INFINITY, new double[] {0.25, Double.NaN}, map, null, null));
        assertThat(text).isEqualTo("""
                {
                  "some_value" : null,
                  "boxed" : null,
                  "array" : [
                    0.25,
                    null
                  ],
                  "map" : {
                    "z" : null,
                    "a" : 2,
                    "list" : [
                      1.5,
                      null
                    ]
                  },
                  "title" : null
                }
                """);
    }

    @Test
    void finiteNumbersAreWrittenAsJacksonWritesThem() {
        assertThat(json(new Doc(3.0, 1e-7, new double[] {1}, Map.of(), 4, "t")))
                .contains("\"some_value\" : 3.0,", "\"boxed\" : 1.0E-7,", "1.0\n", "\"absent\" : 4,");
    }

    @Test
    void inlineJsonCannotEndItsScriptElementAndKeepsTheNumbers() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", "a </script><!-- b & c > d");
        map.put("x", Double.NaN);
        map.put("y", 0.1);
        String text = JsonResultWriter.inline(map);
        assertThat(text)
                .isEqualTo(
                        "{\"title\":\"a \\u003C/script\\u003E\\u003C!-- b \\u0026 c \\u003E d\",\"x\":null,\"y\":0.1}")
                .doesNotContain("<", ">", "&");
    }
}
