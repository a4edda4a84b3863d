package dev.kct.source.table;

import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column mapping proposed for a table no built-in format fits ({@code kct inspect}), from its header and a sample
 * of its rows: a first draft for the analyst to check and pass to {@code --map}, never used without being asked for.
 *
 * <p>Columns are chosen by their values first, then by the words of their header: {@code ipc} is the column whose
 * cells mostly parse as IPC symbols (a header naming IPC or classification preferred, CPC avoided); the dates are the
 * columns whose cells mostly read as full dates, told apart by their header (priority, application or filing,
 * publication; in English, Chinese or Japanese), an unnamed date column becoming {@code publication_date}; counts
 * ({@code claims}, {@code npl_citations}, {@code forward_citations}) must hold whole numbers, countries must be ISO
 * codes or names of countries (then {@code country_names} is set), and {@code id} must be unique in the sample. A
 * header that appears twice is given by its column number. The words are common export vocabulary, not any vendor's
 * documented layout: that is what built-in profiles are for ({@link MappingProfiles}).
 */
public final class MappingProposal {

    private static final Pattern COUNT = Pattern.compile("\\d+(?:\\.0+)?");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

    private static final List<String> IPC_WORDS = List.of("ipc", "国际分类", "分类号", "classification", "分類");
    private static final List<String> PRIORITY_WORDS = List.of("priority", "优先权", "優先", "prio");
    private static final List<String> FILING_WORDS = List.of("application", "filing", "申请日", "appl", "filed", "出願日");
    private static final List<String> PUBLICATION_WORDS =
            List.of("publication", "公开", "公告", "公布", "published", "pubdate", "issue", "grant", "公開");
    private static final List<String> FAMILY_WORDS = List.of("familyid", "familynumber", "familyno", "同族号", "family");
    private static final List<String> FAMILY_EXCLUDED = List.of("size", "count", "member", "成员", "数", "number of");
    private static final List<String> COUNTRY_WORDS =
            List.of("applicantcountr", "assigneecountr", "申请人国", "国别", "country", "国家", "国籍");
    private static final List<String> COUNTRY_EXCLUDED = List.of("priority", "优先", "office", "publication");
    private static final List<String> APPLICANT_WORDS =
            List.of("applicant", "assignee", "申请人", "专利权人", "权利人", "owner", "proprietor", "patentee", "出願人");
    private static final List<String> APPLICANT_EXCLUDED =
            List.of("countr", "address", "地址", "国", "count", "数", "type", "类型", "city", "state");
    private static final List<String> CITED_WORDS = List.of(
            "citedpatent", "citedref", "backwardcit", "引用专利", "引证专利", "引用", "引证", "cites", "cited", "references");
    private static final List<String> CITED_EXCLUDED =
            List.of("citedby", "被引", "count", "数", "npl", "非专利", "nonpatent", "times");
    private static final List<String> FORWARD_WORDS =
            List.of("citedby", "被引", "forwardcit", "timescited", "citedcount");
    private static final List<String> NPL_WORDS = List.of("npl", "nonpatent", "非专利");
    private static final List<String> CLAIM_WORDS = List.of("claim", "权利要求", "請求項");
    private static final List<String> TITLE_WORDS = List.of("title", "标题", "名称", "題名", "发明名称");
    private static final List<String> ABSTRACT_WORDS = List.of("abstract", "摘要", "要約");
    private static final List<String> ID_WORDS = List.of(
            "publicationnumber",
            "publicationno",
            "pubnumber",
            "公开号",
            "公开公告号",
            "公告号",
            "patentnumber",
            "lensid",
            "documentnumber",
            "docid",
            "申请号",
            "applicationnumber",
            "number",
            "号",
            "id");
    private static final List<String> ID_EXCLUDED = List.of("family", "同族", "priority", "优先", "cited", "引", "row");

    /**
     * The proposal: the mapping's keys in {@code --map} order (fields, then settings), what could not be found, and
     * notes on choices the analyst should check.
     */
    public record Proposal(Map<String, Object> mapping, List<String> missing, List<String> notes) {
        /** Whether the mapping has every required key ({@code id}, {@code ipc}, a date). */
        public boolean complete() {
            return mapping.containsKey("id")
                    && mapping.containsKey("ipc")
                    && ColumnMapping.DATES.stream().anyMatch(mapping::containsKey);
        }
    }

    private final List<String> header;
    private final List<List<String>> rows;
    private final boolean workbook;
    private final Set<Integer> used = new HashSet<>();
    private final Map<String, Integer> chosen = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private boolean countryNames;

    private MappingProposal(List<String> header, List<List<String>> rows, boolean workbook) {
        this.header = header;
        this.rows = rows;
        this.workbook = workbook;
    }

    /**
     * Proposes a mapping for a table with this {@code header} and these sample {@code rows} (cells by column).
     *
     * @param settings the settings keys to add ({@code encoding}, {@code sheet}, {@code header_row}), in order
     */
    public static Proposal propose(
            List<String> header, List<List<String>> rows, boolean workbook, Map<String, Object> settings) {
        MappingProposal p = new MappingProposal(header, rows, workbook);
        p.choose();
        Map<String, Object> mapping = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String field : ColumnMapping.FIELDS) {
            Integer column = p.chosen.get(field);
            if (column == null) {
                missing.add(field);
            } else {
                mapping.put(field, p.reference(column));
            }
        }
        mapping.putAll(settings);
        if (p.countryNames) mapping.put("country_names", true);
        return new Proposal(mapping, missing, p.notes);
    }

    private void choose() {
        chooseIpc();
        chooseDates();
        pick("family_id", FAMILY_WORDS, FAMILY_EXCLUDED, this::varied);
        chooseCountries();
        pick("applicants", APPLICANT_WORDS, APPLICANT_EXCLUDED, c -> notMostly(c, COUNT));
        pick("forward_citations", FORWARD_WORDS, List.of(), c -> mostly(c, COUNT));
        pick("npl_citations", NPL_WORDS, List.of(), c -> mostly(c, COUNT));
        pick("claims", CLAIM_WORDS, List.of("text", "文本", "内容"), c -> mostly(c, COUNT));
        pick("cited", CITED_WORDS, CITED_EXCLUDED, c -> notMostly(c, COUNT));
        pick("title", TITLE_WORDS, List.of(), c -> notMostly(c, COUNT));
        pick("abstract", ABSTRACT_WORDS, List.of(), c -> notMostly(c, COUNT));
        pick("id", ID_WORDS, ID_EXCLUDED, this::unique);
        if (!chosen.containsKey("id")) {
            for (int c = 0; c < header.size(); c++) {
                if (!used.contains(c) && unique(c) && notMostly(c, COUNT)) {
                    take("id", c);
                    notes.add("'id' is column " + (c + 1) + " ('" + header.get(c)
                            + "'), the first whose values are unique in the sample: check it");
                    break;
                }
            }
        }
    }

    private void chooseIpc() {
        int best = -1;
        double bestScore = 0;
        for (int c = 0; c < header.size(); c++) {
            double share = share(c, this::isIpc);
            if (share < 0.5) continue;
            String key = key(header.get(c));
            double score = share + (containsAny(key, IPC_WORDS) ? 0.5 : 0) - (key.contains("cpc") ? 0.4 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best >= 0) take("ipc", best);
    }

    private void chooseDates() {
        List<Integer> dates = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!used.contains(c) && isDateColumn(c)) dates.add(c);
        }
        pickAmong("priority_date", PRIORITY_WORDS, dates);
        pickAmong("publication_date", PUBLICATION_WORDS, dates);
        pickAmong("filing_date", FILING_WORDS, dates);
        if (ColumnMapping.DATES.stream().noneMatch(chosen::containsKey) && !dates.isEmpty()) {
            take("publication_date", dates.get(0));
            notes.add("'publication_date' is column " + (dates.get(0) + 1) + " ('" + header.get(dates.get(0))
                    + "'), a date column whose header names no kind of date: check it");
        }
    }

    private void pickAmong(String field, List<String> words, List<Integer> dates) {
        for (String word : words) {
            for (int c : dates) {
                if (!used.contains(c) && key(header.get(c)).contains(word)) {
                    take(field, c);
                    return;
                }
            }
        }
    }

    private void chooseCountries() {
        for (String word : COUNTRY_WORDS) {
            for (int c = 0; c < header.size(); c++) {
                String key = key(header.get(c));
                if (used.contains(c) || !key.contains(word) || containsAny(key, COUNTRY_EXCLUDED)) continue;
                double codes = itemShare(c, v -> TWO_LETTERS.matcher(v).matches());
                double names = itemShare(c, v -> CountryNames.code(v) != null);
                if (codes >= 0.8) {
                    take("applicant_countries", c);
                    return;
                }
                if (names >= 0.5) {
                    take("applicant_countries", c);
                    countryNames = true;
                    return;
                }
            }
        }
    }

    /** Takes the first unused column whose header holds one of {@code words} (in their order) and none excluded. */
    private void pick(String field, List<String> words, List<String> excluded, java.util.function.IntPredicate values) {
        for (String word : words) {
            for (int c = 0; c < header.size(); c++) {
                String key = key(header.get(c));
                if (used.contains(c) || !key.contains(word) || containsAny(key, excluded)) continue;
                if (values.test(c)) {
                    take(field, c);
                    return;
                }
            }
        }
    }

    private void take(String field, int column) {
        chosen.put(field, column);
        used.add(column);
    }

    /** The column's header, or its 1-based number when the header is blank or appears more than once. */
    private Object reference(int column) {
        String name = header.get(column);
        if (name.isBlank()) return column + 1;
        long same = header.stream()
                .filter(h -> h.strip().equalsIgnoreCase(name.strip()))
                .count();
        return same > 1 ? (Object) (column + 1) : name;
    }

    private boolean isIpc(String cell) {
        IpcParser.ParsedList list = IpcParser.parseItems(ListSplitter.forCodes().split(cell));
        return !list.symbols().isEmpty()
                && list.errors().size() <= list.symbols().size() / 2;
    }

    private boolean isDateColumn(int c) {
        DateColumn date = new DateColumn(header.get(c), List.of(), workbook);
        for (List<String> row : rows) date.observe(cell(row, c));
        boolean ambiguous = false;
        try {
            date.decide();
        } catch (KctException e) {
            ambiguous = true;
        }
        if (ambiguous) {
            if (share(c, v -> v.strip().matches("\\d{1,2}/\\d{1,2}/\\d{4}")) < 0.5) return false;
            notes.add("column " + (c + 1) + " ('" + header.get(c) + "'): dates such as 03/04/2015 read both day-first"
                    + " and month-first; add \"date_formats\": [\"dd/MM/yyyy\"] or [\"MM/dd/yyyy\"]");
            return true;
        }
        return share(c, v -> FULL_DATE.matcher(String.valueOf(date.read(v))).matches()) >= 0.5;
    }

    /** Whether the column's values are unique in the sample and present in nearly every row (as ids are). */
    private boolean unique(int c) {
        int[] counts = valueCounts(c);
        return counts[0] > 0 && counts[1] >= 0.95 * counts[0] && counts[0] >= 0.9 * rows.size();
    }

    /** Whether the column holds many different values (ids do; yes/no flags and kinds do not). */
    private boolean varied(int c) {
        int[] counts = valueCounts(c);
        return counts[0] > 0 && counts[1] >= Math.min(10, 0.5 * counts[0]);
    }

    /** The column's non-blank sample values and how many of them differ. */
    private int[] valueCounts(int c) {
        Set<String> seen = new HashSet<>();
        int values = 0;
        for (List<String> row : rows) {
            String v = cell(row, c).strip();
            if (v.isEmpty()) continue;
            values++;
            seen.add(v);
        }
        return new int[] {values, seen.size()};
    }

    private boolean mostly(int c, Pattern p) {
        return share(c, v -> p.matcher(v.strip()).matches()) >= 0.9;
    }

    private boolean notMostly(int c, Pattern p) {
        return share(c, v -> p.matcher(v.strip()).matches()) < 0.5;
    }

    /** The share of the column's non-blank sample cells that pass {@code test} (0 when all are blank). */
    private double share(int c, java.util.function.Predicate<String> test) {
        int values = 0;
        int passing = 0;
        for (List<String> row : rows) {
            String v = cell(row, c);
            if (v.isBlank()) continue;
            values++;
            if (test.test(v)) passing++;
        }
        return values == 0 ? 0 : (double) passing / values;
    }

    /** As {@link #share}, over the list items of the cells (split as applicant names are). */
    private double itemShare(int c, java.util.function.Predicate<String> test) {
        ListSplitter names = ListSplitter.forNames();
        int values = 0;
        int passing = 0;
        for (List<String> row : rows) {
            for (String item : names.split(cell(row, c))) {
                if (item.isBlank()) continue;
                values++;
                if (test.test(item.strip())) passing++;
            }
        }
        return values == 0 ? 0 : (double) passing / values;
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() && row.get(c) != null ? row.get(c) : "";
    }

    private static boolean containsAny(String key, List<String> words) {
        for (String w : words) {
            if (key.contains(w.replace(" ", ""))) return true;
        }
        return false;
    }

    /** A header compared by its words: lower case, without spaces, {@code _ - ( ) （ ）} and quotes. */
    static String key(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (char ch : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (" _-()（）\"'\t.:".indexOf(ch) < 0) b.append(ch);
        }
        return b.toString();
    }
}
