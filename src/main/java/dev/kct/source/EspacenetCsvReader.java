package dev.kct.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import dev.kct.record.Applicant;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Espacenet result-list CSV export, German or English UI: preamble rows ({@code "Espacenet"},
 * the query, …) before the header, {@code ;}-separated, every field quoted, several values in one cell
 * one per line. Header names: {@code Titel/Title}, {@code Anmelder/Applicants},
 * {@code Veröffentlichungsnummer/Publication number}, {@code Früheste Priorität/Earliest priority},
 * {@code IPC}, {@code CPC}, {@code Veröffentlichungsdatum/Publication date},
 * {@code Früheste Veröffentlichung/Earliest publication}, {@code Familiennummer/Family number}.
 *
 * <p>What kct takes:
 * <ul>
 *   <li>id: the first publication number of the cell (a row lists the publications of one application,
 *       {@code EP0903201A2 / EP0903201A3 / EP0903201B1}, earliest first); office: its two-letter prefix;
 *       publication date: the first date of {@code Veröffentlichungsdatum} (the id's), else
 *       {@code Früheste Veröffentlichung};</li>
 *   <li>IPC: {@code IPC}, one symbol per line, repeats dropped; when empty, {@code CPC} without its
 *       allocating offices ({@code B25B1/103 (EP,US)}), see {@link IpcCodes};</li>
 *   <li>applicants: {@code Anmelder}, one per line, country from the trailing {@code [CC]}
 *       ({@code SAURER ALLMA GMBH [DE]}), none when absent;</li>
 *   <li>priority date: {@code Früheste Priorität} (no priority offices: the export has no priority
 *       numbers); family: {@code Familiennummer}; {@code Titel}.</li>
 * </ul>
 */
public final class EspacenetCsvReader implements PatentReader {

    private static final Pattern NAME_COUNTRY = Pattern.compile("(.*?)\\s*\\[([A-Za-z]{2})]");
    private static final Pattern ALLOCATING_OFFICES = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final int MAX_PREAMBLE = 50;

    @Override
    public String format() {
        return "espacenet";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        for (String line : SourceFields.headLines(head, MAX_PREAMBLE)) {
            if (isHeader(SourceFields.headerKeys(line, ';'))) return true;
        }
        return false;
    }

    private static boolean isHeader(Set<String> keys) {
        return keys.contains("veröffentlichungsnummer")
                || (keys.contains("publicationnumber") && keys.contains("familynumber"));
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        SourceHead head = SourceHead.of(file);
        int preamble = headerRow(head);
        if (preamble < 0) {
            throw KctException.data(displayName + ": no Espacenet header row ('Veröffentlichungsnummer' or "
                    + "'Publication number') in the first " + MAX_PREAMBLE + " rows");
        }
        try (CsvInput csv = CsvInput.open(file, displayName, SourceFields.charsetOf(file), ';', preamble, sink)) {
            int title = csv.column("Titel", "Title");
            int applicants = csv.column("Anmelder", "Applicants");
            int numbers = csv.column("Veröffentlichungsnummer", "Publication number");
            int priority = csv.column("Früheste Priorität", "Earliest priority");
            int ipc = csv.column("IPC");
            int cpc = csv.column("CPC");
            int published = csv.column("Veröffentlichungsdatum", "Publication date");
            int earliestPublished = csv.column("Früheste Veröffentlichung", "Earliest publication");
            int family = csv.column("Familiennummer", "Family number");
            if (ipc < 0 && cpc < 0) {
                throw KctException.data(displayName + ": no 'IPC' or 'CPC' column in the Espacenet header: "
                        + String.join(", ", csv.header()));
            }
            SourceFields.readRows(csv, sink, (row, repairs) -> {
                List<String> ids = SourceFields.lines(row.get(numbers));
                if (ids.isEmpty())
                    throw new BadFieldException(SourceFields.columnName(csv, numbers), "no publication number");
                String id = ids.get(0).replace(" ", "").toUpperCase(Locale.ROOT);
                List<String> dates = SourceFields.lines(row.get(published));
                String date = dates.isEmpty() ? row.get(earliestPublished) : dates.get(0);
                List<String> cpcItems = new ArrayList<>();
                for (String item : SourceFields.lines(row.get(cpc))) {
                    cpcItems.add(ALLOCATING_OFFICES.matcher(item).replaceFirst(""));
                }
                IpcParser.ParsedList ipcCodes = IpcParser.parseItems(SourceFields.lines(row.get(ipc)));
                return PatentRecord.builder(id)
                        .ipc(IpcCodes.select(
                                ipcCodes,
                                SourceFields.columnName(csv, ipc >= 0 ? ipc : cpc),
                                IpcParser.parseItems(cpcItems),
                                repairs))
                        .publicationDate(SourceFields.date(
                                date, SourceFields.columnName(csv, published), SourceFields.thisYear()))
                        .priorityDate(SourceFields.date(
                                row.get(priority), SourceFields.columnName(csv, priority), SourceFields.thisYear()))
                        .office(SourceFields.officeOf(id))
                        .applicants(SourceFields.applicants(
                                applicants(row.get(applicants)), SourceFields.columnName(csv, applicants)))
                        .familyId(SourceFields.value(row.get(family)))
                        .title(SourceFields.value(row.get(title)))
                        .build();
            });
        }
    }

    /** One applicant per line, {@code NAME [CC]}. */
    private static List<Applicant> applicants(String cell) {
        List<Applicant> list = new ArrayList<>();
        for (String line : SourceFields.lines(cell)) {
            Matcher m = NAME_COUNTRY.matcher(line);
            if (m.matches() && !m.group(1).isBlank()) {
                list.add(new Applicant(m.group(1), CountryOfOrigin.country(m.group(2))));
            } else {
                list.add(new Applicant(line, null));
            }
        }
        return list;
    }

    /** How many CSV rows come before the header row, or -1 when none of the first rows is one. */
    private static int headerRow(SourceHead head) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(';')
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(head.text())) {
            int row = 0;
            for (CsvRecord r : csv) {
                Set<String> keys = new HashSet<>();
                for (String f : r.getFields()) keys.add(SourceFields.key(f));
                if (isHeader(keys)) return row;
                if (++row >= MAX_PREAMBLE) break;
            }
        } catch (CsvParseException e) {
            return -1; // the head ended inside a quoted cell before any header row
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: does not happen
        }
        return -1;
    }
}
