package dev.kct.generate;

import dev.kct.KctException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to generate: how many patents, from which seed, over which priority years, with or without
 * abstracts, and (optionally) which applicant countries to keep.
 *
 * @param patents       number of patent records, at least 0
 * @param seed          the seed; the same configuration always gives the same records
 * @param startYear     first priority year
 * @param endYear       last priority year (filing and publication dates run up to two years later)
 * @param withAbstracts whether to write a 150-word abstract per patent (larger and slower); the other
 *                      fields do not change with it
 * @param countries     applicant countries to use (ISO alpha-2, from {@link #knownCountries()}); empty
 *                      means all of them
 */
public record CorpusConfig(
        int patents, long seed, int startYear, int endYear, boolean withAbstracts, List<String> countries) {

    public static final int DEFAULT_START_YEAR = 2005;
    public static final int DEFAULT_END_YEAR = 2024;

    public CorpusConfig {
        if (patents < 0) throw KctException.usage("the number of patents must be 0 or more, not " + patents);
        if (startYear < 1900 || endYear > 2100 || startYear > endYear) {
            throw KctException.usage(
                    "the years must satisfy 1900 <= start <= end <= 2100, not " + startYear + "-" + endYear);
        }
        List<String> upper = new ArrayList<>();
        for (String c : countries == null ? List.<String>of() : countries) {
            String code = c.strip().toUpperCase(Locale.ROOT);
            if (Countries.indexOf(code) < 0) {
                throw KctException.usage("unknown applicant country '" + c + "': use some of " + knownCountries());
            }
            if (!upper.contains(code)) upper.add(code);
        }
        countries = List.copyOf(upper);
    }

    /** {@code patents} patents from {@code seed}, priority years 2005–2024, no abstracts, all countries. */
    public static CorpusConfig of(int patents, long seed) {
        return new CorpusConfig(patents, seed, DEFAULT_START_YEAR, DEFAULT_END_YEAR, false, List.of());
    }

    public CorpusConfig withAbstracts(boolean abstracts) {
        return new CorpusConfig(patents, seed, startYear, endYear, abstracts, countries);
    }

    public CorpusConfig withYears(int start, int end) {
        return new CorpusConfig(patents, seed, start, end, withAbstracts, countries);
    }

    public CorpusConfig withCountries(List<String> codes) {
        return new CorpusConfig(patents, seed, startYear, endYear, withAbstracts, codes);
    }

    /** The applicant countries the generator knows, in its order. */
    public static List<String> knownCountries() {
        return List.copyOf(Arrays.asList(Countries.CODES));
    }

    /** True when applicants from {@code country} (an index into {@link Countries#CODES}) may be generated. */
    boolean allows(int country) {
        return countries.isEmpty() || countries.contains(Countries.CODES[country]);
    }
}
