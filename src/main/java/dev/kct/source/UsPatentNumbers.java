package dev.kct.source;

import java.util.Locale;

/**
 * The one id form kct gives US grants, whichever source names them, so that citations between grants
 * resolve and the same grant read from USPTO XML and from PatentsView is one document: {@code US}, the
 * series letters if any ({@code D}, {@code RE}, {@code PP}, {@code H}, {@code T}), then the number
 * without leading zeros and without kind code: {@code 11617590} → {@code US11617590},
 * {@code D0982278} → {@code USD982278}, {@code RE049123} → {@code USRE49123}. Other numbers (published
 * applications {@code 2010/0123456}) lose only spaces, slashes, commas and dashes: {@code US20100123456};
 * other countries' documents are country + number the same way ({@code JP 2004-123456} → {@code JP2004123456}).
 */
final class UsPatentNumbers {

    private UsPatentNumbers() {}

    /** The id of the US document numbered {@code number} ({@code US} prefix optional). */
    static String id(String number) {
        String n = compact(number);
        if (n.startsWith("US")) n = n.substring(2);
        int letters = 0;
        while (letters < n.length() && Character.isLetter(n.charAt(letters))) letters++;
        String digits = n.substring(letters);
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            int zeros = 0;
            while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') zeros++;
            digits = digits.substring(zeros);
        }
        return "US" + n.substring(0, letters) + digits;
    }

    /** The id of a cited document: {@link #id} for US ones, country + number (no kind, no punctuation) for others. */
    static String citedId(String country, String number) {
        if (country == null || country.isBlank() || country.strip().equalsIgnoreCase("US")) return id(number);
        return country.strip().toUpperCase(Locale.ROOT) + compact(number);
    }

    private static String compact(String number) {
        return number.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s/,-]", "");
    }
}
