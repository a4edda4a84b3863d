package dev.kct.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises applicant names for matching, so that {@code "Sony Corp."}, {@code "SONY  CORP"} and
 * {@code "sony corp"} count as one applicant: Unicode NFKC, upper case, punctuation to spaces,
 * spaces collapsed. The original spelling is kept next to the normalised key wherever it is shown.
 */
public final class ApplicantNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ApplicantNames() {
    }

    /** The matching key of {@code name}; empty when nothing but punctuation is left. */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
