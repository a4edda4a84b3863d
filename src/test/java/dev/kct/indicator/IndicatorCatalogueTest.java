package dev.kct.indicator;

import static dev.kct.indicator.IndicatorFamily.BARRIER;
import static dev.kct.indicator.IndicatorFamily.CENTRALITY;
import static dev.kct.indicator.IndicatorFamily.DOMINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.centrality.Centralities;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    @Test
    void catalogueFollowsMethods() {
        assertThat(IndicatorCatalogue.all())
                .extracting(Indicator::name)
                .containsExactly(
                        "degree",
                        "strength",
                        "betweenness",
                        "closeness",
                        "eigenvector",
                        "pagerank",
                        "share",
                        "growth",
                        "forward_citations",
                        "generality",
                        "hhi",
                        "cr4",
                        "complexity",
                        "science_linkage",
                        "claims",
                        "target_share",
                        "target_rta");
        assertThat(IndicatorCatalogue.get("claims").family()).isEqualTo(BARRIER);
        assertThat(IndicatorCatalogue.get("claims").inDefaultMix()).isFalse();
        assertThat(IndicatorCatalogue.all())
                .allSatisfy(i -> assertThat(i.definition()).isNotBlank().doesNotContain("\n"));
        assertThat(IndicatorCatalogue.of(CENTRALITY))
                .extracting(Indicator::name)
                .containsExactlyElementsOf(Centralities.NAMES);
        assertThat(IndicatorCatalogue.get("target_rta")).isSameAs(IndicatorCatalogue.TARGET_RTA);
    }

    @Test
    void defaultMix() {
        IndicatorMix mix = IndicatorCatalogue.defaultMix();
        assertThat(mix.names(CENTRALITY)).containsExactly("degree", "betweenness", "closeness", "eigenvector");
        assertThat(mix.names(DOMINANCE)).containsExactly("share", "growth", "forward_citations", "generality");
        assertThat(mix.names(BARRIER)).containsExactly("hhi", "cr4", "complexity", "science_linkage");
        assertThat(mix.names(IndicatorFamily.POSITION)).isEmpty();
    }

    @Test
    void listedNamesReplaceTheirFamiliesMixInCatalogueOrder() {
        IndicatorMix mix = IndicatorCatalogue.parseMix("betweenness,degree,share,hhi");
        assertThat(mix.names(CENTRALITY)).containsExactly("degree", "betweenness");
        assertThat(mix.names(DOMINANCE)).containsExactly("share");
        assertThat(mix.names(BARRIER)).containsExactly("hhi");
    }

    @Test
    void familiesNotMentionedKeepTheirDefaults() {
        IndicatorMix mix = IndicatorCatalogue.parseMix(" Claims , pagerank,claims ");
        assertThat(mix.names(BARRIER)).containsExactly("claims");
        assertThat(mix.names(CENTRALITY)).containsExactly("pagerank");
        assertThat(mix.names(DOMINANCE))
                .isEqualTo(IndicatorCatalogue.defaultMix().names(DOMINANCE));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> IndicatorCatalogue.parseMix("share,novelty"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown indicator 'novelty'; valid: degree, strength, betweenness, closeness, "
                        + "eigenvector, pagerank, share, growth, forward_citations, generality, hhi, cr4, complexity, "
                        + "science_linkage, claims");
    }

    @Test
    void positionIndicatorsAndEmptyListsAreRejected() {
        assertThatThrownBy(() -> IndicatorCatalogue.parseMix("target_rta"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("target_rta describes the target country and is never part of a family mix");
        assertThatThrownBy(() -> IndicatorCatalogue.parseMix(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--indicators lists no indicator");
        assertThatThrownBy(() -> IndicatorCatalogue.get("x"))
                .hasMessageStartingWith("unknown indicator 'x'; valid: degree");
    }
}
