package dev.kct.source.table;

import dev.kct.KctException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of one column, in every common written form, into kct's canonical {@code yyyy-MM-dd}
 * (or {@code yyyy} for a year alone).
 *
 * <p>Forms read by default: ISO {@code yyyy-MM-dd} (a time after it, {@code 1999-07-19T00:00:00Z}, is
 * ignored), {@code yyyy.MM.dd}, {@code yyyy/M/d}, {@code yyyyMMdd}, {@code yyyy年M月d日}, {@code dd.MM.yyyy},
 * {@code yyyy}, Excel serial day numbers (5 digits, workbooks only), and {@code d/M/yyyy} or {@code M/d/yyyy}.
 * The last two cannot be told apart cell by cell, so the choice is made per column, from its values: a
 * value such as {@code 25/03/2015} rules month-first out, {@code 03/25/2015} rules day-first out. A column
 * where both still fit every value and some value reads differently under each ({@code 03/04/2015}) is
 * refused: {@link #decide()} throws an error naming the column and asking for {@code date_formats}.
 *
 * <p>Use: {@link #observe} every value of the column (a first pass), {@link #decide()}, then {@link #read}
 * each value. With explicit {@code date_formats} no first pass is needed.
 */
public final class DateColumn {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DOTTED_DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final String column;
    private final List<DateTimeFormatter> explicit;
    private final boolean workbook;
    private boolean dayFirstFits = true;
    private boolean monthFirstFits = true;
    private boolean disagree;
    private String example;
    private Boolean dayFirst;

    /**
     * @param column   the column's name, for messages
     * @param formats  the mapping's {@code date_formats} ({@code DateTimeFormatter} patterns such as
     *                 {@code dd/MM/yyyy}); empty for every common form
     * @param workbook whether values come from a workbook (then 5-digit numbers are Excel serial dates)
     */
    public DateColumn(String column, List<String> formats, boolean workbook) {
        this.column = column;
        this.workbook = workbook;
        this.explicit = new ArrayList<>();
        for (String f : formats) {
            try {
                explicit.add(DateTimeFormatter.ofPattern(f.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT));
            } catch (IllegalArgumentException e) {
                throw KctException.usage("date_formats: '" + f + "' is not a date pattern (" + e.getMessage()
                        + "); give e.g. \"dd/MM/yyyy\"");
            }
        }
    }

    /** Whether a first pass over the values is needed before {@link #read} (default forms only). */
    public boolean needsObservation() {
        return explicit.isEmpty() && dayFirst == null;
    }

    /** Notes a value of the column (first pass): which of day-first and month-first it allows. */
    public void observe(String value) {
        if (value == null) return;
        Matcher m = SLASHED.matcher(value.strip());
        if (!m.matches()) return;
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        boolean dayFirstOk = valid(y, b, a);
        boolean monthFirstOk = valid(y, a, b);
        dayFirstFits &= dayFirstOk;
        monthFirstFits &= monthFirstOk;
        if (dayFirstOk && monthFirstOk && a != b) {
            disagree = true;
            if (example == null) example = value.strip();
        }
    }

    /** Whether the values seen so far already settle day-first against month-first. */
    public boolean isSettled() {
        return !(dayFirstFits && monthFirstFits);
    }

    /** Settles day-first against month-first from the values observed; refuses an ambiguous column. */
    public void decide() {
        if (dayFirstFits && monthFirstFits && disagree) {
            throw KctException.usage("column '" + column + "': dates such as '" + example
                    + "' read as both dd/MM/yyyy and MM/dd/yyyy; say which in the mapping, e.g. "
                    + "\"date_formats\": [\"dd/MM/yyyy\"]");
        }
        dayFirst = dayFirstFits;
    }

    /** The value as {@code yyyy-MM-dd} or {@code yyyy}; null when blank; the value unchanged when unreadable. */
    public String read(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (!explicit.isEmpty()) return YEAR.matcher(v).matches() ? v : readExplicit(v);
        Matcher m;
        if ((m = ISO.matcher(v)).matches()) return iso(m.group(1), m.group(2), m.group(3), v);
        if ((m = YMD.matcher(v)).matches()) return iso(m.group(1), m.group(3), m.group(4), v);
        if ((m = CHINESE.matcher(v)).matches()) return iso(m.group(1), m.group(2), m.group(3), v);
        if ((m = COMPACT.matcher(v)).matches()) return iso(m.group(1), m.group(2), m.group(3), v);
        if ((m = DOTTED_DMY.matcher(v)).matches()) return iso(m.group(3), m.group(2), m.group(1), v);
        if ((m = SLASHED.matcher(v)).matches()) {
            if (dayFirst == null) throw new IllegalStateException("decide() the column's order before reading");
            return dayFirst ? iso(m.group(3), m.group(2), m.group(1), v) : iso(m.group(3), m.group(1), m.group(2), v);
        }
        if (YEAR.matcher(v).matches()) return v;
        if (workbook && SERIAL.matcher(v).matches()) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(v.substring(0, 5))).toString();
        }
        return v;
    }

    private String readExplicit(String v) {
        for (DateTimeFormatter f : explicit) {
            try {
                return LocalDate.parse(v, f).toString();
            } catch (DateTimeException e) {
                // try the next format
            }
        }
        return v;
    }

    private static String iso(String y, String m, String d, String original) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d))
                    .toString();
        } catch (DateTimeException e) {
            return original;
        }
    }

    private static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
