package dev.kct.index;

import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.record.PatentRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.util.BytesRef;

/**
 * What the index keeps of one record and how a selection reads it, for code that aggregates records without an
 * index (the Spark job, {@code dev.kct.spark}): the record is prepared as {@code kct index} prepares it (applicant
 * thesaurus, country-of-origin fallbacks, applicant variant terms) and packed into its {@link PatentFacts}, and every
 * number here is read back from those facts. Dates, the year on a date basis with its fallbacks, the filters
 * ({@link #selects}) and the technologies at a level ({@link #technologies}) follow {@link PatentIndex#select} and
 * {@link PatentTableLoader}, so that aggregates made from these facts equal those of an index of the same records.
 */
public final class RecordFacts {

    private static final ApplicantVariants NO_THESAURUS = new ApplicantVariants(ApplicantMap.NONE);

    private final String id;
    private final String title;
    private final PatentFacts.View view;
    private final List<String> applicantKeys;
    private final List<String> ipcSymbols;

    private RecordFacts(String id, String title, BytesRef facts, List<String> applicantKeys, List<String> ipcSymbols) {
        this.id = id;
        this.title = title;
        this.view = new PatentFacts.View().reset(facts);
        this.applicantKeys = applicantKeys;
        this.ipcSymbols = ipcSymbols;
    }

    /** The facts of {@code record} as {@code kct index} keeps them by default (no thesaurus, country from the applicant). */
    public static RecordFacts of(PatentRecord record) {
        return of(record, NO_THESAURUS, new CountryOfOrigin(CountryOfOrigin.Mode.APPLICANT));
    }

    /** The facts of {@code record} under the applicant thesaurus {@code map} and the country policy {@code origin}. */
    public static RecordFacts of(PatentRecord record, ApplicantMap map, CountryOfOrigin origin) {
        return of(record, map.size() == 0 ? NO_THESAURUS : new ApplicantVariants(map), origin);
    }

    private static RecordFacts of(PatentRecord record, ApplicantVariants variants, CountryOfOrigin origin) {
        PreparedRecord p = PreparedRecord.of(record, variants, origin);
        Distinct<String> keys = new Distinct<>(p.variants().size());
        for (BytesRef t : p.variants()) {
            String term = t.utf8ToString();
            keys.add(term.substring(0, term.indexOf('\u0000')));
        }
        Distinct<String> symbols = new Distinct<>(record.ipc().size());
        for (IpcSymbol s : record.ipc()) symbols.add(s.toString());
        return new RecordFacts(
                record.id(),
                record.title(),
                PatentFacts.encode(p),
                List.copyOf(keys.list()),
                List.copyOf(symbols.list()));
    }

    /** The id as given. */
    public String id() {
        return id;
    }

    /** The title, or null. */
    public String title() {
        return title;
    }

    /** {@link IdHash#of} the id: rows of a selection are in this order. */
    public long idHash() {
        return view.idHash();
    }

    /** {@link IdHash#of} the family id, or 0 without one. */
    public long familyHash() {
        return view.familyHash();
    }

    /** The date on {@code basis} as {@code yyyymmdd}, or 0 (no fallback). */
    public int date(DateBasis basis) {
        return view.date(basis);
    }

    /** Claims, or −1 when unknown. */
    public int claims() {
        return view.claims();
    }

    /** NPL references, or −1 when unknown. */
    public int npl() {
        return view.npl();
    }

    /** Forward citations as the source reports them, or −1. */
    public int reportedCitations() {
        return view.citedBy();
    }

    /** The country of origin (first applicant's after the fallbacks), or null. */
    public String originCountry() {
        int c = view.originCountry();
        return c < 0 ? null : PatentFacts.country(c);
    }

    /** Each applicant's country in source order, null where unknown (as the index stores them). */
    public List<String> applicantCountries() {
        int n = view.countryCount();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = view.country(i);
            out.add(c < 0 ? null : PatentFacts.country(c));
        }
        return out;
    }

    /** The distinct normalised applicant keys (after the thesaurus), in order of first occurrence. */
    public List<String> applicantKeys() {
        return applicantKeys;
    }

    /** The distinct canonical IPC symbols, in source order. */
    public List<String> ipcSymbols() {
        return ipcSymbols;
    }

    /** The distinct {@link IdHash}es of the cited ids, ascending. */
    public long[] citedHashes() {
        long[] out = new long[view.citedCount()];
        for (int i = 0; i < out.length; i++) out[i] = view.cited(i);
        return out;
    }

    /**
     * The year on {@code basis} after the fallbacks ({@link DateBasis#fallbackOrder()}), 0 when the record has no
     * date, and the basis that gave it.
     *
     * @param year  the year, or 0
     * @param basis the basis used, or null without a date
     */
    public record Dated(int year, DateBasis basis) {}

    /** The year on {@code basis}, falling back as {@link PatentIndex#select} does. */
    public Dated dated(DateBasis basis) {
        return dated(
                basis, view.date(DateBasis.PRIORITY), view.date(DateBasis.FILING), view.date(DateBasis.PUBLICATION));
    }

    /** The year on {@code basis} of a record with these {@code yyyymmdd} dates (0 = none), with the fallbacks. */
    public static Dated dated(DateBasis basis, int priority, int filing, int publication) {
        for (DateBasis b : basis.fallbackOrder()) {
            int date = b == DateBasis.PRIORITY ? priority : b == DateBasis.FILING ? filing : publication;
            if (date != 0) return new Dated(date / 10000, b);
        }
        return new Dated(0, null);
    }

    /**
     * Whether {@link PatentIndex#select} would select this record under {@code filters}: year range on the date basis
     * (after fallbacks), country of origin, IPC prefixes at their own level.
     *
     * @throws IllegalArgumentException when the filters hold a query (it needs the index's text fields)
     */
    public boolean selects(Filters filters) {
        return selects(filters, dated(filters.dateBasis()).year(), originCountry(), ipcSymbols);
    }

    /**
     * {@link #selects(Filters)} for a record of {@code year} (on the filters' basis, 0 when undated), country of
     * origin {@code origin} (or null) and the distinct canonical IPC {@code symbols}.
     */
    public static boolean selects(Filters filters, int year, String origin, List<String> symbols) {
        if (filters.query() != null && !filters.query().isBlank()) {
            throw new IllegalArgumentException("a query needs an index");
        }
        if (!filters.countries().isEmpty()
                && (origin == null || !filters.countries().contains(origin))) return false;
        if (filters.fromYear() != null && year < filters.fromYear()) return false;
        if (filters.toYear() != null && year > filters.toYear()) return false;
        if (filters.ipcPrefixes().isEmpty()) return true;
        for (IpcSymbol prefix : filters.ipcPrefixes()) {
            IpcLevel level = prefix.precision();
            String code = prefix.code(level);
            for (String symbol : symbols) {
                if (code.equals(IpcSymbol.parse(symbol).code(level))) return true;
            }
        }
        return false;
    }

    /** The distinct technologies of {@code symbols} at {@code level}, in code order, as a loaded table holds them. */
    public static List<String> technologies(List<String> symbols, IpcLevel level) {
        TreeSet<String> codes = new TreeSet<>();
        for (String s : symbols) {
            String code = IpcSymbol.parse(s).code(level);
            if (code != null) codes.add(code);
        }
        return new ArrayList<>(codes);
    }

    @Override
    public String toString() {
        return id + " " + ipcSymbols + " " + applicantKeys + " " + Arrays.toString(citedHashes());
    }
}
