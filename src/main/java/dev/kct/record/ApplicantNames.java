package dev.kct.record;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
            "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED", "LTDA",
            "LLC", "L L C", "LLP", "L L P", "LP", "L P", "PLC", "PTY", "PVT", "PRIVATE LIMITED",
            "GMBH", "G M B H", "MBH", "M B H", "GES M B H", "GESMBH", "AG", "KG", "KGAA", "OHG", "E V", "SE",
            "SA", "S A", "SAS", "S A S", "SARL", "S A R L", "SAU", "S A U", "SPA", "S P A", "SRL", "S R L",
            "SL", "S L", "NV", "N V", "BV", "B V", "AB", "OY", "OYJ", "AS", "A S", "ASA", "APS",
            "KK", "K K", "KABUSHIKI KAISHA", "KABUSHIKIKAISHA", "YUGEN KAISHA", "GODO KAISHA");

    /** Legal forms removed from the start of a name ({@code (株)} is left as the token {@code 株}). */
    private static final List<String[]> LEADING_FORMS = tokens(
            "KABUSHIKI KAISHA", "KABUSHIKIKAISHA", "YUGEN KAISHA", "株", "有");

    /** CJK legal forms, written without spaces, removed from the end of the name; longest first. */
    private static final List<String> CJK_TRAILING = List.of(
            "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社", "有限会社", "合同会社", "주식회사", "公司");

    /** CJK legal forms removed from the start of the name. */
    private static final List<String> CJK_LEADING = List.of("株式会社", "有限会社", "合同会社", "주식회사");

    private ApplicantNames() {
    }

    /** The matching key of {@code name}; empty when nothing but punctuation is left. */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) return s;
        return withoutLegalForms(s);
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

    /** The forms split into tokens, longest (most tokens) first so that {@code S A S} wins over {@code S}. */
    private static List<String[]> tokens(String... forms) {
        return Arrays.stream(forms)
                .map(f -> f.split(" "))
                .sorted(Comparator.comparingInt((String[] t) -> -t.length))
                .toList();
    }
}
