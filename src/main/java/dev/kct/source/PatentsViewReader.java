package dev.kct.source;

import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import dev.kct.record.Applicant;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads PatentsView's granted-patent tables: a folder holding {@code g_patent}, {@code g_ipc_at_issue}
 * and, where present, {@code g_application}, {@code g_assignee_disambiguated} with
 * {@code g_location_disambiguated}, {@code g_us_patent_citation} and {@code g_patent_abstract}, each as
 * {@code .tsv}, {@code .tsv.gz} or the published {@code .tsv.zip}. {@link #read} takes the folder or any
 * one of the tables (then reads its siblings).
 *
 * <p>The tables are joined on {@code patent_id} by a <b>sort-merge join</b>, so memory does not grow with
 * the 9 million patents of a full release: each table is streamed in {@code patent_id} order, and the
 * rows of every table for one patent are collected as the {@code g_patent} stream reaches it. A table
 * already in order (checked by one pass over its ids, which stops at the first id out of order) is
 * streamed as it is; any other table goes through an {@link ExternalSort} (sorted runs in a temporary
 * folder, merged k-way, deleted afterwards). The order is text order of the ids, or number order
 * ({@code 3930271} before {@code 10000000}) when {@code g_patent} is in number order. Only
 * {@code g_location_disambiguated} (location id → country, some hundred thousand rows) is held in memory.
 *
 * <p>What kct takes: id {@code US}+{@code patent_id} ({@link UsPatentNumbers}, the same ids as
 * {@link UsptoXmlReader}); publication date {@code patent_date}; {@code patent_title}; claims
 * {@code num_claims}; abstract from {@code g_patent_abstract} (or {@code g_patent.patent_abstract} in
 * 2022–23 releases); filing date {@code g_application.filing_date}; IPC from {@code g_ipc_at_issue}
 * (section, ipc_class, subclass, main_group, subgroup, in {@code ipc_sequence} order); applicants from
 * {@code g_assignee_disambiguated} (organisation, else {@code last, first}) with the country of their
 * {@code location_id}; cited from {@code g_us_patent_citation.citation_patent_id}; office {@code US}.
 * Withdrawn patents and patents without IPC (design patents) are rejected.
 */
public final class PatentsViewReader implements PatentReader {

    static final String PATENT = "g_patent";
    static final String APPLICATION = "g_application";
    static final String IPC = "g_ipc_at_issue";
    static final String ASSIGNEE = "g_assignee_disambiguated";
    static final String LOCATION = "g_location_disambiguated";
    static final String CITATION = "g_us_patent_citation";
    static final String ABSTRACT = "g_patent_abstract";
    private static final List<String> TABLES =
            List.of(PATENT, APPLICATION, IPC, ASSIGNEE, LOCATION, CITATION, ABSTRACT);
    private static final List<String> EXTENSIONS = List.of(".tsv", ".tsv.zip", ".tsv.gz");

    /** The two orders a release's ids may already be in. */
    enum KeyOrder {
        TEXT(Comparator.naturalOrder()),
        NUMBER(Comparator.comparing(PatentsViewReader::series)
                .thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder()));

        final Comparator<String> comparator;

        KeyOrder(Comparator<String> comparator) {
            this.comparator = comparator;
        }
    }

    private final long sortBudgetChars;
    private final Path tempParent;

    public PatentsViewReader() {
        this(Math.max(1 << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 10)), null);
    }

    /**
     * With a given sort buffer (characters of row data) and folder for sorted runs (null: the system's
     * temporary folder), so tests can force the on-disk sort and check it cleans up.
     */
    PatentsViewReader(long sortBudgetChars, Path tempParent) {
        this.sortBudgetChars = sortBudgetChars;
        this.tempParent = tempParent;
    }

    @Override
    public String format() {
        return "patentsview";
    }

    @Override
    public boolean recognizes(SourceHead head) {
        return tableOf(head.fileName()) != null;
    }

    /** True when {@code path} is a folder holding a {@code g_patent} table. */
    public static boolean isTableFolder(Path path) {
        return Files.isDirectory(path) && find(path, PATENT) != null;
    }

    /** The folder whose tables {@link #read} reads for {@code path} (a folder or one of its tables). */
    public static Path folderOf(Path path) {
        if (Files.isDirectory(path)) return path;
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** The table a file name is, e.g. {@code g_patent} for {@code g_patent.tsv.zip}, or null. */
    static String tableOf(String fileName) {
        for (String table : TABLES) {
            for (String ext : EXTENSIONS) {
                if (fileName.equalsIgnoreCase(table + ext)) return table;
            }
        }
        return null;
    }

    private static Path find(Path folder, String table) {
        for (String ext : EXTENSIONS) {
            Path p = folder.resolve(table + ext);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @Override
    public void read(Path file, String displayName, RecordSink sink) throws IOException {
        Path folder = folderOf(file);
        boolean givenFolder = Files.isDirectory(file);
        Map<String, Path> tables = new HashMap<>();
        for (String t : TABLES) {
            Path p = find(folder, t);
            if (p != null) tables.put(t, p);
        }
        for (String required : List.of(PATENT, IPC)) {
            if (!tables.containsKey(required)) {
                throw KctException.data(displayName + ": no " + required + ".tsv (or .tsv.zip) in " + folder
                        + "; PatentsView data needs at least " + PATENT + " and " + IPC);
            }
        }
        Map<String, String> names = new HashMap<>();
        tables.forEach((t, p) -> names.put(
                t,
                givenFolder
                        ? Path.of(displayName).resolve(p.getFileName()).toString()
                        : Path.of(displayName).resolveSibling(p.getFileName()).toString()));
        for (String optional : List.of(APPLICATION, ASSIGNEE, CITATION)) {
            if (!tables.containsKey(optional)) {
                sink.warn(
                        new SourceLocation(names.get(PATENT), 0),
                        "no " + optional + " table next to it: "
                                + switch (optional) {
                                    case APPLICATION -> "filing dates are left empty";
                                    case ASSIGNEE -> "patents have no applicants";
                                    default -> "patents cite nothing";
                                });
            }
        }
        Path temp = tempParent == null
                ? Files.createTempDirectory("kct-patentsview-")
                : Files.createTempDirectory(tempParent, "kct-patentsview-");
        try (Join join = new Join(tables, names, temp, sink)) {
            join.run();
        } finally {
            try (Stream<Path> files = Files.list(temp)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(temp);
        }
    }

    /** The tables being joined: one cursor per table, all in the same key order. */
    private final class Join implements Closeable {
        private final Map<String, Path> tables;
        private final Map<String, String> names;
        private final Path temp;
        private final RecordSink sink;
        private final Deque<Closeable> open = new ArrayDeque<>();
        private Comparator<String> order;

        Join(Map<String, Path> tables, Map<String, String> names, Path temp, RecordSink sink) {
            this.tables = tables;
            this.names = names;
            this.temp = temp;
            this.sink = sink;
        }

        void run() throws IOException {
            Set<KeyOrder> patentOrders = ordersFollowed(PATENT);
            order = (patentOrders.contains(KeyOrder.TEXT) || patentOrders.isEmpty() ? KeyOrder.TEXT : KeyOrder.NUMBER)
                    .comparator;
            Map<String, String> countries = locations();

            Cursor patents = cursor(
                    PATENT,
                    patentOrders,
                    "patent_date",
                    "patent_title",
                    "num_claims",
                    "withdrawn",
                    "patent_abstract",
                    "wipo_kind");
            Cursor applications = cursor(APPLICATION, null, "filing_date");
            Cursor ipc =
                    cursor(IPC, null, "ipc_sequence", "section", "ipc_class", "subclass", "main_group", "subgroup");
            Cursor assignees = cursor(
                    ASSIGNEE,
                    null,
                    "assignee_sequence",
                    "disambig_assignee_organization",
                    "disambig_assignee_individual_name_first",
                    "disambig_assignee_individual_name_last",
                    "location_id");
            Cursor citations = cursor(CITATION, null, "citation_sequence", "citation_patent_id");
            Cursor abstracts = cursor(ABSTRACT, null, "patent_abstract");

            PatentRows rows = new PatentRows(countries);
            List<String> repairs = new ArrayList<>();
            String previous = null;
            while (patents.head != null) {
                ExternalSort.KeyedRow patent = patents.next();
                SourceLocation where = new SourceLocation(names.get(PATENT), patent.line());
                if (patent.key().equals(previous)) {
                    sink.reject(new Rejection(
                            where,
                            "patent_id",
                            "patent_id " + patent.key() + " appears twice in " + PATENT,
                            raw(patent)));
                    continue;
                }
                previous = patent.key();
                repairs.clear();
                try {
                    PatentRecord r = rows.record(
                            patent,
                            applications.take(patent.key()),
                            ipc.take(patent.key()),
                            assignees.take(patent.key()),
                            citations.take(patent.key()),
                            abstracts.take(patent.key()),
                            repairs);
                    sink.accept(r, where);
                    for (String what : repairs) sink.repaired(where, what);
                } catch (BadFieldException e) {
                    sink.reject(new Rejection(where, e.field(), e.getMessage(), raw(patent)));
                }
            }
            for (Cursor c : List.of(applications, ipc, assignees, citations, abstracts)) {
                c.skipRest();
                if (c.orphans > 0) {
                    sink.warn(
                            new SourceLocation(c.name, 0),
                            c.orphans + " rows name patents that are not in " + PATENT + "; they were ignored");
                }
            }
        }

        private Map<String, String> locations() throws IOException {
            Map<String, String> countries = new HashMap<>();
            Path file = tables.get(LOCATION);
            if (file == null) {
                if (tables.containsKey(ASSIGNEE)) {
                    sink.warn(
                            new SourceLocation(names.get(ASSIGNEE), 0),
                            "no " + LOCATION + " table next to it: applicants have no country");
                }
                return countries;
            }
            try (TsvTable t = TsvTable.open(file, names.get(LOCATION), sink)) {
                int[] c = t.require("location_id", "disambig_country");
                for (Iterator<ExternalSort.KeyedRow> it = t.rows(c[0], c[1]); it.hasNext(); ) {
                    ExternalSort.KeyedRow r = it.next();
                    String country = CountryOfOrigin.country(r.values()[0]);
                    if (country != null) countries.put(r.key(), country.intern());
                }
            }
            return countries;
        }

        /** Which orders the table's ids follow, read without reporting anything (the real read reports). */
        private Set<KeyOrder> ordersFollowed(String table) throws IOException {
            Set<KeyOrder> orders = EnumSet.allOf(KeyOrder.class);
            try (TsvTable t = TsvTable.open(tables.get(table), names.get(table), SILENT)) {
                int key = t.require("patent_id")[0];
                String previous = null;
                for (Iterator<ExternalSort.KeyedRow> it = t.rows(key); it.hasNext() && !orders.isEmpty(); ) {
                    String id = it.next().key();
                    if (previous != null) {
                        for (KeyOrder o : KeyOrder.values()) {
                            if (o.comparator.compare(previous, id) > 0) orders.remove(o);
                        }
                    }
                    previous = id;
                }
            }
            return orders;
        }

        /** The table's rows in key order with the values of {@code columns}; an empty cursor for an absent table. */
        private Cursor cursor(String table, Set<KeyOrder> knownOrders, String... columns) throws IOException {
            Path file = tables.get(table);
            if (file == null)
                return new Cursor(table, List.<ExternalSort.KeyedRow>of().iterator(), order);
            Set<KeyOrder> orders = knownOrders != null ? knownOrders : ordersFollowed(table);
            TsvTable t = TsvTable.open(file, names.get(table), sink);
            open.push(t);
            int key = t.require("patent_id")[0];
            int[] idx = new int[columns.length];
            for (int i = 0; i < columns.length; i++) idx[i] = t.column(columns[i]);
            Iterator<ExternalSort.KeyedRow> rows = t.rows(key, idx);
            boolean sorted = orders.stream().anyMatch(o -> o.comparator == order);
            if (!sorted) {
                ExternalSort sort = new ExternalSort(temp, sortBudgetChars, order);
                open.push(sort);
                rows = sort.sort(rows);
            }
            return new Cursor(names.get(table), rows, order);
        }

        @Override
        public void close() throws IOException {
            while (!open.isEmpty()) open.pop().close();
        }
    }

    /** Turns one patent's rows from every table into a record. */
    private static final class PatentRows {
        private final Map<String, String> countries;

        PatentRows(Map<String, String> countries) {
            this.countries = countries;
        }

        PatentRecord record(
                ExternalSort.KeyedRow patent,
                List<ExternalSort.KeyedRow> applications,
                List<ExternalSort.KeyedRow> ipcRows,
                List<ExternalSort.KeyedRow> assigneeRows,
                List<ExternalSort.KeyedRow> citationRows,
                List<ExternalSort.KeyedRow> abstractRows,
                List<String> repairs)
                throws BadFieldException {
            String[] p = patent.values();
            if ("1".equals(p[3])) throw new BadFieldException("withdrawn", "the patent was withdrawn");
            List<String> symbols = new ArrayList<>();
            for (ExternalSort.KeyedRow r : inSequence(ipcRows)) {
                String[] v = r.values();
                symbols.add(part(v[1]) + part(v[2]) + part(v[3]) + " " + part(v[4]) + "/" + part(v[5]));
            }
            if (symbols.isEmpty() && p[5] != null && p[5].startsWith("S")) {
                throw new BadFieldException(IPC, "no IPC classification: design patents carry Locarno classes only");
            }
            List<Applicant> applicants = new ArrayList<>();
            for (ExternalSort.KeyedRow r : inSequence(assigneeRows)) {
                String[] v = r.values();
                String name = v[1] != null ? v[1] : v[3] == null ? v[2] : v[2] == null ? v[3] : v[3] + ", " + v[2];
                if (name != null) applicants.add(new Applicant(name, v[4] == null ? null : countries.get(v[4])));
            }
            List<String> cited = new ArrayList<>();
            for (ExternalSort.KeyedRow r : inSequence(citationRows)) {
                if (r.values()[1] != null) cited.add(UsPatentNumbers.id(r.values()[1]));
            }
            String abstractText =
                    abstractRows.isEmpty() ? p[4] : abstractRows.get(0).values()[0];
            String filed = applications.isEmpty() ? null : applications.get(0).values()[0];
            return PatentRecord.builder(UsPatentNumbers.id(patent.key()))
                    .ipc(IpcCodes.select(IpcParser.parseItems(symbols), IPC, null, repairs))
                    .office("US")
                    .publicationDate(SourceFields.date(p[0], "patent_date", SourceFields.thisYear()))
                    .filingDate(SourceFields.date(filed, APPLICATION + ".filing_date", SourceFields.thisYear()))
                    .title(p[1])
                    .claims(SourceFields.integer(p[2], "num_claims"))
                    .abstractText(abstractText)
                    .applicants(SourceFields.applicants(applicants, ASSIGNEE))
                    .cited(cited)
                    .build();
        }

        private static String part(String v) {
            return v == null ? "" : v;
        }

        /** The rows in the order of their sequence column (the first value), ties in file order. */
        private static List<ExternalSort.KeyedRow> inSequence(List<ExternalSort.KeyedRow> rows) {
            if (rows.size() < 2) return rows;
            List<ExternalSort.KeyedRow> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingLong(r -> sequence(r.values()[0])));
            return sorted;
        }

        private static long sequence(String v) {
            try {
                return v == null ? Long.MAX_VALUE : Long.parseLong(v);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
    }

    private static String raw(ExternalSort.KeyedRow row) {
        StringBuilder b = new StringBuilder(row.key());
        for (String v : row.values()) b.append('\t').append(v == null ? "" : v);
        return b.toString();
    }

    /** One table's rows in key order, read one patent at a time. */
    private static final class Cursor {
        final String name;
        final Iterator<ExternalSort.KeyedRow> rows;
        final Comparator<String> order;
        ExternalSort.KeyedRow head;
        long orphans;

        Cursor(String name, Iterator<ExternalSort.KeyedRow> rows, Comparator<String> order) {
            this.name = name;
            this.rows = rows;
            this.order = order;
            this.head = rows.hasNext() ? rows.next() : null;
        }

        ExternalSort.KeyedRow next() {
            ExternalSort.KeyedRow r = head;
            head = rows.hasNext() ? rows.next() : null;
            return r;
        }

        /** The rows for {@code key}; rows before it (patents not in g_patent) are skipped and counted. */
        List<ExternalSort.KeyedRow> take(String key) {
            while (head != null && order.compare(head.key(), key) < 0) {
                orphans++;
                next();
            }
            if (head == null || !head.key().equals(key)) return List.of();
            List<ExternalSort.KeyedRow> out = new ArrayList<>(4);
            while (head != null && head.key().equals(key)) out.add(next());
            return out;
        }

        void skipRest() {
            while (head != null) {
                orphans++;
                next();
            }
        }
    }

    /** The letters before a patent number ({@code D}, {@code RE}, {@code PP}), for {@link KeyOrder#NUMBER}. */
    private static String series(String id) {
        int i = 0;
        while (i < id.length() && Character.isLetter(id.charAt(i))) i++;
        return id.substring(0, i);
    }

    /** Problems of a table read only to probe the order of its ids are not reported: the main pass reports them. */
    private static final ProblemSink SILENT = new ProblemSink() {
        @Override
        public void reject(Rejection rejection) {
            // reported by the main pass over the same table
        }

        @Override
        public void warn(SourceLocation where, String message) {
            // reported by the main pass over the same table
        }

        @Override
        public void repaired(SourceLocation where, String what) {
            // reported by the main pass over the same table
        }
    };
}
