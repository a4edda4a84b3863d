package dev.kct.generate;

/**
 * One technology area of the synthetic corpus: its real IPC subclasses (largest first) and the
 * parameters that give it its own character.
 *
 * @param key            short name, e.g. {@code semiconductors}
 * @param subclasses     real IPC subclasses, largest first (their sizes follow Zipf's law in this order)
 * @param weight         share of all patents in the start year
 * @param growth         yearly growth rate of the area's filings (exponential)
 * @param countryMix     relative weight of each country of {@link Countries#CODES} among first applicants
 * @param concentration  Zipf exponent of applicant sizes in this area (higher = a few firms dominate)
 * @param nplMean        mean number of non-patent-literature references (science linkage)
 * @param universityShare share of applicant slots held by universities and research institutes
 * @param related        keys of the areas this one is most often co-classified with and cites
 * @param vocabulary     words for titles, abstracts and company names
 */
record TechnologyArea(
        String key,
        String[] subclasses,
        double weight,
        double growth,
        double[] countryMix,
        double concentration,
        double nplMean,
        double universityShare,
        String[] related,
        Vocabulary vocabulary) {

    /**
     * Phrases of an area.
     *
     * @param objects    what patents claim ("semiconductor device")
     * @param parts      components ("gate electrode")
     * @param purposes   gerund phrases ("reducing leakage current")
     * @param adjectives qualifiers ("vertical")
     * @param firmWords  words in company names ("SEMICONDUCTOR")
     */
    record Vocabulary(String[] objects, String[] parts, String[] purposes, String[] adjectives, String[] firmWords) {}
}
