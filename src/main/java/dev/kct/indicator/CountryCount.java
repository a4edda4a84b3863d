package dev.kct.indicator;

import java.util.Locale;

/**
 * How a patent is credited to countries (docs/METHODS.md, Vocabulary, "Country of a patent";
 * {@code --country-count}).
 *
 * <ul>
 *   <li>{@link #FIRST} (default): the whole patent goes to its first applicant's country,
 *       {@link dev.kct.index.PatentTable#country(int)}; a patent whose first applicant has no country
 *       counts for no country.</li>
 *   <li>{@link #FRACTIONAL}: a patent listing k applicants gives 1/k to each applicant's country (two
 *       applicants from one country give it 2/k); the shares of applicants without a country are dropped,
 *       so such a patent counts for less than 1 in total, and a patent without any applicant country
 *       counts for none (even when {@code country(row)} is known). For a family, the k listed
 *       applicants are the concatenated lists of its members.</li>
 * </ul>
 */
public enum CountryCount {
    FIRST,
    FRACTIONAL;

    /** The lower-case name used on the command line and in JSON ({@code first}, {@code fractional}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code first} or {@code fractional} (case-insensitive). */
    public static CountryCount fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CountryCount c : values()) {
            if (c.id().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown country count '" + text + "': use first or fractional");
    }
}
