package dev.kct.source.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.KctException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column mapping ({@code --map FILE}): which column of an export holds each canonical field, and how
 * to read the file. A JSON object with these keys, all optional except {@code id}, {@code ipc} and one
 * date:
 * <ul>
 *   <li>the fields {@link #FIELDS}, each the header text as it appears in the file or a 1-based column
 *       number (a number is needed for a header that appears more than once);</li>
 *   <li>{@code encoding} (default: detected), {@code sheet} (workbooks: name or 1-based number; default
 *       the first), {@code header_row} (1-based, default 1), {@code list_separators} (array of one-character
 *       strings; default see {@link ListSplitter}), {@code date_formats} (array of patterns such as
 *       {@code dd/MM/yyyy}; default see {@link DateColumn}), {@code country_names} (true: country names
 *       in {@code applicant_countries} become ISO codes, see {@link CountryNames}).</li>
 * </ul>
 * Keys starting with {@code _} are comments (built-in profiles cite their sources there). Any other key
 * is refused, so that a misspelt field is not silently ignored.
 *
 * @param columns        the mapped fields, in {@link #FIELDS} order
 * @param encoding       the encoding's name, or null to detect it
 * @param sheet          the sheet's name or 1-based number as text, or null for the first
 * @param headerRow      the 1-based header row
 * @param listSeparators the list separators, or empty for the defaults
 * @param dateFormats    the date patterns, or empty for every common form
 * @param countryNames   whether country names are mapped to ISO codes
 */
public record ColumnMapping(
        Map<String, Column> columns,
        String encoding,
        String sheet,
        int headerRow,
        List<String> listSeparators,
        List<String> dateFormats,
        boolean countryNames) {

    /** The field keys, in canonical order; {@code forward_citations} is the one not in the canonical CSV. */
    public static final List<String> FIELDS = List.of(
            "id",
            "ipc",
            "priority_date",
            "filing_date",
            "publication_date",
            "family_id",
            "applicants",
            "applicant_countries",
            "cited",
            "claims",
            "npl_citations",
            "title",
            "abstract",
            "forward_citations");

    /** The settings keys. */
    public static final List<String> SETTINGS =
            List.of("encoding", "sheet", "header_row", "list_separators", "date_formats", "country_names");

    /** The three date fields. */
    public static final List<String> DATES = List.of("priority_date", "filing_date", "publication_date");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Where a field is: a header name, or a 1-based column number (then {@code name} is null). */
    public record Column(String name, int number) {
        @Override
        public String toString() {
            return name != null ? "'" + name + "'" : "column " + number;
        }
    }

    public ColumnMapping {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        listSeparators = List.copyOf(listSeparators);
        dateFormats = List.copyOf(dateFormats);
    }

    /** Parses and validates a mapping; {@code origin} (e.g. the file name) starts every error message. */
    public static ColumnMapping parse(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw KctException.usage(origin + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw KctException.usage(origin + ": a mapping is a JSON object, e.g. {\"id\": \"公开号\", ...}");
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.startsWith("_") && !FIELDS.contains(key) && !SETTINGS.contains(key)) {
                throw KctException.usage(origin + ": unknown key '" + key + "'; the keys are "
                        + String.join(", ", FIELDS) + ", " + String.join(", ", SETTINGS));
            }
        }
        for (String field : FIELDS) {
            JsonNode v = root.get(field);
            if (v == null || v.isNull()) continue;
            if (v.isInt() && v.intValue() >= 1) {
                columns.put(field, new Column(null, v.intValue()));
            } else if (v.isTextual() && !v.textValue().isBlank()) {
                columns.put(field, new Column(v.textValue().strip(), 0));
            } else {
                throw KctException.usage(
                        origin + ": '" + field + "' must be a header name or a 1-based column number, not " + v);
            }
        }
        if (!columns.containsKey("id")
                || !columns.containsKey("ipc")
                || DATES.stream().noneMatch(columns::containsKey)) {
            throw KctException.usage(
                    origin + ": a mapping needs 'id', 'ipc' and at least one of " + String.join(", ", DATES));
        }
        return new ColumnMapping(
                columns,
                text(root, "encoding", origin),
                sheet(root, origin),
                headerRow(root, origin),
                strings(root, "list_separators", origin),
                strings(root, "date_formats", origin),
                bool(root, "country_names", origin));
    }

    /**
     * The mapping as a {@code --map} file holds it (fields, then the settings that differ from their defaults), so
     * that it can be shown, edited and given back.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        columns.forEach((field, c) -> out.put(field, c.name() != null ? c.name() : (Object) c.number()));
        if (encoding != null) out.put("encoding", encoding);
        if (sheet != null) out.put("sheet", sheet);
        if (headerRow != 1) out.put("header_row", headerRow);
        if (!listSeparators.isEmpty()) out.put("list_separators", listSeparators);
        if (!dateFormats.isEmpty()) out.put("date_formats", dateFormats);
        if (countryNames) out.put("country_names", true);
        return out;
    }

    /**
     * The 0-based column of each mapped field in a file with this {@code header}, in {@link #FIELDS} order.
     * A name is matched exactly, else ignoring case and spacing. Refuses a column the file lacks (listing
     * the file's columns) and a name that appears more than once in the header.
     */
    public Map<String, Integer> resolve(List<String> header, String file) {
        Map<String, Integer> out = new LinkedHashMap<>();
        columns.forEach((field, column) -> out.put(field, find(field, column, header, file)));
        return out;
    }

    private static int find(String field, Column column, List<String> header, String file) {
        if (column.name() == null) {
            if (column.number() > header.size()) {
                throw KctException.usage(file + ": '" + field + "' is mapped to column " + column.number()
                        + " but the file has " + header.size() + " columns: " + listing(header));
            }
            return column.number() - 1;
        }
        List<Integer> hits = matches(column.name(), header, false);
        if (hits.isEmpty()) hits = matches(column.name(), header, true);
        if (hits.isEmpty()) {
            throw KctException.usage(file + ": no column '" + column.name() + "' (mapped to '" + field
                    + "'); the file's columns are: " + listing(header));
        }
        if (hits.size() > 1) {
            List<String> numbers = new ArrayList<>();
            for (int h : hits) numbers.add(String.valueOf(h + 1));
            throw KctException.usage(file + ": the header '" + column.name() + "' (mapped to '" + field
                    + "') appears " + hits.size() + " times, as columns " + String.join(" and ", numbers)
                    + "; map '" + field + "' by column number instead, e.g. \"" + field + "\": " + numbers.get(0));
        }
        return hits.get(0);
    }

    private static List<Integer> matches(String name, List<String> header, boolean loose) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (loose
                    ? looseKey(header.get(i)).equals(looseKey(name))
                    : header.get(i).strip().equals(name)) {
                hits.add(i);
            }
        }
        return hits;
    }

    private static String looseKey(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String listing(List<String> header) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) out.add((i + 1) + " '" + header.get(i) + "'");
        return String.join(", ", out);
    }

    private static String text(JsonNode root, String key, String origin) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw KctException.usage(origin + ": '" + key + "' must be a string, not " + v);
        return v.textValue();
    }

    private static String sheet(JsonNode root, String origin) {
        JsonNode v = root.get("sheet");
        if (v == null || v.isNull()) return null;
        if (v.isInt() && v.intValue() >= 1 || v.isTextual()) return v.asText();
        throw KctException.usage(origin + ": 'sheet' must be a sheet name or a 1-based number, not " + v);
    }

    private static int headerRow(JsonNode root, String origin) {
        JsonNode v = root.get("header_row");
        if (v == null || v.isNull()) return 1;
        if (v.isInt() && v.intValue() >= 1) return v.intValue();
        throw KctException.usage(origin + ": 'header_row' must be a 1-based row number, not " + v);
    }

    private static List<String> strings(JsonNode root, String key, String origin) {
        JsonNode v = root.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isTextual()) {
            out.add(v.textValue());
            return out;
        }
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isTextual())
                    throw KctException.usage(origin + ": '" + key + "' items must be strings, not " + item);
                out.add(item.textValue());
            }
            return out;
        }
        throw KctException.usage(origin + ": '" + key + "' must be an array of strings, not " + v);
    }

    private static boolean bool(JsonNode root, String key, String origin) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) return false;
        if (v.isBoolean()) return v.booleanValue();
        throw KctException.usage(origin + ": '" + key + "' must be true or false, not " + v);
    }
}
