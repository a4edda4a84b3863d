package dev.kct.source;

import dev.kct.record.PatentDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The priority filings of one record as a source lists them, collected to give what
 * {@link dev.kct.record.PatentRecord} keeps: the earliest priority date and the priority offices,
 * earliest first (undated ones after the dated, in source order), each once.
 */
final class PriorityClaims {

    private record Claim(String office, PatentDate date) {}

    private final List<Claim> claims = new ArrayList<>();

    /** Adds one filing; an office that is not two letters is ignored, {@code date} may be null. */
    void add(String office, PatentDate date) {
        String o = office == null ? null : office.strip().toUpperCase(Locale.ROOT);
        if (!SourceFields.isTwoLetters(o)) o = null;
        if (o != null || date != null) claims.add(new Claim(o, date));
    }

    /** The earliest date, or null when no filing is dated. */
    PatentDate earliest() {
        PatentDate min = null;
        for (Claim c : claims) {
            if (c.date() != null && (min == null || c.date().compareTo(min) < 0)) min = c.date();
        }
        return min;
    }

    /** The offices, earliest filing first, each once. */
    List<String> offices() {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(Claim::date, Comparator.nullsLast(Comparator.naturalOrder())));
        Set<String> offices = new LinkedHashSet<>();
        for (Claim c : sorted) {
            if (c.office() != null) offices.add(c.office());
        }
        return List.copyOf(offices);
    }
}
