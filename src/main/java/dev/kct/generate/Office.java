package dev.kct.generate;

/**
 * Patent offices of the synthetic corpus, with how their document ids look and how their documents
 * differ: offices that publish grants (US, JP, KR here) publish later; US documents have more claims
 * and cite more; CN and JP documents cite less. A document's id is the office code, a number that
 * grows with the patent's position in the corpus, and the office's kind code, e.g.
 * {@code US10000042B2}: unique and recognisably office-prefixed.
 */
enum Office {
    CN(100_000_000L, "A", false, 0.9, 0.7, 0.5),
    US(10_000_000L, "B2", true, 1.6, 2.2, 1.5),
    EP(2_000_000L, "A1", false, 1.2, 0.9, 1.2),
    JP(6_000_000L, "B2", true, 0.7, 0.9, 0.8),
    KR(101_000_000L, "B1", true, 1.0, 0.9, 0.8),
    DE(102_000_000_000L, "A1", false, 1.0, 1.0, 1.0),
    TW(200_000_000L, "A", false, 0.9, 0.8, 0.8),
    IN(300_000_000L, "A", false, 1.0, 0.6, 0.6),
    WO(9_000_000L, "A1", false, 1.3, 1.0, 1.2);

    /** Offices where a family's later members are filed. */
    static final Office[] FAMILY_TARGETS = {US, EP, CN, JP, KR, WO};

    private final long base;
    private final String kind;
    final boolean grants;
    final double claimsFactor;
    final double citationFactor;
    final double nplFactor;

    Office(long base, String kind, boolean grants, double claimsFactor, double citationFactor, double nplFactor) {
        this.base = base;
        this.kind = kind;
        this.grants = grants;
        this.claimsFactor = claimsFactor;
        this.citationFactor = citationFactor;
        this.nplFactor = nplFactor;
    }

    /** The id of the corpus's patent number {@code index} when published here. */
    String id(int index) {
        return name() + (base + index) + kind;
    }

    /** The office where an applicant from {@code country} files first (EP for other European countries). */
    static Office home(String country) {
        switch (country) {
            case "CN":
                return CN;
            case "US":
            case "CA":
            case "IL":
                return US;
            case "JP":
                return JP;
            case "KR":
                return KR;
            case "DE":
                return DE;
            case "TW":
                return TW;
            case "IN":
                return IN;
            default:
                return EP;
        }
    }
}
