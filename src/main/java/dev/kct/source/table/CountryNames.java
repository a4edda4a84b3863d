package dev.kct.source.table;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Country names, as exports write them, to ISO 3166 alpha-2 codes: {@code United States} and {@code 中国}
 * become {@code US} and {@code CN}.
 *
 * <p>The table comes from the JDK, not from a hand-written list: every code of
 * {@link Locale#getISOCountries()}, its alpha-3 code, and its CLDR display name in English, Chinese
 * (simplified and traditional), Japanese, Korean, German, French, Spanish, Italian and Russian. A few
 * spellings that CLDR does not use but patent databases do are added ({@link #ALIASES}: the ISO 3166
 * short names {@code Korea, Republic of} and {@code 大韩民国}, {@code USA}, ...). Matching ignores case,
 * accents' composition (NFKC), spacing and a leading "the". Regional offices (European Patent Office,
 * WIPO) have no country and give null, as does any unknown name.
 */
public final class CountryNames {

    private static final Locale[] LANGUAGES = {
        Locale.ENGLISH,
        Locale.SIMPLIFIED_CHINESE,
        Locale.TRADITIONAL_CHINESE,
        Locale.JAPANESE,
        Locale.KOREAN,
        Locale.GERMAN,
        Locale.FRENCH,
        Locale.forLanguageTag("es"),
        Locale.ITALIAN,
        Locale.forLanguageTag("ru")
    };

    /** Names used by patent databases and ISO 3166 that CLDR's display names lack. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("USA", "US"),
            Map.entry("U.S.A.", "US"),
            Map.entry("U.S.", "US"),
            Map.entry("United States of America", "US"),
            Map.entry("美利坚合众国", "US"),
            Map.entry("Korea, Republic of", "KR"),
            Map.entry("Republic of Korea", "KR"),
            Map.entry("Korea", "KR"),
            Map.entry("大韩民国", "KR"),
            Map.entry("大韓民国", "KR"),
            Map.entry("Korea, Democratic People's Republic of", "KP"),
            Map.entry("中华人民共和国", "CN"),
            Map.entry("People's Republic of China", "CN"),
            Map.entry("China, People's Republic of", "CN"),
            Map.entry("Taiwan, Province of China", "TW"),
            Map.entry("中国台湾", "TW"),
            Map.entry("中国香港", "HK"),
            Map.entry("Great Britain", "GB"),
            Map.entry("UK", "GB"),
            Map.entry("England", "GB"),
            Map.entry("Russian Federation", "RU"),
            Map.entry("Iran, Islamic Republic of", "IR"),
            Map.entry("Viet Nam", "VN"));

    private static final Map<String, String> TABLE = build();

    private CountryNames() {}

    /** The alpha-2 code for {@code name} (a name in one of the languages, or an alpha-2/alpha-3 code), or null. */
    public static String code(String name) {
        if (name == null || name.isBlank()) return null;
        return TABLE.get(key(name));
    }

    private static Map<String, String> build() {
        Map<String, String> table = new HashMap<>();
        for (String cc : Locale.getISOCountries()) {
            Locale country = new Locale("", cc);
            table.putIfAbsent(key(cc), cc);
            try {
                table.putIfAbsent(key(country.getISO3Country()), cc);
            } catch (MissingResourceException e) {
                // no alpha-3 code known to this JDK
            }
            for (Locale language : LANGUAGES) {
                String name = country.getDisplayCountry(language);
                if (!name.isBlank() && !name.equals(cc)) table.putIfAbsent(key(name), cc);
            }
        }
        ALIASES.forEach((name, cc) -> table.put(key(name), cc));
        return Map.copyOf(table);
    }

    private static String key(String name) {
        String k = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
