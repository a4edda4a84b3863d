package dev.kct.indicator;

import static dev.kct.indicator.IndicatorFamily.BARRIER;
import static dev.kct.indicator.IndicatorFamily.CENTRALITY;
import static dev.kct.indicator.IndicatorFamily.DOMINANCE;
import static dev.kct.indicator.IndicatorFamily.POSITION;

import dev.kct.centrality.Centralities;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every indicator kct reports, in docs/METHODS.md order, with its family, one-line definition and default-mix
 * membership; and the parsing of {@code --indicators LIST}.
 *
 * <p>Default mixes (docs/METHODS.md): centrality = degree, betweenness, closeness, eigenvector; dominance =
 * share, growth, forward_citations, generality; barrier = hhi, cr4, complexity, science_linkage.
 * Reported only: strength, pagerank, claims. Position indicators (target_share, target_rta) describe a
 * target country and belong to no mix.
 *
 * <p>Each indicator is a constant here ({@link #SHARE}, ...): code that names an indicator uses its
 * {@link Indicator#name()}, so every name is written once (the centralities' in {@link Centralities}).
 */
public final class IndicatorCatalogue {

    public static final Indicator DEGREE = new Indicator(
            Centralities.DEGREE, CENTRALITY, "share of the other technologies it co-occurs with: k_i / (n − 1)", true);

    public static final Indicator STRENGTH = new Indicator(
            Centralities.STRENGTH, CENTRALITY, "total co-occurrence weight of its links: Σ_j w_ij", false);

    public static final Indicator BETWEENNESS = new Indicator(
            Centralities.BETWEENNESS,
            CENTRALITY,
            "share of shortest paths between other technologies that pass through it (Brandes)",
            true);

    public static final Indicator CLOSENESS = new Indicator(
            Centralities.CLOSENESS,
            CENTRALITY,
            "inverse mean distance to the technologies it can reach, scaled by its component's size "
                    + "(Wasserman–Faust)",
            true);

    public static final Indicator EIGENVECTOR = new Indicator(
            Centralities.EIGENVECTOR,
            CENTRALITY,
            "principal eigenvector of the co-occurrence weights: linked to well-linked technologies",
            true);

    public static final Indicator PAGERANK = new Indicator(
            Centralities.PAGERANK, CENTRALITY, "PageRank on the co-occurrence weights, damping 0.85", false);

    public static final Indicator SHARE =
            new Indicator("share", DOMINANCE, "share of the selection's patents: n_i / N", true);

    public static final Indicator GROWTH = new Indicator(
            "growth", DOMINANCE, "least-squares slope of ln(1 + patents per year) over the selection's years", true);

    public static final Indicator FORWARD_CITATIONS =
            new Indicator("forward_citations", DOMINANCE, "citations received from the selection per patent", true);

    public static final Indicator GENERALITY = new Indicator(
            "generality",
            DOMINANCE,
            "mean over its patents cited at least twice of 1 − Σ_j s_j², s_j = class shares of the "
                    + "citing patents (Hall–Jaffe–Trajtenberg)",
            true);

    public static final Indicator HHI = new Indicator(
            "hhi", BARRIER, "Herfindahl index of applicant shares: Σ_a s_a² (co-applicants share a patent)", true);

    public static final Indicator CR4 =
            new Indicator("cr4", BARRIER, "share held by the four largest applicants", true);

    public static final Indicator COMPLEXITY = new Indicator(
            "complexity",
            BARRIER,
            "method-of-reflections complexity: few, diversified countries specialise in it (z-score)",
            true);

    public static final Indicator SCIENCE_LINKAGE =
            new Indicator("science_linkage", BARRIER, "non-patent-literature references per patent", true);

    public static final Indicator CLAIMS = new Indicator("claims", BARRIER, "mean number of claims per patent", false);

    public static final Indicator TARGET_SHARE =
            new Indicator("target_share", POSITION, "share of its patents held by the target country", false);

    public static final Indicator TARGET_RTA = new Indicator(
            "target_rta",
            POSITION,
            "target country's revealed technological advantage (Balassa): ≥ 1 = specialised",
            false);

    private static final List<Indicator> ALL = List.of(
            DEGREE,
            STRENGTH,
            BETWEENNESS,
            CLOSENESS,
            EIGENVECTOR,
            PAGERANK,
            SHARE,
            GROWTH,
            FORWARD_CITATIONS,
            GENERALITY,
            HHI,
            CR4,
            COMPLEXITY,
            SCIENCE_LINKAGE,
            CLAIMS,
            TARGET_SHARE,
            TARGET_RTA);

    private IndicatorCatalogue() {}

    /** Every indicator, in docs/METHODS.md order. */
    public static List<Indicator> all() {
        return ALL;
    }

    /** The indicators of one family, in catalogue order. */
    public static List<Indicator> of(IndicatorFamily family) {
        return ALL.stream().filter(i -> i.family() == family).toList();
    }

    /** The indicator called {@code name} (exact docs/METHODS.md name), if any. */
    public static Optional<Indicator> find(String name) {
        return ALL.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The indicator called {@code name}; IllegalArgumentException listing the valid names if unknown. */
    public static Indicator get(String name) {
        return find(name)
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown indicator '" + name + "'; valid: " + names(ALL)));
    }

    /** The docs/METHODS.md default mix of every scored family. */
    public static IndicatorMix defaultMix() {
        Map<IndicatorFamily, List<String>> mix = new EnumMap<>(IndicatorFamily.class);
        for (Indicator i : ALL) {
            if (i.inDefaultMix())
                mix.computeIfAbsent(i.family(), f -> new ArrayList<>()).add(i.name());
        }
        return new IndicatorMix(mix);
    }

    /**
     * Parses {@code --indicators LIST}: comma-separated names (case and surrounding blanks ignored). The
     * names of a family replace that family's default mix; a family none of whose indicators is listed
     * keeps its default. Names keep catalogue order whatever the order given; repeats are ignored.
     *
     * @throws IllegalArgumentException for an empty list, an unknown name (the message lists the valid
     *                                  ones) or a position indicator (never part of a mix)
     */
    public static IndicatorMix parseMix(String list) {
        Set<String> given = new LinkedHashSet<>();
        for (String part : list.split(",", -1)) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) given.add(name);
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("--indicators lists no indicator; valid: " + names(mixable()));
        }
        Set<IndicatorFamily> named = new LinkedHashSet<>();
        for (String name : given) {
            Indicator i = find(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown indicator '" + name + "'; valid: " + names(mixable())));
            if (!i.family().scored()) {
                throw new IllegalArgumentException(name + " describes the target country and is never part of a "
                        + "family mix; valid: " + names(mixable()));
            }
            named.add(i.family());
        }
        Map<IndicatorFamily, List<String>> mix = new EnumMap<>(defaultMix().asMap());
        for (IndicatorFamily f : named) {
            mix.put(
                    f,
                    of(f).stream().map(Indicator::name).filter(given::contains).toList());
        }
        return new IndicatorMix(mix);
    }

    private static List<Indicator> mixable() {
        return ALL.stream().filter(i -> i.family().scored()).toList();
    }

    private static String names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::name).collect(Collectors.joining(", "));
    }
}
