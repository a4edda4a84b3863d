package dev.kct.source;

import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Lens.org patent CSV exports in every layout Lens has used (2015 with {@code #}, 2016 and 2018 with
 * {@code Lens ID}, 2019+ with {@code Cited by Patent Count}, snake_cased copies of them) and the
 * author-cleaned layout with {@code ipc_codes} and {@code publication_country_code}. Columns are bound by
 * name; lists are joined by {@code ;;} ({@code ;} in the cleaned layout); the literal {@code NA} of
 * R-made copies means empty. The file is UTF-8 when it is valid UTF-8, else Windows-1252.
 *
 * <p>What kct takes:
 * <ul>
 *   <li>id: {@code Lens ID}; else the Lens id in {@code URL}; else {@code Publication Number} (or
 *       {@code Display Key}) without spaces, slashes and underscores ({@code US 2013/0101709 A1} →
 *       {@code US20130101709A1});</li>
 *   <li>IPC: {@code IPCR Classifications}; when empty, {@code CPC Classifications} (see {@link IpcCodes});</li>
 *   <li>dates: {@code Publication Date} and {@code Application Date}, {@code dd/mm/yy} or ISO; a two-digit
 *       year is resolved with {@code Publication Year} (and the application with the publication year);
 *       priority date: {@code Earliest Priority Date}, else the earliest date in {@code Priority Numbers}
 *       ({@code US 201562116216 P 20150213}), else {@code priority_year};</li>
 *   <li>office: {@code Jurisdiction} ({@code publication_country_code}); priority offices: the leading
 *       country code of each priority number, earliest first;</li>
 *   <li>applicants: {@code Applicants}, without country (Lens gives none; see
 *       {@link dev.kct.record.CountryOfOrigin});</li>
 *   <li>{@code Cited Count}/{@code Cited by Patent Count} as the source's forward-citation count; NPL:
 *       {@code NPL Citation Count}, else the number of {@code Non-Patent Citations}/{@code npl_citation_ids};
 *       family: a {@code Simple Family ID} column where the layout has one (none of the known ones does);
 *       {@code Title}, {@code Abstract}.</li>
 * </ul>
 */
public final class LensCsvReader implements PatentReader {

    private static final Pattern LENS_ID = Pattern.compile("\\d{3}-\\d{3}-\\d{3}-\\d{3}-\\d{2}[\\dX]");

    @Override
    public String format() {
        return "lens";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        Set<String> keys = SourceFields.headerKeys(head, ',');
        return keys.contains("lensid")
                || (keys.contains("ipcrclassifications") && keys.contains("publicationnumber"))
                || (keys.contains("ipccodes") && keys.contains("publicationcountrycode"));
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        Charset charset = SourceFields.charsetOf(file);
        try (CsvInput csv = CsvInput.open(file, displayName, charset, ',', 0, sink)) {
            if (csv.isEmpty()) return;
            Columns columns = new Columns(csv, displayName);
            SourceFields.readRows(csv, sink, columns::record);
        }
    }

    /** The columns of one file's layout, bound by name. */
    private static final class Columns {
        final int lensId;
        final int url;
        final int number;
        final int office;
        final int publicationDate;
        final int publicationYear;
        final int applicationDate;
        final int priorityNumbers;
        final int earliestPriority;
        final int priorityYear;
        final int title;
        final int abstractText;
        final int applicants;
        final int citedBy;
        final int family;
        final int ipc;
        final int cpc;
        final int nplCount;
        final int nplList;
        final String separator;
        final CsvInput csv;

        Columns(CsvInput csv, String displayName) {
            this.csv = csv;
            lensId = csv.column("Lens ID");
            url = csv.column("URL");
            number = csv.column("Publication Number", "Display Key");
            office = csv.column("Jurisdiction", "publication_country_code");
            publicationDate = csv.column("Publication Date");
            publicationYear = csv.column("Publication Year");
            applicationDate = csv.column("Application Date");
            priorityNumbers = csv.column("Priority Numbers");
            earliestPriority = csv.column("Earliest Priority Date");
            priorityYear = csv.column("priority_year");
            title = csv.column("Title");
            abstractText = csv.column("Abstract");
            applicants = csv.column("Applicants", "applicants_use_me");
            citedBy = csv.column("Cited by Patent Count", "Cited Count");
            family = csv.column("Simple Family ID", "Simple Family");
            ipc = csv.column("IPCR Classifications", "ipc_codes");
            cpc = csv.column("CPC Classifications", "cpc_codes_useme");
            nplCount = csv.column("NPL Citation Count");
            nplList = csv.column("Non-Patent Citations", "npl_citation_ids", "NPL Citations");
            separator = csv.column("ipc_codes") >= 0 ? ";" : ";;";
            if (ipc < 0 && cpc < 0) {
                throw KctException.data(displayName + ": no 'IPCR Classifications' column in the Lens header: "
                        + String.join(", ", csv.header()));
            }
            if (lensId < 0 && url < 0 && number < 0) {
                throw KctException.data(
                        displayName + ": no 'Lens ID' or 'Publication Number' column in the Lens header: "
                                + String.join(", ", csv.header()));
            }
        }

        PatentRecord record(CsvInput.Row row, List<String> repairs) throws BadFieldException {
            String id = id(row);
            PatentDate year = SourceFields.year(row.get(publicationYear), name(publicationYear));
            PatentDate published = SourceFields.date(
                    row.get(publicationDate),
                    name(publicationDate),
                    year != null ? year.year() : SourceFields.thisYear());
            if (published == null) published = year;
            PatentDate filed = SourceFields.date(
                    row.get(applicationDate),
                    name(applicationDate),
                    published != null ? published.year() : SourceFields.thisYear());

            PriorityClaims priorities = priorities(row);
            PatentDate priority =
                    SourceFields.date(row.get(earliestPriority), name(earliestPriority), SourceFields.thisYear());
            if (priority == null) priority = priorities.earliest();
            if (priority == null) priority = earliestYear(row);

            List<Applicant> names = new ArrayList<>();
            for (String a : SourceFields.split(row.get(applicants), separator)) names.add(new Applicant(a, null));

            IpcParser.ParsedList ipcCodes = IpcParser.parseItems(SourceFields.split(row.get(ipc), separator));
            IpcParser.ParsedList cpcCodes = IpcParser.parseItems(SourceFields.split(row.get(cpc), separator));
            return PatentRecord.builder(id)
                    .ipc(IpcCodes.select(ipcCodes, name(ipc >= 0 ? ipc : cpc), cpcCodes, repairs))
                    .publicationDate(published)
                    .filingDate(filed)
                    .priorityDate(priority)
                    .priorityOffices(priorities.offices())
                    .office(office(row))
                    .applicants(SourceFields.applicants(names, name(applicants)))
                    .familyId(SourceFields.value(row.get(family)))
                    .citedByCount(SourceFields.integer(row.get(citedBy), name(citedBy)))
                    .nplCitations(npl(row))
                    .title(SourceFields.value(row.get(title)))
                    .abstractText(SourceFields.value(row.get(abstractText)))
                    .build();
        }

        private String id(CsvInput.Row row) throws BadFieldException {
            String id = SourceFields.value(row.get(lensId));
            if (id != null) return id;
            String link = SourceFields.value(row.get(url));
            if (link != null) {
                Matcher m = LENS_ID.matcher(link);
                if (m.find()) return m.group();
            }
            String pn = SourceFields.value(row.get(number));
            if (pn == null)
                throw new BadFieldException(name(number >= 0 ? number : lensId), "no publication number or Lens ID");
            return pn.replaceAll("[\\s/_]", "").toUpperCase(Locale.ROOT);
        }

        private String office(CsvInput.Row row) {
            String o = SourceFields.value(row.get(office));
            return o != null ? SourceFields.officeOf(o) : SourceFields.officeOf(SourceFields.value(row.get(number)));
        }

        /** {@code US 201562116216 P 20150213}: office first, date (yyyymmdd) last when there is one. */
        private PriorityClaims priorities(CsvInput.Row row) throws BadFieldException {
            PriorityClaims claims = new PriorityClaims();
            for (String item : SourceFields.split(row.get(priorityNumbers), separator)) {
                int firstSpace = item.indexOf(' ');
                String last = item.substring(item.lastIndexOf(' ') + 1);
                PatentDate date = firstSpace > 0 && SourceFields.isDigits(last, 8)
                        ? SourceFields.date(last, name(priorityNumbers), SourceFields.thisYear())
                        : null;
                claims.add(firstSpace > 0 ? item.substring(0, firstSpace) : item, date);
            }
            return claims;
        }

        private PatentDate earliestYear(CsvInput.Row row) throws BadFieldException {
            PatentDate min = null;
            for (String y : SourceFields.split(row.get(priorityYear), separator)) {
                PatentDate year = SourceFields.year(y, name(priorityYear));
                if (min == null || year.compareTo(min) < 0) min = year;
            }
            return min;
        }

        private Integer npl(CsvInput.Row row) throws BadFieldException {
            if (nplCount >= 0) return SourceFields.integer(row.get(nplCount), name(nplCount));
            if (nplList < 0 || "NA".equals(row.get(nplList))) return null;
            return SourceFields.split(row.get(nplList), ";;").size();
        }

        private String name(int column) {
            return SourceFields.columnName(csv, column);
        }
    }
}
