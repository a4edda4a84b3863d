package dev.kct.source.table;

import dev.kct.source.CanonicalField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an export turned into canonical field values by a {@link MappedRecordBuilder}: texts (dates
 * already in {@code yyyy-MM-dd} or {@code yyyy}, country names already ISO codes) and lists already split.
 * Its two methods answer exactly as the canonical parser's {@code Fields} interface asks, so a reader wraps
 * it in one line and the canonical validation applies unchanged.
 */
public final class MappedRow {

    private final long line;
    private final Map<CanonicalField, String> texts;
    private final Map<CanonicalField, List<String>> lists;
    private final String forwardCitations;
    private final List<String> cells;
    private final Map<CanonicalField, String> columnNames;
    private final String forwardCitationsColumn;

    MappedRow(
            long line,
            Map<CanonicalField, String> texts,
            Map<CanonicalField, List<String>> lists,
            String forwardCitations,
            List<String> cells,
            Map<CanonicalField, String> columnNames,
            String forwardCitationsColumn) {
        this.line = line;
        this.columnNames = columnNames;
        this.forwardCitationsColumn = forwardCitationsColumn;
        this.texts = new EnumMap<>(texts);
        this.lists = new EnumMap<>(lists);
        this.forwardCitations = forwardCitations;
        this.cells = cells;
    }

    /** The 1-based line or row number where the row starts in its file. */
    public long line() {
        return line;
    }

    /** The field's text, or null when absent or blank. */
    public String text(CanonicalField field) {
        return texts.get(field);
    }

    /** The field's items with blank ones kept in place (for aligned lists), empty when absent; a new mutable list. */
    public List<String> items(CanonicalField field) {
        List<String> items = lists.get(field);
        if (items != null) return new ArrayList<>(items);
        List<String> out = new ArrayList<>();
        String t = texts.get(field);
        if (t != null) out.add(t);
        return out;
    }

    /** The field's items, blank items dropped, empty when absent. */
    public List<String> list(CanonicalField field) {
        List<String> out = items(field);
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The forward-citation count as written (not a canonical column), or null. */
    public String forwardCitations() {
        return forwardCitations;
    }

    /** The header of the column mapped to {@code field}, as the file writes it; the canonical name when unmapped. */
    public String columnName(CanonicalField field) {
        return columnNames.getOrDefault(field, field.column());
    }

    /** The date fields the mapping maps (at least one), in fallback order. */
    public List<CanonicalField> dateFields() {
        List<CanonicalField> out = new ArrayList<>();
        for (CanonicalField d : CanonicalField.DATES) {
            if (columnNames.containsKey(d)) out.add(d);
        }
        return out;
    }

    /** The header of the forward-citation column, or null when none is mapped. */
    public String forwardCitationsColumn() {
        return forwardCitationsColumn;
    }

    /** The row's cells as read, for a rejects file. */
    public List<String> cells() {
        return cells;
    }
}
