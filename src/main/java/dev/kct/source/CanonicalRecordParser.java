package dev.kct.source;

import dev.kct.ipc.IpcParser;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the fields of one canonical record (from CSV or JSONL) into a {@link PatentRecord}, or into a
 * {@link Rejection} naming the first bad field. Shared by both canonical readers so that they accept
 * exactly the same values.
 */
final class CanonicalRecordParser {

    /** Access to one record's fields, whatever the file format. */
    interface Fields {
        /** The field's text, or null when absent or blank. */
        String text(CanonicalField field);

        /** The field's items with blank ones kept in place (for aligned lists), empty when absent; mutable. */
        List<String> items(CanonicalField field);

        /** The field's items, blank items dropped, empty when absent. */
        default List<String> list(CanonicalField field) {
            List<String> out = items(field);
            out.removeIf(String::isEmpty);
            return out;
        }

        /** The name of the field's column in the file, as rejections name it; the canonical name by default. */
        default String columnName(CanonicalField field) {
            return field.column();
        }

        /** The date fields the source has, in fallback order (at least one). */
        default List<CanonicalField> dateFields() {
            return CanonicalField.DATES;
        }

        /** The source's own forward-citation count as written (not a canonical column), or null. */
        default String forwardCitations() {
            return null;
        }

        /** The name of the forward-citation column in the file. */
        default String forwardCitationsColumn() {
            return "forward_citations";
        }
    }

    /** Thrown inside parsing to carry the column at fault (as the file names it). */
    private static final class BadField extends Exception {
        final String column;

        BadField(Fields f, CanonicalField field, String reason) {
            this(f.columnName(field), reason);
        }

        BadField(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }

    private CanonicalRecordParser() {}

    /** The {@code ;}-separated items of a canonical cell, each stripped, blank ones kept in place; mutable. */
    static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        int from = 0;
        while (true) {
            int semi = cell.indexOf(';', from);
            out.add(cell.substring(from, semi < 0 ? cell.length() : semi).strip());
            if (semi < 0) break;
            from = semi + 1;
        }
        return out;
    }

    /** Parses the record at {@code where}; pushes it or its rejection to {@code sink}. */
    static void parse(Fields f, SourceLocation where, java.util.function.Supplier<String> raw, RecordSink sink) {
        try {
            sink.accept(build(f, where, sink), where);
        } catch (BadField e) {
            sink.reject(new Rejection(where, e.column, e.getMessage(), raw.get()));
        }
    }

    private static PatentRecord build(Fields f, SourceLocation where, RecordSink sink) throws BadField {
        for (CanonicalField field : CanonicalField.values()) {
            if (TextInput.hasInvalidText(f.text(field))) {
                throw new BadField(f, field, "invalid UTF-8 bytes: save the file as UTF-8");
            }
        }
        String id = f.text(CanonicalField.ID);
        if (id == null) {
            throw new BadField(f, CanonicalField.ID, "missing id: every record needs a unique id");
        }
        IpcParser.ParsedList ipc = IpcParser.parseItems(f.list(CanonicalField.IPC));
        if (ipc.symbols().isEmpty()) {
            throw new BadField(
                    f,
                    CanonicalField.IPC,
                    ipc.errors().isEmpty()
                            ? "no IPC symbol: give at least one, e.g. H01L 21/027"
                            : "no valid IPC symbol: " + ipc.errors().get(0));
        }
        ipc.repairs().keySet().forEach(repair -> sink.repaired(where, repair.kind()));
        if (!ipc.errors().isEmpty()) {
            sink.repaired(where, IpcCodes.PARTLY_UNPARSEABLE);
            sink.warn(where, "IPC items dropped: " + String.join("; ", ipc.errors()));
        }
        PatentDate priority = date(f, CanonicalField.PRIORITY_DATE);
        PatentDate filing = date(f, CanonicalField.FILING_DATE);
        PatentDate publication = date(f, CanonicalField.PUBLICATION_DATE);
        if (priority == null && filing == null && publication == null) {
            List<String> dates = new ArrayList<>();
            f.dateFields().forEach(d -> dates.add(f.columnName(d)));
            throw new BadField(
                    f,
                    f.dateFields().get(0),
                    "no date: give "
                            + String.join(", ", dates.subList(0, dates.size() - 1))
                            + (dates.size() > 1 ? " or " : "")
                            + dates.get(dates.size() - 1));
        }
        return PatentRecord.builder(id)
                .ipc(ipc.symbols())
                .priorityDate(priority)
                .filingDate(filing)
                .publicationDate(publication)
                .familyId(f.text(CanonicalField.FAMILY_ID))
                .applicants(applicants(f))
                .cited(f.list(CanonicalField.CITED))
                .claims(integer(f, CanonicalField.CLAIMS))
                .nplCitations(integer(f, CanonicalField.NPL_CITATIONS))
                .title(f.text(CanonicalField.TITLE))
                .abstractText(f.text(CanonicalField.ABSTRACT))
                .citedByCount(integer(f.forwardCitations(), f.forwardCitationsColumn()))
                .build();
    }

    private static List<Applicant> applicants(Fields f) throws BadField {
        List<String> names = f.list(CanonicalField.APPLICANTS);
        List<String> countries = f.items(CanonicalField.APPLICANT_COUNTRIES);
        if (names.size() > PatentRecord.MAX_APPLICANTS) {
            throw new BadField(f, CanonicalField.APPLICANTS, PatentRecord.tooManyApplicants(names.size()));
        }
        if (!countries.isEmpty() && countries.size() != names.size()) {
            throw new BadField(
                    f,
                    CanonicalField.APPLICANT_COUNTRIES,
                    countries.size() + " countries for " + names.size()
                            + " applicants: give one per applicant (empty for unknown)");
        }
        List<Applicant> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String cc = countries.isEmpty() ? null : countries.get(i).strip();
            if (cc != null && !cc.isEmpty() && !isTwoLetters(cc)) {
                throw new BadField(
                        f,
                        CanonicalField.APPLICANT_COUNTRIES,
                        "'" + cc + "' is not an ISO 3166 alpha-2 country code (e.g. CN, US, DE)");
            }
            out.add(new Applicant(names.get(i), cc));
        }
        return out;
    }

    private static boolean isTwoLetters(String s) {
        return s.length() == 2
                && Character.isLetter(s.charAt(0))
                && s.charAt(0) < 128
                && Character.isLetter(s.charAt(1))
                && s.charAt(1) < 128;
    }

    private static PatentDate date(Fields f, CanonicalField field) throws BadField {
        String text = f.text(field);
        if (text == null) return null;
        try {
            return PatentDates.parseIso(text);
        } catch (IllegalArgumentException e) {
            throw new BadField(f, field, e.getMessage());
        }
    }

    private static Integer integer(Fields f, CanonicalField field) throws BadField {
        return integer(f.text(field), f.columnName(field));
    }

    private static Integer integer(String text, String column) throws BadField {
        if (text == null) return null;
        try {
            int v = Integer.parseInt(text);
            if (v < 0) throw new BadField(column, "'" + text + "' is negative: give a count of 0 or more");
            return v;
        } catch (NumberFormatException e) {
            throw new BadField(column, "'" + text + "' is not an integer");
        }
    }
}
