package dev.kct.source;

import dev.kct.record.PatentDate;

/**
 * Parses the date forms patent sources write. The canonical forms are {@code yyyy-mm-dd},
 * {@code yyyymmdd} and {@code yyyy}; an ISO timestamp ({@code 1999-07-19T00:00:00Z}) is cut to its date.
 */
public final class PatentDates {

    private PatentDates() {
    }

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
