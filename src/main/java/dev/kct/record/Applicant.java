package dev.kct.record;

/**
 * A patent applicant (assignee) as the source names it, with its country when the source gives one.
 *
 * @param name    the name as written in the source, trimmed
 * @param country ISO 3166 alpha-2 code in upper case, or {@code null} when unknown
 */
public record Applicant(String name, String country) {

    public Applicant {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("applicant name is empty");
        }
        name = name.strip();
        if (country != null) {
            country = country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }
}
