package dev.kct.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Decides a patent's country of origin when sources disagree on what they give: Espacenet and USPTO
 * name each applicant's country, Lens and PATENTSCOPE none, but every source gives the publishing office
 * and most the priority filings. {@code --country-from} picks the first choice; the others follow as
 * fallbacks in a fixed order:
 * <ul>
 *   <li>{@link Mode#APPLICANT} (default): the first applicant's country (docs/METHODS.md; a co-applicant's
 *       country is not used for the patent), else the first priority office that is a country, else the
 *       publishing office;</li>
 *   <li>{@link Mode#PRIORITY}: the first priority office that is a country, else the applicant, else the office;</li>
 *   <li>{@link Mode#JURISDICTION}: the publishing office, else the first priority office, else the applicant.</li>
 * </ul>
 * Independently of the mode, every applicant without a country is given the first priority country,
 * else the office's, so per-applicant statistics see the same guess. A record without applicants keeps
 * none (a placeholder applicant would be counted as one); its country is returned in
 * {@link Resolution#country()} for the index to store. Each resolution is counted by the
 * {@link Source} it used, for the run's summary.
 *
 * <p>Country codes are ISO 3166 alpha-2 in upper case ({@link Locale#getISOCountries()}) plus the
 * historic codes still found on old documents: {@code SU} (Soviet Union), {@code DD} (East Germany),
 * {@code CS} (Czechoslovakia) and {@code YU} (Yugoslavia). Regional and international offices
 * ({@code EP}, {@code WO}/{@code IB}, {@code EA}, {@code AP}, {@code OA}, {@code GC}, {@code EM}) are not
 * countries and are never used as one; neither is the non-ISO {@code UK}.
 *
 * <p>Thread-safe: the counts may be updated from several indexing threads.
 */
public final class CountryOfOrigin {

    /** Where the country comes from first ({@code --country-from}). */
    public enum Mode {
        APPLICANT,
        PRIORITY,
        JURISDICTION;

        /** Parses {@code applicant}, {@code priority} or {@code jurisdiction} (any case). */
        public static Mode parse(String text) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(text.strip())) return m;
            }
            throw new IllegalArgumentException(
                    "'" + text + "' is not a country source: use applicant, priority or jurisdiction");
        }
    }

    /** Which part of the record gave the country. */
    public enum Source {
        APPLICANT,
        PRIORITY,
        JURISDICTION,
        NONE
    }

    /**
     * The outcome for one record.
     *
     * @param record  the record with missing applicant countries filled (the same instance when nothing changed)
     * @param country the patent's country of origin, or null when nothing in the record names one
     * @param source  where {@code country} came from
     */
    public record Resolution(PatentRecord record, String country, Source source) {}

    private static final Set<String> COUNTRIES = countries();

    private final Mode mode;
    private final Map<Source, LongAdder> counts = new EnumMap<>(Source.class);

    public CountryOfOrigin(Mode mode) {
        this.mode = mode;
        for (Source s : Source.values()) counts.put(s, new LongAdder());
    }

    public Mode mode() {
        return mode;
    }

    /** Fills missing applicant countries and decides the patent's country; counts the source used. */
    public Resolution resolve(PatentRecord r) {
        // docs/METHODS.md: a patent's country is its first applicant's, not a co-applicant's; when the first
        // applicant has none, the fallbacks below apply (and fill that applicant's country the same way).
        String fromApplicant =
                r.applicants().isEmpty() ? null : country(r.applicants().get(0).country());
        String fromPriority = null;
        for (String office : r.priorityOffices()) {
            if (isCountry(office)) {
                fromPriority = office.toUpperCase(Locale.ROOT);
                break;
            }
        }
        String fromOffice = isCountry(r.office()) ? r.office().toUpperCase(Locale.ROOT) : null;

        Source[] order = switch (mode) {
            case APPLICANT -> new Source[] {Source.APPLICANT, Source.PRIORITY, Source.JURISDICTION};
            case PRIORITY -> new Source[] {Source.PRIORITY, Source.APPLICANT, Source.JURISDICTION};
            case JURISDICTION -> new Source[] {Source.JURISDICTION, Source.PRIORITY, Source.APPLICANT};
        };
        String country = null;
        Source source = Source.NONE;
        for (Source s : order) {
            String c = s == Source.APPLICANT ? fromApplicant : s == Source.PRIORITY ? fromPriority : fromOffice;
            if (c != null) {
                country = c;
                source = s;
                break;
            }
        }
        counts.get(source).increment();
        String guess = fromPriority != null ? fromPriority : fromOffice;
        return new Resolution(withApplicantCountries(r, guess), country, source);
    }

    private static PatentRecord withApplicantCountries(PatentRecord r, String guess) {
        if (guess == null || r.applicants().stream().allMatch(a -> isCountry(a.country()))) return r;
        List<Applicant> filled = new ArrayList<>(r.applicants().size());
        for (Applicant a : r.applicants()) {
            filled.add(isCountry(a.country()) ? a : new Applicant(a.name(), guess));
        }
        return new PatentRecord(
                r.id(),
                r.ipc(),
                r.priorityDate(),
                r.filingDate(),
                r.publicationDate(),
                r.familyId(),
                filled,
                r.cited(),
                r.claims(),
                r.nplCitations(),
                r.title(),
                r.abstractText(),
                r.office(),
                r.priorityOffices(),
                r.citedByCount());
    }

    /** How many records resolved so far took their country from {@code source}. */
    public long count(Source source) {
        return counts.get(source).sum();
    }

    /** The counts by source, in {@link Source} order, for the run's summary. */
    public Map<Source, Long> counts() {
        Map<Source, Long> m = new EnumMap<>(Source.class);
        counts.forEach((s, n) -> m.put(s, n.sum()));
        return m;
    }

    /** True when {@code code} (any case) is an ISO 3166 alpha-2 country or one of the historic codes kept. */
    public static boolean isCountry(String code) {
        return code != null && code.length() == 2 && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }

    /** {@code code} in upper case when it is a country, else null (e.g. for {@code EP}, {@code WO}, {@code unknown}). */
    public static String country(String code) {
        if (code == null) return null;
        String c = code.strip();
        return isCountry(c) ? c.toUpperCase(Locale.ROOT) : null;
    }

    private static Set<String> countries() {
        Set<String> s = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
        s.addAll(List.of("SU", "DD", "CS", "YU"));
        s.removeAll(List.of("EP", "WO", "IB", "EA", "AP", "OA", "GC", "EM", "EU", "UN"));
        return Set.copyOf(s);
    }
}
