package dev.kct.source;

import dev.kct.ipc.IpcParser;
import dev.kct.record.Applicant;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads USPTO grant full-text or bibliographic XML, v4.x ({@code ipgYYMMDD.xml}, {@code ipgbYYMMDD.xml}):
 * one file holds many complete XML documents, each opened by its own {@code <?xml ...?>} declaration and
 * {@code <!DOCTYPE us-patent-grant ...>}. The file is read line by line and cut at each declaration, so
 * only one grant is in memory at a time; each grant is parsed with StAX with DTDs and external entities
 * off (no network, no DTD files needed; entities the DTD would define are read as a space). A grant that
 * is not well-formed is rejected with its line; the next one is read normally.
 *
 * <p>What kct takes from {@code us-bibliographic-data-grant}:
 * <ul>
 *   <li>id: {@code publication-reference} doc-number in kct's US form ({@code US11617590},
 *       {@code USD982278}; see {@link UsPatentNumbers}); office: its country ({@code US});
 *       publication date: its date; filing date: {@code application-reference}'s date;</li>
 *   <li>IPC: each {@code classification-ipcr} (section, class, subclass, main-group, subgroup); design
 *       patents have none (Locarno only) and are rejected;</li>
 *   <li>priority date and offices: {@code priority-claims} (country, date), earliest first;</li>
 *   <li>applicants: {@code assignees} (orgname, else {@code last-name, first-name}) with the address
 *       country; where the address has only a state, or no address but a US role ({@code 02} US company,
 *       {@code 04} US individual, {@code 06}/{@code 08}/{@code 09} US government), the country is US;</li>
 *   <li>cited: each {@code us-citation}/{@code citation} {@code patcit}, in the same id form (so citations
 *       between grants resolve; other countries as country + number); NPL: the number of {@code nplcit};</li>
 *   <li>claims: {@code number-of-claims}; {@code invention-title}; the text of {@code abstract}.</li>
 * </ul>
 */
public final class UsptoXmlReader implements PatentReader {

    private static final int MAX_RAW = 10_000;

    @Override
    public String format() {
        return "uspto-xml";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        String text = head.text().stripLeading();
        return text.startsWith("<?xml")
                && (text.contains("<!DOCTYPE us-patent-grant") || text.contains("<us-patent-grant"));
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        // the JDK's own StAX parser, whatever else is on the class path (Woodstox for .xlsx sheets, Hadoop's shaded
        // Woodstox beside the Spark job), so that malformed XML fails as this reader expects
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        StringBuilder doc = new StringBuilder(1 << 16);
        long docLine = 1;
        long lineNumber = 0;
        try (BufferedReader in = new BufferedReader(TextInput.open(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                // a declaration starts a document wherever it stands: after a document cut short it may follow
                // the cut on the same line, and must not make the next document part of the broken one
                String rest = line;
                for (int at = rest.indexOf("<?xml"); at >= 0; at = rest.indexOf("<?xml", 5)) {
                    doc.append(rest, 0, at);
                    if (!doc.toString().isBlank()) {
                        readGrant(factory, doc.toString(), new SourceLocation(displayName, docLine), sink);
                    }
                    doc.setLength(0);
                    docLine = lineNumber;
                    rest = rest.substring(at);
                }
                doc.append(rest).append('\n');
            }
        }
        if (!doc.toString().isBlank()) {
            readGrant(factory, doc.toString(), new SourceLocation(displayName, docLine), sink);
        }
    }

    private static void readGrant(XMLInputFactory factory, String xml, SourceLocation where, RecordSink sink) {
        List<String> repairs = new ArrayList<>();
        PatentRecord record;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            try {
                record = new Grant().read(reader, repairs);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null
                    ? where.line()
                    : where.line() + e.getLocation().getLineNumber() - 1;
            String message = e.getMessage();
            int at = message.indexOf("Message: ");
            sink.reject(new Rejection(
                    where,
                    "(record)",
                    "not well-formed XML at line " + line + ": "
                            + (at >= 0 ? message.substring(at + 9) : message).strip(),
                    abbreviate(xml)));
            return;
        } catch (java.util.MissingResourceException e) {
            // the JDK's StAX parser lacks some of its own error messages (e.g. InvalidCharInDTD) and throws this
            // instead of an XMLStreamException: it is still malformed XML in one document, not a failure of kct
            sink.reject(new Rejection(
                    where,
                    "(record)",
                    "not well-formed XML: the parser stopped at an invalid character (" + e.getKey() + ")",
                    abbreviate(xml)));
            return;
        } catch (BadFieldException e) {
            sink.reject(new Rejection(where, e.field(), e.getMessage(), abbreviate(xml)));
            return;
        }
        sink.accept(record, where);
        for (String what : repairs) sink.repaired(where, what);
    }

    private static String abbreviate(String xml) {
        return xml.length() > MAX_RAW ? xml.substring(0, MAX_RAW) + "…" : xml;
    }

    /** The fields of one grant, filled while its events stream past. */
    private static final class Grant {
        private final List<String> path = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder title = new StringBuilder();
        private final StringBuilder abstractText = new StringBuilder();
        private String docNumber;
        private String kind;
        private String office;
        private String publicationDate;
        private String filingDate;
        private String claims;
        private final List<String[]> priorityClaims = new ArrayList<>();
        private String claimCountry;
        private String claimDate;
        private final List<String> ipc = new ArrayList<>();
        private final String[] ipcParts = {"", "", "", "", ""};
        private final List<Applicant> assignees = new ArrayList<>();
        private String orgName;
        private String lastName;
        private String firstName;
        private String country;
        private String state;
        private String role;
        private final List<String> cited = new ArrayList<>();
        private String citedCountry;
        private String citedNumber;
        private int npl;

        PatentRecord read(XMLStreamReader r, List<String> repairs) throws XMLStreamException, BadFieldException {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.isEmpty() && !r.getLocalName().equals("us-patent-grant")) {
                            throw new BadFieldException(
                                    "(record)",
                                    "a <" + r.getLocalName() + "> document: kct reads us-patent-grant documents only");
                        }
                        path.add(r.getLocalName());
                        text.setLength(0);
                        if (r.getLocalName().equals("p") && within("abstract")) abstractText.append(' ');
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        characters(r.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> characters(" ");
                    case XMLStreamConstants.END_ELEMENT -> {
                        end(r.getLocalName(), text.toString().strip());
                        path.remove(path.size() - 1);
                        text.setLength(0);
                    }
                    default -> {}
                }
            }
            return record(repairs);
        }

        private void characters(String s) {
            text.append(s);
            if (within("invention-title")) title.append(s);
            if (within("abstract")) abstractText.append(s);
        }

        private void end(String element, String value) {
            if (at("us-bibliographic-data-grant", "publication-reference", "document-id", element)) {
                switch (element) {
                    case "doc-number" -> docNumber = value;
                    case "kind" -> kind = value;
                    case "country" -> office = value;
                    case "date" -> publicationDate = value;
                    default -> {}
                }
            } else if (at("us-bibliographic-data-grant", "application-reference", "document-id", "date")) {
                filingDate = value;
            } else if (at("us-bibliographic-data-grant", "number-of-claims")) {
                claims = value;
            } else if (at("priority-claim", element)) {
                if (element.equals("country")) claimCountry = value;
                if (element.equals("date")) claimDate = value;
            } else if (element.equals("priority-claim")) {
                priorityClaims.add(new String[] {claimCountry, claimDate});
                claimCountry = null;
                claimDate = null;
            } else if (at("classification-ipcr", element)) {
                int part = List.of("section", "class", "subclass", "main-group", "subgroup")
                        .indexOf(element);
                if (part >= 0) ipcParts[part] = value;
            } else if (element.equals("classification-ipcr")) {
                ipc.add(ipcParts[0] + ipcParts[1] + ipcParts[2] + " " + ipcParts[3] + "/" + ipcParts[4]);
                Arrays.fill(ipcParts, "");
            } else if (at("patcit", "document-id", element)) {
                if (element.equals("country")) citedCountry = value;
                if (element.equals("doc-number")) citedNumber = value;
            } else if (element.equals("patcit")) {
                if (citedNumber != null && !citedNumber.isEmpty())
                    cited.add(UsPatentNumbers.citedId(citedCountry, citedNumber));
                citedCountry = null;
                citedNumber = null;
            } else if (element.equals("nplcit")) {
                npl++;
            } else if (within("assignee") && !element.equals("assignee")) {
                switch (element) {
                    case "orgname" -> orgName = value;
                    case "last-name" -> lastName = value;
                    case "first-name" -> firstName = value;
                    case "country" -> country = value;
                    case "state" -> state = value;
                    case "role" -> role = value;
                    default -> {}
                }
            } else if (element.equals("assignee")) {
                addAssignee();
            }
        }

        private void addAssignee() {
            String name = orgName != null && !orgName.isEmpty()
                    ? orgName
                    : lastName == null || lastName.isEmpty()
                            ? null
                            : firstName == null || firstName.isEmpty() ? lastName : lastName + ", " + firstName;
            if (name != null) assignees.add(new Applicant(name, assigneeCountry()));
            orgName = lastName = firstName = country = state = role = null;
        }

        private String assigneeCountry() {
            String c = CountryOfOrigin.country(country);
            if (c != null) return c;
            if (state != null && !state.isEmpty()) return "US";
            if (role != null && role.matches("\\d+")) {
                int kindOfOwner = role.charAt(role.length() - 1) - '0'; // the last digit: any length of digits
                if (kindOfOwner == 2 || kindOfOwner == 4 || kindOfOwner == 6 || kindOfOwner == 8 || kindOfOwner == 9)
                    return "US";
            }
            return null;
        }

        private PatentRecord record(List<String> repairs) throws BadFieldException {
            if (docNumber == null || docNumber.isEmpty()) {
                throw new BadFieldException("publication-reference", "no doc-number");
            }
            if (ipc.isEmpty() && kind != null && kind.startsWith("S")) {
                throw new BadFieldException(
                        "classifications-ipcr", "no IPC classification: design patents carry Locarno classes only");
            }
            PriorityClaims priorities = new PriorityClaims();
            for (String[] claim : priorityClaims) priorities.add(claim[0], date(claim[1], "priority-claim"));
            return PatentRecord.builder(UsPatentNumbers.id(docNumber))
                    .ipc(IpcCodes.select(IpcParser.parseItems(ipc), "classifications-ipcr", null, repairs))
                    .office(office == null || office.isEmpty() ? "US" : office)
                    .publicationDate(date(publicationDate, "publication-reference"))
                    .filingDate(date(filingDate, "application-reference"))
                    .priorityDate(priorities.earliest())
                    .priorityOffices(priorities.offices())
                    .applicants(SourceFields.applicants(assignees, "assignees"))
                    .cited(cited)
                    .nplCitations(npl)
                    .claims(SourceFields.integer(claims, "number-of-claims"))
                    .title(collapse(title))
                    .abstractText(collapse(abstractText))
                    .build();
        }

        private static PatentDate date(String value, String field) throws BadFieldException {
            return SourceFields.date(value, field, SourceFields.thisYear());
        }

        private static String collapse(StringBuilder b) {
            String s = b.toString().replaceAll("\\s+", " ").strip();
            return s.isEmpty() ? null : s;
        }

        /** True when the open elements end with {@code names} (the last being the element just closing). */
        private boolean at(String... names) {
            int offset = path.size() - names.length;
            if (offset < 0) return false;
            for (int i = 0; i < names.length; i++) {
                if (!path.get(offset + i).equals(names[i])) return false;
            }
            return true;
        }

        private boolean within(String name) {
            return path.contains(name);
        }
    }
}
