package dev.kct.aggregate;

/** A patent (or family, by its first member's id) with its year and forward citations inside the selection. */
public record CitedPatent(String id, int year, int forwardCitations) {}
