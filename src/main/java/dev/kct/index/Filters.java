package dev.kct.index;

import dev.kct.ipc.IpcSymbol;
import java.util.List;
import java.util.StringJoiner;

/**
 * What a run looks at (docs/METHODS.md "Selection"): a year range on the chosen date basis, a free-text
 * query in Lucene syntax over title, abstract and applicants, applicant countries (first applicant's,
 * after country-of-origin fallbacks), and IPC prefixes at any level. Null or empty means no filter.
 */
public record Filters(
        Integer fromYear,
        Integer toYear,
        DateBasis dateBasis,
        String query,
        List<String> countries,
        List<IpcSymbol> ipcPrefixes) {

    public Filters {
        dateBasis = dateBasis == null ? DateBasis.PRIORITY : dateBasis;
        countries = countries == null ? List.of() : List.copyOf(countries);
        ipcPrefixes = ipcPrefixes == null ? List.of() : List.copyOf(ipcPrefixes);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("--from " + fromYear + " is after --to " + toYear);
        }
    }

    /** No filter: the whole index, priority date basis. */
    public static Filters none() {
        return new Filters(null, null, DateBasis.PRIORITY, null, List.of(), List.of());
    }

    /** True when the year range restricts anything. */
    public boolean hasYearRange() {
        return fromYear != null || toYear != null;
    }

    /** A short human-readable summary, e.g. for reports. */
    public String describe() {
        StringJoiner j = new StringJoiner(", ");
        if (hasYearRange()) {
            j.add(dateBasis.id() + " years " + (fromYear == null ? "…" : fromYear) + "–"
                    + (toYear == null ? "…" : toYear));
        }
        if (query != null && !query.isBlank()) j.add("query " + query);
        if (!countries.isEmpty()) j.add("countries " + String.join(",", countries));
        if (!ipcPrefixes.isEmpty()) {
            StringJoiner p = new StringJoiner(",");
            ipcPrefixes.forEach(s -> p.add(s.toString()));
            j.add("ipc " + p);
        }
        return j.length() == 0 ? "all patents" : j.toString();
    }
}
