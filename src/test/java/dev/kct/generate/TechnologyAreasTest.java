package dev.kct.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechnologyAreasTest {

    @Test
    void areasHoldDistinctRealSubclassesWithGroups() {
        Set<String> all = new HashSet<>();
        double weight = 0;
        for (TechnologyArea a : TechnologyAreas.ALL) {
            weight += a.weight();
            assertThat(a.countryMix()).hasSize(Countries.CODES.length);
            for (String key : a.related())
                assertThat(TechnologyAreas.indexOf(key)).isNotEqualTo(TechnologyAreas.indexOf(a.key()));
            for (String s : a.subclasses()) {
                assertThat(all.add(s)).as("%s listed once", s).isTrue();
                assertThat(IpcSymbol.parse(s).precision()).isEqualTo(IpcLevel.SUBCLASS);
                assertThat(IpcGroups.of(s)).as("groups of %s", s).isNotBlank();
            }
        }
        assertThat(all).hasSizeBetween(150, 300);
        assertThat(IpcGroups.size()).as("subclasses in %s", IpcGroups.RESOURCE).isEqualTo(all.size());
        assertThat(weight).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void schemeHasThousandsOfValidMainGroups() {
        IpcScheme scheme = new IpcScheme(TechnologyAreas.ALL);
        assertThat(scheme.groupCount()).isBetween(3000, 6000);
        Rng rng = new Rng(1);
        for (int s = 0; s < scheme.subclassCount(); s++) {
            for (int i = 0; i < 20; i++) {
                IpcSymbol symbol = scheme.symbol(s, rng);
                assertThat(symbol.code(IpcLevel.SUBCLASS)).isEqualTo(scheme.code(s));
                assertThat(IpcSymbol.parse(symbol.toString())).isEqualTo(symbol);
            }
            assertThat(scheme.area(scheme.partner(s, rng))).isEqualTo(scheme.area(s));
        }
    }

    @Test
    void apportionKeepsTheTotalAndProportions() {
        int[] parts = PatentGenerator.apportion(10, new double[] {1, 1, 1});
        assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(10);
        assertThat(parts).containsExactly(4, 3, 3);
        assertThat(PatentGenerator.apportion(0, new double[] {1, 2})).containsExactly(0, 0);
    }

    @Test
    void discreteFollowsItsWeights() {
        Discrete d = Discrete.of(new double[] {0, 3, 1});
        Rng rng = new Rng(9);
        int[] counts = new int[3];
        for (int i = 0; i < 40_000; i++) counts[d.sample(rng)]++;
        assertThat(counts[0]).isZero();
        assertThat(counts[1] / (double) counts[2]).isBetween(2.7, 3.3);
    }

    @Test
    void variantSpellingsNormaliseToTheSameName() {
        for (String name : new String[] {
            "HUAXIN ELECTRONICS CO LTD",
            "NOVARA INC",
            "MITSUKAWA CORP",
            "KRONBERG GMBH",
            "ASHDUN LTD",
            "LINDHOF GMBH & CO KG",
            "TAKAMORI KK"
        }) {
            String variant = Countries.variantSpelling(name);
            assertThat(variant).isNotEqualTo(name);
            assertThat(dev.kct.record.ApplicantNames.normalize(variant))
                    .isEqualTo(dev.kct.record.ApplicantNames.normalize(name));
        }
    }
}
