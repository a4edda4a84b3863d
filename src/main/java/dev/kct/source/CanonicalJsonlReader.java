package dev.kct.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads kct's canonical JSONL: one JSON object per line with the {@link CanonicalField} keys; list
 * fields as arrays or as {@code ;}-separated strings; numbers as JSON numbers or strings. Unknown keys
 * are ignored with one warning per file.
 */
public final class CanonicalJsonlReader implements PatentReader {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        String name = head.baseName();
        return name.endsWith(".jsonl")
                || name.endsWith(".ndjson")
                || (head.firstLine().startsWith("{") && head.firstLine().contains("\"id\""));
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        Set<String> unknown = new TreeSet<>();
        Set<String> known = new HashSet<>();
        for (CanonicalField f : CanonicalField.values()) known.add(f.column());
        long lineNo = 0;
        boolean any = false;
        try (BufferedReader in = new BufferedReader(TextInput.open(file, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                any = true;
                SourceLocation where = new SourceLocation(displayName, lineNo);
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    // Jackson's stream limits (nesting over 1,000 deep, huge numbers) throw without a location
                    String column = e.getLocation() == null
                            ? ""
                            : " (column " + e.getLocation().getColumnNr() + ")";
                    sink.reject(
                            new Rejection(where, "(record)", "invalid JSON: " + e.getOriginalMessage() + column, line));
                    continue;
                }
                if (!(node instanceof ObjectNode)) {
                    sink.reject(new Rejection(where, "(record)", "not a JSON object: each line must be {...}", line));
                    continue;
                }
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!known.contains(k)) unknown.add(k);
                }
                final String raw = line;
                CanonicalRecordParser.parse(new JsonFields(node), where, () -> raw, sink);
            }
        }
        if (!any) {
            sink.reject(new Rejection(new SourceLocation(displayName, 1), "(file)", "empty file: no JSON records", ""));
        }
        if (!unknown.isEmpty()) {
            sink.warn(new SourceLocation(displayName, 1), "unknown keys ignored: " + String.join(", ", unknown));
        }
    }

    private record JsonFields(JsonNode node) implements CanonicalRecordParser.Fields {
        @Override
        public String text(CanonicalField field) {
            JsonNode v = node.get(field.column());
            if (v == null || v.isNull()) return null;
            String s = v.isValueNode() ? v.asText().strip() : v.toString();
            return s.isEmpty() ? null : s;
        }

        @Override
        public List<String> items(CanonicalField field) {
            JsonNode v = node.get(field.column());
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) return out;
            if (v.isArray()) {
                for (JsonNode item : v)
                    out.add(item.isNull() ? "" : item.asText().strip());
            } else {
                String s = v.asText();
                if (s.isBlank()) return out;
                for (String part : s.split(";", -1)) out.add(part.strip());
            }
            return out;
        }
    }
}
