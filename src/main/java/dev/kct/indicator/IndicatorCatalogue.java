package dev.kct.indicator;

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
 * Every indicator kct reports, in METHODS.md order, with its family, one-line definition and default-mix
 * membership; and the parsing of {@code --indicators LIST}.
 *
 * <p>Default mixes (kct METHODS): centrality = degree, betweenness, closeness, eigenvector; dominance =
 * share, growth, forward_citations, generality; barrier = hhi, cr4, complexity, science_linkage.
 * Reported only: strength, pagerank, claims. Position indicators (target_share, target_rta) describe a
 * target country and belong to no mix.
 */
public final class IndicatorCatalogue {

    private static final List<Indicator> ALL = List.of(
            new Indicator("degree", IndicatorFamily.CENTRALITY,
                    "share of the other technologies it co-occurs with: k_i / (n − 1)", true),
            new Indicator("strength", IndicatorFamily.CENTRALITY,
                    "total co-occurrence weight of its links: Σ_j w_ij", false),
            new Indicator("betweenness", IndicatorFamily.CENTRALITY,
                    "share of shortest paths between other technologies that pass through it (Brandes)", true),
            new Indicator("closeness", IndicatorFamily.CENTRALITY,
                    "inverse mean distance to the technologies it can reach, scaled by its component's size "
                            + "(Wasserman–Faust)", true),
            new Indicator("eigenvector", IndicatorFamily.CENTRALITY,
                    "principal eigenvector of the co-occurrence weights: linked to well-linked technologies", true),
            new Indicator("pagerank", IndicatorFamily.CENTRALITY,
                    "PageRank on the co-occurrence weights, damping 0.85", false),
            new Indicator("share", IndicatorFamily.DOMINANCE,
                    "share of the selection's patents: n_i / N", true),
            new Indicator("growth", IndicatorFamily.DOMINANCE,
                    "least-squares slope of ln(1 + patents per year) over the selection's years", true),
            new Indicator("forward_citations", IndicatorFamily.DOMINANCE,
                    "citations received from the selection per patent", true),
            new Indicator("generality", IndicatorFamily.DOMINANCE,
                    "mean over its patents cited at least twice of 1 − Σ_j s_j², s_j = class shares of the "
                            + "citing patents (Hall–Jaffe–Trajtenberg)", true),
            new Indicator("hhi", IndicatorFamily.BARRIER,
                    "Herfindahl index of applicant shares: Σ_a s_a² (co-applicants share a patent)", true),
            new Indicator("cr4", IndicatorFamily.BARRIER,
                    "share held by the four largest applicants", true),
            new Indicator("complexity", IndicatorFamily.BARRIER,
                    "method-of-reflections complexity: few, diversified countries specialise in it (z-score)",
                    true),
            new Indicator("science_linkage", IndicatorFamily.BARRIER,
                    "non-patent-literature references per patent", true),
            new Indicator("claims", IndicatorFamily.BARRIER,
                    "mean number of claims per patent", false),
            new Indicator("target_share", IndicatorFamily.POSITION,
                    "share of its patents held by the target country", false),
            new Indicator("target_rta", IndicatorFamily.POSITION,
                    "target country's revealed technological advantage (Balassa): ≥ 1 = specialised", false));

    private IndicatorCatalogue() {
    }

    /** Every indicator, in METHODS.md order. */
    public static List<Indicator> all() {
        return ALL;
    }

    /** The indicators of one family, in catalogue order. */
    public static List<Indicator> of(IndicatorFamily family) {
        return ALL.stream().filter(i -> i.family() == family).toList();
    }

    /** The indicator called {@code name} (exact METHODS.md name), if any. */
    public static Optional<Indicator> find(String name) {
        return ALL.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The indicator called {@code name}; IllegalArgumentException listing the valid names if unknown. */
    public static Indicator get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown indicator '" + name + "'; valid: " + names(ALL)));
    }

    /** The METHODS.md default mix of every scored family. */
    public static IndicatorMix defaultMix() {
        Map<IndicatorFamily, List<String>> mix = new EnumMap<>(IndicatorFamily.class);
        for (Indicator i : ALL) {
            if (i.inDefaultMix()) mix.computeIfAbsent(i.family(), f -> new ArrayList<>()).add(i.name());
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
            Indicator i = find(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown indicator '" + name + "'; valid: " + names(mixable())));
            if (!i.family().scored()) {
                throw new IllegalArgumentException(name + " describes the target country and is never part of a "
                        + "family mix; valid: " + names(mixable()));
            }
            named.add(i.family());
        }
        Map<IndicatorFamily, List<String>> mix = new EnumMap<>(defaultMix().asMap());
        for (IndicatorFamily f : named) {
            mix.put(f, of(f).stream().map(Indicator::name).filter(given::contains).toList());
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
