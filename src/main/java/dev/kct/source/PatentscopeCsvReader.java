package dev.kct.source;

import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a WIPO PATENTSCOPE result-list CSV export ({@code Publication Number, Publication Date, Title,
 * Priority Data, IPC, Applicants, Inventors, FP Image}), ISO-8859-1 unless the file is valid UTF-8,
 * with {@code NA} for empty cells.
 *
 * <p>What kct takes:
 * <ul>
 *   <li>id: {@code Publication Number} in upper case (some exports write {@code kr1020010067590});
 *       office: its two-letter prefix;</li>
 *   <li>IPC: {@code IPC}, {@code ;}-separated ({@code A21D 13/00;A23L 1/16}), repeats dropped;</li>
 *   <li>publication date: {@code Publication Date} ({@code dd.mm.yyyy});</li>
 *   <li>priority date and offices from {@code Priority Data}, a bracketed list whose items come in three
 *       shapes: {@code number date office} ({@code 200402236U 2004-10-01T23:59:59.000Z ES},
 *       {@code 60/225,166 14.08.2000 US}), {@code office yyyymmdd number} ({@code EP 20120626 12173640.9})
 *       and {@code number  office} (no date); other items ({@code null 30.12.1899 null}, bare numbers)
 *       give nothing and are counted as a repair; a record with neither publication date nor dated
 *       priority is rejected;</li>
 *   <li>applicants: {@code Applicants}, {@code ;}-separated, without country; {@code Title}.</li>
 * </ul>
 */
public final class PatentscopeCsvReader implements PatentReader {

    private static final Pattern NUMBER_DATE_OFFICE =
            Pattern.compile("(.+?)\\s+(\\d{4}-\\d{2}-\\d{2}(?:T\\S*)?|\\d{2}\\.\\d{2}\\.\\d{4})\\s+([A-Za-z]{2})");
    private static final Pattern OFFICE_DATE_NUMBER = Pattern.compile("([A-Z]{2})\\s+(\\d{8})\\s+(.+)");
    private static final Pattern NUMBER_OFFICE = Pattern.compile("(.+?)\\s{2,}([A-Z]{2})");
    /** Repair counted for a record with {@code Priority Data} items of no known shape, dropped. */
    static final String PRIORITY_UNREADABLE = "priority-item-unreadable";

    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s+");

    @Override
    public String format() {
        return "patentscope";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        Set<String> keys = SourceFields.headerKeys(head, ',');
        return keys.contains("publicationnumber") && keys.contains("prioritydata") && keys.contains("ipc");
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        try (CsvInput csv = CsvInput.open(file, displayName, SourceFields.charsetOf(file), ',', 0, sink)) {
            if (csv.isEmpty()) return;
            int number = csv.column("Publication Number");
            int published = csv.column("Publication Date");
            int title = csv.column("Title");
            int abstractText = csv.column("Abstract");
            int priorities = csv.column("Priority Data");
            int ipc = csv.column("IPC");
            int applicants = csv.column("Applicants");
            if (number < 0 || ipc < 0) {
                throw KctException.data(
                        displayName + ": a PATENTSCOPE export needs 'Publication Number' and 'IPC' columns; header: "
                                + String.join(", ", csv.header()));
            }
            SourceFields.readRows(csv, sink, (row, repairs) -> {
                String id = SourceFields.value(row.get(number));
                if (id == null)
                    throw new BadFieldException(SourceFields.columnName(csv, number), "no publication number");
                id = id.replace(" ", "").toUpperCase(Locale.ROOT);
                PriorityClaims claims =
                        priorityData(row.get(priorities), SourceFields.columnName(csv, priorities), repairs);
                IpcParser.ParsedList codes = IpcParser.parseItems(SourceFields.split(row.get(ipc), ";"));
                List<IpcSymbol> symbols = IpcCodes.select(codes, SourceFields.columnName(csv, ipc), null, repairs);
                PatentDate publication = SourceFields.date(
                        row.get(published), SourceFields.columnName(csv, published), SourceFields.thisYear());
                if (publication == null && claims.earliest() == null) {
                    throw new BadFieldException(
                            SourceFields.columnName(csv, published),
                            "no date: neither a publication date nor a dated Priority Data item");
                }
                List<Applicant> names = new ArrayList<>();
                for (String a : SourceFields.split(row.get(applicants), ";")) names.add(new Applicant(a, null));
                return PatentRecord.builder(id)
                        .ipc(symbols)
                        .publicationDate(publication)
                        .priorityDate(claims.earliest())
                        .priorityOffices(claims.offices())
                        .office(SourceFields.officeOf(id))
                        .applicants(SourceFields.applicants(names, SourceFields.columnName(csv, applicants)))
                        .title(SourceFields.value(row.get(title)))
                        .abstractText(SourceFields.value(row.get(abstractText)))
                        .build();
            });
        }
    }

    /**
     * The filings in a {@code Priority Data} cell; see the class comment for the item shapes read. Items of no
     * known shape are dropped and the record counted once under {@link #PRIORITY_UNREADABLE} in {@code repairs}.
     */
    private static PriorityClaims priorityData(String cell, String field, List<String> repairs)
            throws BadFieldException {
        PriorityClaims claims = new PriorityClaims();
        String v = SourceFields.value(cell);
        if (v == null) return claims;
        if (v.startsWith("[") && v.endsWith("]")) v = v.substring(1, v.length() - 1);
        for (String item : ITEM_SEPARATOR.split(v)) {
            String s = item.strip();
            Matcher m = NUMBER_DATE_OFFICE.matcher(s);
            if (m.matches()) {
                claims.add(m.group(3), SourceFields.date(m.group(2), field, SourceFields.thisYear()));
                continue;
            }
            m = OFFICE_DATE_NUMBER.matcher(s);
            if (m.matches()) {
                claims.add(m.group(1), SourceFields.date(m.group(2), field, SourceFields.thisYear()));
                continue;
            }
            m = NUMBER_OFFICE.matcher(s);
            if (m.matches()) {
                claims.add(m.group(2), null);
            } else if (!s.isEmpty() && !repairs.contains(PRIORITY_UNREADABLE)) {
                repairs.add(PRIORITY_UNREADABLE);
            }
        }
        return claims;
    }
}
