package dev.kct.generate;

/**
 * Titles and abstracts from an area's vocabulary: titles follow the patterns real titles use
 * ("Semiconductor device and method for manufacturing the same", "Method and system for ..."), a
 * few with a comma; abstracts are about 150 words (whole sentences, 150 to about 170 words) of
 * claim-like sentences about the area's objects and parts.
 */
final class PatentTexts {

    static final int ABSTRACT_WORDS = 150;

    private static final String[] RELATIONS = {
        "arranged adjacent to",
        "connected to",
        "disposed on",
        "coupled with",
        "spaced apart from",
        "integrated into",
        "formed over",
        "in contact with",
        "controlled by",
        "mounted on"
    };

    private PatentTexts() {}

    static String title(TechnologyArea.Vocabulary v, Rng rng) {
        int pattern = rng.nextInt(100);
        String s;
        if (pattern < 15) s = rng.pick(v.objects()) + " and method for manufacturing the same";
        else if (pattern < 30) s = rng.pick(v.adjectives()) + " " + rng.pick(v.objects());
        else if (pattern < 45) s = rng.pick(v.objects()) + " having " + rng.pick(v.parts());
        else if (pattern < 60) s = "Method and system for " + rng.pick(v.purposes());
        else if (pattern < 72)
            s = rng.pick(v.adjectives()) + " " + rng.pick(v.objects()) + " for " + rng.pick(v.purposes());
        else if (pattern < 82)
            s = rng.pick(v.objects()) + " comprising " + rng.pick(v.adjectives()) + " " + rng.pick(v.parts());
        else if (pattern < 92) s = rng.pick(v.parts()) + " for " + rng.pick(v.objects());
        else if (pattern < 97) s = rng.pick(v.objects()) + ", " + rng.pick(v.parts()) + " and " + rng.pick(v.parts());
        else s = "Use of " + rng.pick(v.parts()) + " for " + rng.pick(v.purposes());
        return capitalise(s);
    }

    /** An abstract of whole sentences, at least {@link #ABSTRACT_WORDS} words long. */
    static String abstractText(TechnologyArea.Vocabulary v, Rng rng) {
        StringBuilder b = new StringBuilder(1200);
        int words = sentence(b, "A " + rng.pick(v.adjectives()) + " " + rng.pick(v.objects()) + " is disclosed.");
        while (words < ABSTRACT_WORDS) {
            switch (rng.nextInt(7)) {
                case 0 ->
                    words += sentence(
                            b,
                            "The " + rng.pick(v.objects()) + " includes " + article(rng.pick(v.parts())) + ", "
                                    + article(rng.pick(v.parts())) + " and " + article(rng.pick(v.parts())) + ".");
                case 1 ->
                    words += sentence(
                            b,
                            "The " + rng.pick(v.parts()) + " is " + rng.pick(RELATIONS) + " the " + rng.pick(v.parts())
                                    + ".");
                case 2 ->
                    words += sentence(
                            b,
                            capitalise(article(rng.pick(v.parts()))) + " is configured for " + rng.pick(v.purposes())
                                    + ".");
                case 3 ->
                    words += sentence(
                            b,
                            "The method comprises providing " + article(rng.pick(v.parts())) + ", forming "
                                    + article(rng.pick(v.parts())) + " and " + rng.pick(v.purposes()) + ".");
                case 4 ->
                    words += sentence(
                            b,
                            "In some embodiments, the " + rng.pick(v.parts()) + " comprises "
                                    + article(rng.pick(v.adjectives()) + " " + rng.pick(v.parts())) + ".");
                case 5 ->
                    words += sentence(
                            b,
                            "The " + rng.pick(v.objects()) + " thereby allows " + rng.pick(v.purposes())
                                    + " at lower cost.");
                default ->
                    words += sentence(
                            b,
                            "A first " + rng.pick(v.parts()) + " and a second " + rng.pick(v.parts()) + " are "
                                    + rng.pick(RELATIONS) + " each other.");
            }
        }
        return b.toString();
    }

    /** Appends a sentence and returns its number of words. */
    private static int sentence(StringBuilder b, String s) {
        if (b.length() > 0) b.append(' ');
        b.append(s);
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') n++;
        }
        return n;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
