package dev.kct.generate;

import java.util.Locale;
import java.util.Set;

/**
 * Applicant countries of the synthetic corpus and how their organisations are named: made-up names
 * from country-typical syllables, with the legal-form suffix usual there ({@code CO LTD}, {@code KK},
 * {@code GMBH}, {@code INC}, ...) and, for universities, the country's usual pattern. Names are upper
 * case as patent databases print them; no real organisation is meant.
 */
final class Countries {

    private Countries() {}

    /** ISO 3166 alpha-2 codes; the order of {@link TechnologyArea#countryMix()}. */
    static final String[] CODES = {
        "CN", "US", "JP", "KR", "DE", "FR", "GB", "NL", "CH", "TW", "IN", "SE", "FI", "IT", "CA", "IL"
    };

    static final int CN = 0;

    private static final Style[] STYLES = {
        style(
                "hua xin zhong tian long ke da shen bao jin hai guang rui feng yuan cheng xing ming tai hong an bo heng jia kang li nan qi sheng wei yi zhi",
                "CO LTD|CO LTD|TECHNOLOGY CO LTD|GROUP CO LTD|CO LTD",
                "% UNIV|% UNIV OF TECHNOLOGY|% UNIV OF SCIENCE AND TECHNOLOGY|% INST OF TECHNOLOGY|% RESEARCH INST",
                "SHENZHEN|BEIJING|SHANGHAI|HANGZHOU|SUZHOU|WUHAN|CHENGDU|GUANGZHOU|NANJING|XIAN|HEFEI|TIANJIN"),
        style(
                "ac al ar bri cal cor del ex gen in lum max no nov om qua syn tel tri ver vi ze on ix er ta ra sis",
                "INC|CORP|LLC|TECHNOLOGIES INC|INC",
                "UNIV OF %|% UNIV|% INST OF TECHNOLOGY|% STATE UNIV",
                ""),
        style(
                "taka mitsu naka hiro kawa yama mura shi to ki sa no zawa mori fuji oka da ta su ko mi ha shima gawa",
                "CORP|KK|CO LTD|ELECTRIC CORP|MFG CO LTD",
                "UNIV %|% UNIV|% INST OF TECHNOLOGY",
                ""),
        style(
                "han sung hyun dae woo jin kyung dong seo min joo young sam kum nam il hwa chang",
                "CO LTD|ELECTRONICS CO LTD|CORP|CO LTD",
                "% UNIV|% UNIV IND ACAD COOP FOUND|% INST OF SCIENCE AND TECHNOLOGY",
                ""),
        style(
                "stein berg wald bach hof feld burg kron lind mar ros schwar hel dor falk brand hol weis",
                "GMBH|AG|GMBH & CO KG|SE|GMBH",
                "UNIV %|TECH UNIV %|% INST",
                ""),
        style("bel mont val lor cha riv sai du la roc ver mar noi bla gar", "SA|SAS|SA", "UNIV %|INST %|ECOLE %", ""),
        style(
                "ash brad cam dun elm farn glen har ken lang mor rav stan west wood ford ley ton",
                "LTD|PLC|LTD",
                "UNIV %|% UNIV|% COLLEGE",
                ""),
        style("van der hoog berg dam wijk veld kamp meer broek huis", "BV|NV|BV", "UNIV %|TECH UNIV %", ""),
        style("alp berg lau zur hel gen rig sen tal matt ber wil", "AG|SA|AG", "UNIV %|% POLYTECHNIC", ""),
        style(
                "chung hsin tai wan yu chen lin kuo huang fu ming sheng te chi",
                "CORP|CO LTD|INC|CORP",
                "NAT % UNIV|% UNIV",
                ""),
        style(
                "raj shree vik anand dev krish maha surya lak nav pra san var jyo man",
                "PVT LTD|LTD|PVT LTD",
                "% INST OF TECHNOLOGY|% UNIV",
                ""),
        style("lund strom berg skog dal vik holm nor ek sand alv", "AB", "% UNIV|ROYAL INST %", ""),
        style("salo vaara jarvi koski lahti maki niemi oja pori ranta tal virta", "OY|OYJ|OY", "% UNIV|UNIV %", ""),
        style("bel cas fer gio lor mar pie ros san tor val zan", "SPA|SRL|SPA", "UNIV %|POLITECNICO %", ""),
        style("ac bri cal dor mac nor ros tor van win york", "INC|LTD|CORP", "UNIV %|% UNIV", ""),
        style("ben gal ori tal yam zoh eli nir ron sha av dor", "LTD", "% UNIV|% INST OF SCIENCE", "")
    };

    private record Style(String[] syllables, String[] suffixes, String[] universities, String[] cities) {}

    private static Style style(String syllables, String suffixes, String universities, String cities) {
        return new Style(
                syllables.toUpperCase(Locale.ROOT).split(" "),
                suffixes.split("\\|"),
                universities.split("\\|"),
                cities.isEmpty() ? new String[0] : cities.split("\\|"));
    }

    static int indexOf(String code) {
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(code)) return i;
        }
        return -1;
    }

    /** A made-up brand of two or three syllables, e.g. {@code HUAXIN}, {@code MITSUKAWA}. */
    static String brand(int country, Rng rng) {
        String[] syl = STYLES[country].syllables();
        int n = rng.chance(0.25) ? 3 : 2;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(rng.pick(syl));
        if (CODES[country].equals("IT") && "AEIOU".indexOf(b.charAt(b.length() - 1)) < 0)
            b.append(rng.chance(0.5) ? 'I' : 'O');
        return b.toString();
    }

    /** A company name: brand, optionally an area word ({@code SEMICONDUCTOR}), and the legal form. */
    static String company(int country, String areaWord, Rng rng) {
        Style s = STYLES[country];
        StringBuilder b = new StringBuilder();
        if (s.cities().length > 0 && rng.chance(0.4))
            b.append(rng.pick(s.cities())).append(' ');
        b.append(brand(country, rng));
        if (areaWord != null) b.append(' ').append(areaWord);
        return b.append(' ').append(legalForm(country, rng)).toString();
    }

    /** A legal-form suffix usual in {@code country}, e.g. {@code CO LTD}, {@code GMBH}. */
    static String legalForm(int country, Rng rng) {
        return rng.pick(STYLES[country].suffixes());
    }

    /** A university or research institute name, e.g. {@code HANGZHOU UNIV OF TECHNOLOGY}. */
    static String university(int country, Rng rng) {
        Style s = STYLES[country];
        String place = s.cities().length > 0 && rng.chance(0.5) ? rng.pick(s.cities()) : brand(country, rng);
        return rng.pick(s.universities()).replace("%", place);
    }

    /**
     * The same name as another database might spell it (mixed case, {@code Co., Ltd.}, {@code Inc.}),
     * so that matching by normalised name has something to do; {@link dev.kct.record.ApplicantNames}
     * maps it back to the same key.
     */
    static String variantSpelling(String name) {
        int lastSpace = name.lastIndexOf(' ');
        String form = name.substring(lastSpace + 1);
        boolean keepForm = lastSpace > 0 && UPPER_CASE_FORMS.contains(form);
        StringBuilder b = new StringBuilder(name.length() + 4);
        boolean start = true;
        for (int i = 0; i < (keepForm ? lastSpace : name.length()); i++) {
            char c = name.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '&';
        }
        if (keepForm) return b.append(' ').append(form).toString();
        String s = b.toString();
        if (s.endsWith(" Co Ltd")) return s.substring(0, s.length() - 7) + " Co., Ltd.";
        if (s.endsWith(" Inc")) return s.substring(0, s.length() - 4) + ", Inc.";
        if (s.endsWith(" Corp") || s.endsWith(" Ltd")) return s + ".";
        if (s.endsWith(" Gmbh")) return s.substring(0, s.length() - 5) + " GmbH";
        return s;
    }

    private static final Set<String> UPPER_CASE_FORMS =
            Set.of("KK", "AG", "SA", "SAS", "BV", "NV", "AB", "OY", "OYJ", "SPA", "SRL", "PLC", "SE", "LLC", "KG");
}
