package dev.kct.record;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A patent date that may be known only to the year ({@code month} and {@code day} 0) or to the month.
 * Stored in the index as the integer {@code yyyymmdd} ({@link #toInt()}), so that year-only dates sort
 * before every full date of their year.
 */
public record PatentDate(int year, int month, int day) implements Comparable<PatentDate> {

    public PatentDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is out of range 1000-2999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is out of range 1-12");
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day " + year + "-" + month + "-" + day);
            }
        }
    }

    /** A date known to the day. */
    public static PatentDate of(LocalDate date) {
        return new PatentDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A date known only to the year. */
    public static PatentDate ofYear(int year) {
        return new PatentDate(year, 0, 0);
    }

    /** The date as {@code yyyymmdd}, with {@code 00} for an unknown month or day. */
    public int toInt() {
        return year * 10000 + month * 100 + day;
    }

    @Override
    public int compareTo(PatentDate o) {
        return Integer.compare(toInt(), o.toInt());
    }

    /** ISO form: {@code 2019-03-07}, {@code 2019-03} or {@code 2019}. */
    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
