package dev.kct.record;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises applicant names for matching, so that {@code "Sony Corp."}, {@code "SONY  CORPORATION"} and
 * {@code "sony"} count as one applicant: Unicode NFKC, upper case, punctuation to spaces, spaces
 * collapsed, then common legal forms removed where they stand at the start or end of the name
 * ({@code INC}, {@code CORP}, {@code CO LTD}, {@code GMBH}, {@code S A}, {@code KABUSHIKI KAISHA},
 * {@code 株式会社}, {@code 有限公司}, …), repeatedly, so {@code "X GMBH & CO. KG"} becomes {@code "X"}.
 * A legal form inside a name is kept ({@code "AG CHEM EUROPE"} stays), and a name is never reduced to
 * nothing ({@code "CO"} stays {@code "CO"}). The original spelling is kept next to the normalised key
 * wherever it is shown.
 */
public final class ApplicantNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Legal forms removed from the end of a name, as space-separated tokens after punctuation is gone. */
    private static final List<String[]> TRAILING_FORMS = tokens(
            "INC",
            "INCORPORATED",
            "CORP",
            "CORPORATION",
            "CO",
            "COMPANY",
            "LTD",
            "LIMITED",
            "LTDA",
            "LLC",
            "L L C",
            "LLP",
            "L L P",
            "LP",
            "L P",
            "PLC",
            "PTY",
            "PVT",
            "PRIVATE LIMITED",
            "GMBH",
            "G M B H",
            "MBH",
            "M B H",
            "GES M B H",
            "GESMBH",
            "AG",
            "KG",
            "KGAA",
            "OHG",
            "E V",
            "SE",
            "SA",
            "S A",
            "SAS",
            "S A S",
            "SARL",
            "S A R L",
            "SAU",
            "S A U",
            "SPA",
            "S P A",
            "SRL",
            "S R L",
            "SL",
            "S L",
            "NV",
            "N V",
            "BV",
            "B V",
            "AB",
            "OY",
            "OYJ",
            "AS",
            "A S",
            "ASA",
            "APS",
            "KK",
            "K K",
            "KABUSHIKI KAISHA",
            "KABUSHIKIKAISHA",
            "YUGEN KAISHA",
            "GODO KAISHA");

    /** Legal forms removed from the start of a name ({@code (株)} is left as the token {@code 株}). */
    private static final List<String[]> LEADING_FORMS =
            tokens("KABUSHIKI KAISHA", "KABUSHIKIKAISHA", "YUGEN KAISHA", "株", "有");

    /** CJK legal forms, written without spaces, removed from the end of the name; longest first. */
    private static final List<String> CJK_TRAILING =
            List.of("股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社", "有限会社", "合同会社", "주식회사", "公司");

    /** CJK legal forms removed from the start of the name. */
    private static final List<String> CJK_LEADING = List.of("株式会社", "有限会社", "合同会社", "주식회사");

    private ApplicantNames() {}

    /** Last tokens of the trailing forms and first tokens of the leading ones: a name ending or starting otherwise has none. */
    private static final Set<String> FORM_EDGES = formEdges();

    /** The matching key of {@code name}; empty when nothing but punctuation is left. */
    public static String normalize(String name) {
        String s = isAscii(name) ? asciiUpperWithoutPunctuation(name) : unicodeUpperWithoutPunctuation(name);
        if (s.isEmpty()) return s;
        return withoutLegalForms(s);
    }

    private static String unicodeUpperWithoutPunctuation(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The same as {@link #unicodeUpperWithoutPunctuation} for an ASCII name (NFKC changes no ASCII text,
     * ASCII punctuation is {@code \p{Punct}}), in one pass: most names are ASCII and this runs per applicant.
     */
    private static String asciiUpperWithoutPunctuation(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c == '\f'
                    || c == 0x0B
                    || (c > ' ' && c < '0')
                    || (c > '9' && c < 'A')
                    || (c > 'Z' && c < 'a')
                    || (c > 'z' && c < 127);
            if (separator) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
            }
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 127) return false;
        }
        return true;
    }

    private static String withoutLegalForms(String name) {
        String s = name;
        String before;
        do {
            before = s;
            s = stripTokens(s);
            s = stripCjk(s);
        } while (!s.equals(before));
        return s;
    }

    private static String stripTokens(String name) {
        int firstSpace = name.indexOf(' ');
        if (firstSpace < 0) return name;
        if (!FORM_EDGES.contains(name.substring(name.lastIndexOf(' ') + 1))
                && !FORM_EDGES.contains(name.substring(0, firstSpace))) {
            return name;
        }
        String[] tokens = name.split(" ");
        int from = 0;
        int to = tokens.length;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String[] form : TRAILING_FORMS) {
                if (to - from > form.length && matches(tokens, to - form.length, form)) {
                    to -= form.length;
                    changed = true;
                    break;
                }
            }
            for (String[] form : LEADING_FORMS) {
                if (to - from > form.length && matches(tokens, from, form)) {
                    from += form.length;
                    changed = true;
                    break;
                }
            }
        }
        return String.join(" ", Arrays.asList(tokens).subList(from, to));
    }

    private static boolean matches(String[] tokens, int at, String[] form) {
        for (int i = 0; i < form.length; i++) {
            if (!tokens[at + i].equals(form[i])) return false;
        }
        return true;
    }

    private static String stripCjk(String name) {
        for (String form : CJK_TRAILING) {
            if (name.length() > form.length() && name.endsWith(form)) {
                return name.substring(0, name.length() - form.length()).strip();
            }
        }
        for (String form : CJK_LEADING) {
            if (name.length() > form.length() && name.startsWith(form)) {
                return name.substring(form.length()).strip();
            }
        }
        return name;
    }

    private static Set<String> formEdges() {
        Set<String> edges = new HashSet<>();
        TRAILING_FORMS.forEach(f -> edges.add(f[f.length - 1]));
        LEADING_FORMS.forEach(f -> edges.add(f[0]));
        return Set.copyOf(edges);
    }

    /** The forms split into tokens, longest (most tokens) first so that {@code S A S} wins over {@code S}. */
    private static List<String[]> tokens(String... forms) {
        return Arrays.stream(forms)
                .map(f -> f.split(" "))
                .sorted(Comparator.comparingInt((String[] t) -> -t.length))
                .toList();
    }
}
