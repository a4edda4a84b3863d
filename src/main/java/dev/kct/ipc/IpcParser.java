package dev.kct.ipc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IPC and CPC symbols in every written form found in patent data:
 * <ul>
 *   <li>WIPO's printed form {@code H01L 21/027}, without the space {@code H01L21/027}, lower case,
 *       extra spaces, with a version {@code (2006.01)} or an indicator letter ({@code A}, {@code I}, …) after it;</li>
 *   <li>the 14-character packed form {@code H01L0021027000} (4-digit group, 6-digit subgroup);</li>
 *   <li>Derwent's {@code H01L-021/027};</li>
 *   <li>WIPO landscape packed {@code C07D41700} = {@code C07D 417/00} (3-digit group, then the subgroup);</li>
 *   <li>a bare subclass {@code H01L}, class {@code H01} or section {@code H};</li>
 *   <li>CPC symbols: 2000-series indexing groups ({@code B64C2201/123}) and section {@code Y}
 *       ({@code Y02E 10/50}), accepted and marked {@link IpcSymbol#cpc()}.</li>
 * </ul>
 * Anything else is rejected with an {@link IpcParseException} whose message names the text and the reason;
 * a minus sign is read only as Derwent's, before a zero-padded three-digit group ({@code H01L -1/00} is refused).
 *
 * <p>Subgroups: WIPO reads the subgroup digits after the first two as decimals of a sequence number
 * ({@code 21/0275} lies between {@code 21/027} and {@code 21/028}), so trailing zeros beyond the first two
 * digits carry nothing and are dropped in every written form, as in the packed form: {@code 21/0270},
 * {@code 21/027000}, {@code H01L0021027000} and {@code 21/027} are one subgroup, printed {@code H01L 21/027};
 * {@code 21/00} and {@code 21/10} keep their two digits. Printed forms parse back to equal symbols.
 */
public final class IpcParser {

    private static final Pattern TRAILER =
            Pattern.compile("(?:\\s*\\(\\d{4}\\.\\d{2}\\)|\\s+[A-Z]{1,2}|\\s+\\d{8}[A-Z]{1,4}\\d{0,8}[A-Z]{0,4})+$");
    private static final Pattern SLASHED = Pattern.compile("\\s*(?:-(?=\\d{3}))?(\\d{1,4})\\s*/\\s*(\\d+)");
    private static final Pattern PACKED = Pattern.compile("\\s*(\\d+)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(";;|[;|,\\r\\n]");
    private static final Pattern TRUNCATED =
            Pattern.compile("([A-HY]\\d\\d[A-Z])\\s*(?:-(?=\\d{3}))?0*(\\d{1,4})\\s*/\\s*\\d?");
    /** A readable subclass followed by digits, spaces and slashes only: a group or subgroup written wrongly. */
    private static final Pattern SUBCLASS_AND_DIGITS = Pattern.compile("([A-HY]\\d\\d[A-Z])([\\d\\s/]+)");
    /** A main group (not 0) before slashes whose subgroup cannot be read: {@code 05//00}, {@code 21/1234567}. */
    private static final Pattern GROUP_THEN_SLASHES = Pattern.compile("\\s*0*([1-9]\\d{0,3})\\s*/+\\s*\\d*\\s*");

    /**
     * How a list item that does not parse as written was still kept, at a coarser level: each is a repair, counted
     * by kind in the ingest summary.
     */
    public enum Repair {
        /** The export cut the subgroup off ({@code A21D 13/0}, {@code A21D 13/}): kept at main-group precision. */
        SUBGROUP_TRUNCATED("ipc-subgroup-truncated"),
        /** The main group is readable, its subgroup is not ({@code B65D 05//00}): kept at main-group precision. */
        SUBGROUP_UNREADABLE("ipc-subgroup-unreadable"),
        /**
         * The subclass is readable, its group is not ({@code A21D /}, {@code A23P 000/00000}, {@code A61K000}): kept
         * at subclass precision.
         */
        GROUP_UNREADABLE("ipc-group-unreadable");

        private final String kind;

        Repair(String kind) {
            this.kind = kind;
        }

        /** The repair's name in the ingest summary, e.g. {@code ipc-group-unreadable}. */
        public String kind() {
            return kind;
        }
    }

    private IpcParser() {}

    /** Parsed symbols by input text: classification lists repeat the same few thousand symbols millions of times. */
    private static final java.util.concurrent.ConcurrentHashMap<String, IpcSymbol> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 500_000;

    /** Parses one symbol; throws {@link IpcParseException} saying what is wrong. */
    public static IpcSymbol parse(String text) {
        IpcSymbol cached = text == null ? null : CACHE.get(text);
        if (cached != null) return cached;
        IpcSymbol parsed = parseUncached(text);
        if (CACHE.size() < CACHE_LIMIT) CACHE.put(text, parsed);
        return parsed;
    }

    private static IpcSymbol parseUncached(String text) {
        if (text == null || text.isBlank()) {
            throw new IpcParseException("empty IPC symbol");
        }
        String original = text.strip();
        String s = TRAILER.matcher(original.toUpperCase(Locale.ROOT))
                .replaceFirst("")
                .strip();
        char section = s.isEmpty() ? ' ' : s.charAt(0);
        if (!((section >= 'A' && section <= 'H') || section == 'Y')) {
            throw new IpcParseException("unknown section '" + (s.isEmpty() ? "" : s.substring(0, 1)) + "' in '"
                    + original + "': an IPC symbol starts with a section letter A-H (or Y for CPC)");
        }
        if (s.length() == 1) {
            return new IpcSymbol(section, null, null, null, null, section == 'Y');
        }
        if (s.length() < 3 || !Character.isDigit(s.charAt(1)) || !Character.isDigit(s.charAt(2))) {
            throw new IpcParseException(
                    "class digits missing in '" + original + "': a class is a section letter and two digits, e.g. H01");
        }
        String classDigits = s.substring(1, 3);
        if (s.length() == 3) {
            return new IpcSymbol(section, classDigits, null, null, null, section == 'Y');
        }
        char letter = s.charAt(3);
        if (letter < 'A' || letter > 'Z') {
            throw new IpcParseException(
                    "subclass letter missing in '" + original + "': a subclass is a class and a letter, e.g. H01L");
        }
        String rest = s.substring(4);
        if (rest.isBlank()) {
            return new IpcSymbol(section, classDigits, letter, null, null, section == 'Y');
        }
        String group;
        String subgroup;
        Matcher slashed = SLASHED.matcher(rest);
        Matcher packed = PACKED.matcher(rest);
        if (slashed.matches()) {
            group = slashed.group(1);
            subgroup = slashed.group(2);
            if (subgroup.length() == 1) {
                throw new IpcParseException("subgroup '" + subgroup + "' in '" + original
                        + "' has one digit: subgroups have at least two, e.g. 21/00 or 21/02");
            }
            if (subgroup.length() > 6) {
                throw new IpcParseException(
                        "subgroup '" + subgroup + "' in '" + original + "' is longer than six digits");
            }
            subgroup = trimTrailingZeros(subgroup);
        } else if (packed.matches()) {
            String digits = packed.group(1);
            if (digits.length() == 10) {
                group = digits.substring(0, 4);
                subgroup = trimTrailingZeros(digits.substring(4));
            } else if (digits.length() >= 5 && digits.length() <= 9) {
                group = digits.substring(0, 3);
                subgroup = trimTrailingZeros(digits.substring(3));
            } else {
                throw new IpcParseException("group '" + digits + "' in '" + original
                        + "' has no subgroup: write the main group as " + s.substring(0, 4) + " "
                        + stripLeadingZeros(digits) + "/00");
            }
        } else if (rest.strip().matches("\\d+\\s*/?")) {
            throw new IpcParseException("subgroup missing in '" + original + "': write group/subgroup, e.g. "
                    + s.substring(0, 4) + " 21/00");
        } else {
            throw new IpcParseException(
                    "cannot read the group of '" + original + "': expected e.g. " + s.substring(0, 4) + " 21/027");
        }
        group = stripLeadingZeros(group);
        if (group.equals("0")) {
            throw new IpcParseException("group number 0 in '" + original + "' does not exist");
        }
        boolean cpc = section == 'Y' || (group.length() == 4 && group.charAt(0) == '2');
        return new IpcSymbol(section, classDigits, letter, group, subgroup, cpc);
    }

    /**
     * Splits a list of symbols on {@code ;;}, {@code ;}, {@code |}, {@code ,} or line breaks and parses
     * each; blank items are skipped, bad ones are collected with their reasons.
     */
    public static ParsedList parseList(String text) {
        List<IpcSymbol> symbols = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<Repair, Integer> repairs = new EnumMap<>(Repair.class);
        if (text != null) {
            for (String item : LIST_SEPARATOR.split(text)) {
                addItem(item, symbols, errors, repairs);
            }
        }
        return new ParsedList(List.copyOf(symbols), List.copyOf(errors), repairs);
    }

    /** Parses items that are already separated (e.g. a JSON array), like {@link #parseList(String)}. */
    public static ParsedList parseItems(Iterable<String> items) {
        List<IpcSymbol> symbols = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<Repair, Integer> repairs = new EnumMap<>(Repair.class);
        for (String item : items) {
            if (item == null) continue;
            if (hasSeparator(item)) {
                for (String part : LIST_SEPARATOR.split(item)) {
                    addItem(part, symbols, errors, repairs);
                }
            } else {
                addItem(item, symbols, errors, repairs);
            }
        }
        return new ParsedList(List.copyOf(symbols), List.copyOf(errors), repairs);
    }

    /** True when {@code item} holds a list separator: most items are one symbol, and a regex split per item is costly. */
    private static boolean hasSeparator(String item) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == ';' || c == '|' || c == ',' || c == '\r' || c == '\n') return true;
        }
        return false;
    }

    /** Adds the item's symbol, or its symbol at a coarser level (counting the repair), or its error. */
    private static void addItem(
            String item, List<IpcSymbol> symbols, List<String> errors, Map<Repair, Integer> repairs) {
        if (item.isBlank()) {
            return;
        }
        try {
            symbols.add(parse(item));
        } catch (IpcParseException e) {
            Kept kept = keptCoarser(item);
            if (kept != null) {
                symbols.add(kept.symbol());
                repairs.merge(kept.repair(), 1, Integer::sum);
            } else {
                errors.add(e.getMessage());
            }
        }
    }

    /** A symbol kept at a coarser level than written, and the repair that kept it. */
    record Kept(IpcSymbol symbol, Repair repair) {}

    /**
     * What can be read of a list item that does not parse, without guessing: its main group when only the subgroup
     * was cut off ({@code A21D 13/0}, {@code A21D 13/}) or is unreadable ({@code B65D 05//00}), else its subclass when
     * the rest is only digits, spaces and slashes that name no group ({@code A21D /}, {@code A23P 000/00000},
     * {@code A61K000}); null for anything else (a missing subclass letter, words, a minus sign), which stays an error.
     * Used for list items only, where losing the record would lose more than the unreadable digits; a single symbol
     * ({@link #parse}) is refused as before.
     */
    static Kept keptCoarser(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        IpcSymbol group = truncatedSubgroup(s);
        if (group != null) return new Kept(group, Repair.SUBGROUP_TRUNCATED);
        Matcher m = SUBCLASS_AND_DIGITS.matcher(s);
        if (!m.matches()) return null;
        String sub = m.group(1);
        boolean cpc = sub.charAt(0) == 'Y';
        Matcher g = GROUP_THEN_SLASHES.matcher(m.group(2));
        if (g.matches()) {
            return new Kept(
                    new IpcSymbol(sub.charAt(0), sub.substring(1, 3), sub.charAt(3), g.group(1), null, cpc),
                    Repair.SUBGROUP_UNREADABLE);
        }
        return new Kept(
                new IpcSymbol(sub.charAt(0), sub.substring(1, 3), sub.charAt(3), null, null, cpc),
                Repair.GROUP_UNREADABLE);
    }

    /**
     * A symbol whose subgroup was cut off by an export ({@code A21D 13/}, {@code A21D 13/0}), as a symbol
     * known to its main group only; null when {@code text} is not of that form.
     */
    static IpcSymbol truncatedSubgroup(String text) {
        Matcher m = TRUNCATED.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || m.group(2).equals("0")) return null;
        String sub = m.group(1);
        return new IpcSymbol(sub.charAt(0), sub.substring(1, 3), sub.charAt(3), m.group(2), null, sub.charAt(0) == 'Y');
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static String trimTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 2 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /**
     * The symbols of a list that parsed (or were kept at a coarser level, {@link #keptCoarser}), one message per item
     * that did not, and how many items were kept coarser, by {@link Repair}.
     */
    public record ParsedList(List<IpcSymbol> symbols, List<String> errors, Map<Repair, Integer> repairs) {
        public ParsedList {
            repairs = repairs.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(repairs));
        }

        /** Items whose subgroup the export cut off, kept at main-group precision. */
        public int truncated() {
            return repairs.getOrDefault(Repair.SUBGROUP_TRUNCATED, 0);
        }
    }
}
