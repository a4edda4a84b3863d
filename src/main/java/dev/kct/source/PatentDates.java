package dev.kct.source;

import dev.kct.record.PatentDate;
import java.util.regex.Pattern;

/**
 * Parses the date forms patent sources write. The canonical forms are {@code yyyy-mm-dd},
 * {@code yyyymmdd} and {@code yyyy}; an ISO timestamp ({@code 1999-07-19T00:00:00Z}) is cut to its date.
 */
public final class PatentDates {

    private static final Pattern DATE_SEPARATOR = Pattern.compile("[-/.]");

    private PatentDates() {}

    /**
     * Parses a canonical date; throws {@link IllegalArgumentException} with a message that shows the
     * accepted forms.
     */
    public static PatentDate parseIso(String text) {
        String s = text.strip();
        int t = s.indexOf('T');
        if (t == 10) s = s.substring(0, 10);
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return new PatentDate(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            }
            if (s.length() == 8) {
                return new PatentDate(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8));
            }
            if (s.length() == 4) {
                return PatentDate.ofYear(digits(s, 0, 4));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage());
        }
        throw new IllegalArgumentException("'" + text + "' is not a date: use yyyy-mm-dd, yyyymmdd or yyyy");
    }

    /**
     * Parses the numeric date forms of exports: year first ({@code 2002-08-07}, {@code 2002-8-7},
     * {@code 2002/08/07}) or day first ({@code 07/08/2002}, {@code 07.08.2002}, {@code 7/8/02}), besides
     * everything {@link #parseIso} takes. Day-first dates are never read month-first (no source kct
     * reads writes US-style dates). A two-digit year is the latest year ending in those digits that is
     * not after {@code latestYear} ({@code 76} with 2015 gives 1976, {@code 13} gives 2013).
     */
    public static PatentDate parseNumeric(String text, int latestYear) {
        String s = text.strip();
        int t = s.indexOf('T');
        if (t >= 8) s = s.substring(0, t);
        String[] parts = DATE_SEPARATOR.split(s, -1);
        if (parts.length == 1) return parseIso(s);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use yyyy-mm-dd or dd/mm/yyyy");
        }
        try {
            if (parts[0].length() == 4) {
                return new PatentDate(number(parts[0]), number(parts[1]), number(parts[2]));
            }
            int year = number(parts[2]);
            if (parts[2].length() == 2) {
                year = twoDigitYear(year, latestYear);
            } else if (parts[2].length() != 4) {
                throw new IllegalArgumentException("the year has " + parts[2].length() + " digits");
            }
            return new PatentDate(year, number(parts[1]), number(parts[0]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage());
        }
    }

    /** The latest year not after {@code latestYear} whose last two digits are {@code yy}. */
    static int twoDigitYear(int yy, int latestYear) {
        return latestYear - Math.floorMod(latestYear - yy, 100);
    }

    private static int number(String part) {
        if (part.isEmpty() || part.length() > 4) {
            throw new IllegalArgumentException("'" + part + "' is not a day, month or year");
        }
        return digits(part, 0, part.length());
    }

    /** The decimal number in {@code s[from, to)}; throws when a character is not a digit. */
    static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new IllegalArgumentException("'" + c + "' is not a digit");
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
