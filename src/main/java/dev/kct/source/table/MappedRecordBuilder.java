package dev.kct.source.table;

import dev.kct.source.CanonicalField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the rows of an export into canonical field values ({@link MappedRow}) by a {@link ColumnMapping}:
 * picks each mapped column, splits lists ({@link ListSplitter}), reads dates ({@link DateColumn}) and,
 * when the mapping says so, country names ({@link CountryNames}). It validates nothing the canonical
 * parser validates (ids, IPC symbols, date values, counts): that stays in one place.
 *
 * <p>Date columns whose day/month order is open need a first pass: while {@link #needsObservation()},
 * give every row to {@link #observe}, then call {@link #decide()} before {@link #build}.
 * {@link MappedTable#read} does both passes.
 */
public final class MappedRecordBuilder {

    private static final Map<String, CanonicalField> FIELDS = Map.ofEntries(
            Map.entry("id", CanonicalField.ID),
            Map.entry("ipc", CanonicalField.IPC),
            Map.entry("priority_date", CanonicalField.PRIORITY_DATE),
            Map.entry("filing_date", CanonicalField.FILING_DATE),
            Map.entry("publication_date", CanonicalField.PUBLICATION_DATE),
            Map.entry("family_id", CanonicalField.FAMILY_ID),
            Map.entry("applicants", CanonicalField.APPLICANTS),
            Map.entry("applicant_countries", CanonicalField.APPLICANT_COUNTRIES),
            Map.entry("cited", CanonicalField.CITED),
            Map.entry("claims", CanonicalField.CLAIMS),
            Map.entry("npl_citations", CanonicalField.NPL_CITATIONS),
            Map.entry("title", CanonicalField.TITLE),
            Map.entry("abstract", CanonicalField.ABSTRACT));

    private final Map<CanonicalField, Integer> columns = new EnumMap<>(CanonicalField.class);
    private final Map<CanonicalField, DateColumn> dates = new EnumMap<>(CanonicalField.class);
    private final Map<CanonicalField, String> columnNames = new EnumMap<>(CanonicalField.class);
    private final Integer forwardCitations;
    private final String forwardCitationsName;
    private final ListSplitter codes;
    private final ListSplitter names;
    private final boolean countryNames;
    private final Map<String, Integer> unknownCountries = new TreeMap<>();

    /**
     * @param mapping  the mapping
     * @param header   the file's header row
     * @param file     the file's name, for messages
     * @param workbook whether rows come from a workbook (5-digit numbers in date columns are Excel serial dates)
     */
    public MappedRecordBuilder(ColumnMapping mapping, List<String> header, String file, boolean workbook) {
        Map<String, Integer> resolved = mapping.resolve(header, file);
        resolved.forEach((key, column) -> {
            CanonicalField field = FIELDS.get(key);
            if (field != null) {
                columns.put(field, column);
                columnNames.put(field, columnName(header, column));
            }
        });
        forwardCitations = resolved.get("forward_citations");
        forwardCitationsName = forwardCitations == null ? null : columnName(header, forwardCitations);
        for (CanonicalField field : CanonicalField.DATES) {
            if (columns.containsKey(field)) {
                dates.put(field, new DateColumn(header.get(columns.get(field)), mapping.dateFormats(), workbook));
            }
        }
        boolean custom = !mapping.listSeparators().isEmpty();
        codes = custom ? ListSplitter.of(mapping.listSeparators()) : ListSplitter.forCodes();
        names = custom ? codes : ListSplitter.forNames();
        countryNames = mapping.countryNames();
    }

    /** Whether some date column still needs {@link #observe} over every row before {@link #build}. */
    public boolean needsObservation() {
        return dates.values().stream().anyMatch(DateColumn::needsObservation);
    }

    /** First pass: notes the row's dates. Returns false once every date column is settled (the pass may stop). */
    public boolean observe(TableRow row) {
        boolean open = false;
        for (Map.Entry<CanonicalField, DateColumn> e : dates.entrySet()) {
            DateColumn date = e.getValue();
            date.observe(row.cell(columns.get(e.getKey())));
            open |= !date.isSettled();
        }
        return open;
    }

    /** Ends the first pass; refuses a column whose dates read both day-first and month-first. */
    public void decide() {
        for (DateColumn date : dates.values()) {
            if (date.needsObservation()) date.decide();
        }
    }

    /** The row's canonical field values. */
    public MappedRow build(TableRow row) {
        Map<CanonicalField, String> texts = new EnumMap<>(CanonicalField.class);
        Map<CanonicalField, List<String>> lists = new EnumMap<>(CanonicalField.class);
        columns.forEach((field, column) -> {
            String cell = row.cell(column);
            switch (field) {
                case IPC, CITED -> lists.put(field, codes.split(cell));
                case APPLICANTS -> lists.put(field, names.split(cell));
                case APPLICANT_COUNTRIES -> lists.put(field, countries(names.split(cell)));
                case PRIORITY_DATE, FILING_DATE, PUBLICATION_DATE ->
                    put(texts, field, dates.get(field).read(cell));
                default -> put(texts, field, cell);
            }
            if (lists.containsKey(field)) put(texts, field, cell);
        });
        alignSingleCountry(lists);
        String forward = forwardCitations == null ? null : blankToNull(row.cell(forwardCitations));
        return new MappedRow(row.line(), texts, lists, forward, row.cells(), columnNames, forwardCitationsName);
    }

    private static String columnName(List<String> header, int column) {
        String name = column < header.size() ? header.get(column) : "";
        return name.isBlank() ? "column " + (column + 1) : name;
    }

    /** Country names that matched no country (each with its count), left as unknown countries. */
    public Map<String, Integer> unknownCountries() {
        return unknownCountries;
    }

    /**
     * A single country given for several applicants (a table with one country column, such as a priority
     * country) is the first applicant's; the others' stay unknown, so the lists stay aligned.
     */
    private static void alignSingleCountry(Map<CanonicalField, List<String>> lists) {
        List<String> countries = lists.get(CanonicalField.APPLICANT_COUNTRIES);
        List<String> applicants = lists.get(CanonicalField.APPLICANTS);
        if (countries == null || applicants == null || countries.size() != 1) return;
        long named = applicants.stream().filter(a -> !a.isEmpty()).count();
        while (countries.size() < named) countries.add("");
    }

    private List<String> countries(List<String> items) {
        if (!countryNames) return items;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item.isEmpty()) continue;
            String cc = CountryNames.code(item);
            if (cc == null) unknownCountries.merge(item, 1, Integer::sum);
            items.set(i, cc == null ? "" : cc);
        }
        return items;
    }

    private static void put(Map<CanonicalField, String> texts, CanonicalField field, String value) {
        String v = blankToNull(value);
        if (v != null) texts.put(field, v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
