package dev.kct.aggregate;

/**
 * A patent (or family, by its first member's id) with its year and forward citations inside the selection, and its
 * title when the source has one (null otherwise).
 */
public record CitedPatent(String id, int year, int forwardCitations, String title) {

    /** Without a title. */
    public CitedPatent(String id, int year, int forwardCitations) {
        this(id, year, forwardCitations, null);
    }
}
