package dev.kct.indicator;

import static dev.kct.indicator.Corpora.A01B;
import static dev.kct.indicator.Corpora.G06F;
import static dev.kct.indicator.Corpora.H01L;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kct.aggregate.PatentCitations;
import dev.kct.aggregate.TechnologyWeights;
import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TechnologyStatisticsTest {

    private final PatentTable five = Corpora.five();
    private final TechnologyStatistics first = TechnologyStatistics.of(five, CountryCount.FIRST);
    private final PatentCitations citations = PatentCitations.of(five, 0);

    private int row(String id) {
        return IndexedTable.row(five, id);
    }

    @Test
    void patentsAndYears() {
        // A01B = {P1, P5}, G06F = {P3}, H01L = {P1, P2, P3, P4}; N = 5
        assertThat(first.codes()).containsExactly("A01B", "G06F", "H01L");
        assertThat(first.patents()).isEqualTo(5);
        assertThat(first.patentsPerTechnology()).containsExactly(2, 1, 4);
        assertThat(first.firstYear()).isEqualTo(2018);
        assertThat(first.lastYear()).isEqualTo(2020);
        assertThat(first.yearCount()).isEqualTo(3);
        // H01L: 2018 P1, P2; 2019 P4; 2020 P3.  A01B: 2018 P1; 2019 none; 2020 P5.
        assertThat(new int[] {first.patents(H01L, 2018), first.patents(H01L, 2019), first.patents(H01L, 2020)})
                .containsExactly(2, 1, 1);
        assertThat(new int[] {first.patents(A01B, 2018), first.patents(A01B, 2019), first.patents(A01B, 2020)})
                .containsExactly(1, 0, 1);
        assertThat(first.patents(A01B, 2017)).isZero();
        assertThat(first.undatedPatents()).isZero();
    }

    @Test
    void forwardCitationsInvertTheCitedLists() {
        // P1 ← P2, P3, P4; P2 ← P3; P3 ← P4, P5; P4, P5 never cited
        assertThat(new int[] {
                    citations.forwardCitations(row("P1")),
                    citations.forwardCitations(row("P2")),
                    citations.forwardCitations(row("P3")),
                    citations.forwardCitations(row("P4")),
                    citations.forwardCitations(row("P5"))
                })
                .containsExactly(3, 1, 2, 0, 0);
        // A01B: P1 3 + P5 0; G06F: P3 2; H01L: 3 + 1 + 2 + 0
        assertThat(new long[] {
                    first.citationsReceived(A01B), first.citationsReceived(G06F), first.citationsReceived(H01L)
                })
                .containsExactly(3, 2, 6);
    }

    /**
     * P1 is cited by P2 [H01L], P3 [G06F, H01L], P4 [H01L]; fractional 1/k per citing patent:
     * H01L = 1 + 1/2 + 1 = 5/2, G06F = 1/2, of 3 citing patents: s = (5/6, 1/6),
     * G = 1 − 25/36 − 1/36 = 5/18 (full counting would give s = (3/4, 1/4), G = 3/8).
     * P3 is cited by P4 [H01L], P5 [A01B]: s = (1/2, 1/2), G = 1/2. P2 (one citation) has none.
     */
    @Test
    void generalityPerPatentCountsCitingTechnologiesFractionally() {
        assertThat(citations.generality(row("P1"))).isCloseTo(5.0 / 18, within(1e-15));
        assertThat(citations.generality(row("P2"))).isNaN();
        assertThat(citations.generality(row("P3"))).isCloseTo(0.5, within(1e-15));
        assertThat(citations.generality(row("P4"))).isNaN();
        assertThat(first.generalityPatents(H01L)).isEqualTo(2);
        assertThat(first.generalitySum(H01L)).isCloseTo(5.0 / 18 + 0.5, within(1e-15));
        assertThat(first.generalityPatents(A01B)).isEqualTo(1);
        assertThat(first.generalityPatents(G06F)).isEqualTo(1);
    }

    @Test
    void applicantsAreFractional() {
        // H01L: P1 acme 1; P2 acme 1/2, beta 1/2; P3 gamma 1; P4 beta 1 → acme 3/2, beta 3/2, gamma 1
        TechnologyWeights w = first.applicants();
        assertThat(w.weight(H01L, w.keyOf("ACME"))).isEqualTo(1.5);
        assertThat(w.weight(H01L, w.keyOf("BETA"))).isEqualTo(1.5);
        assertThat(w.weight(H01L, w.keyOf("GAMMA"))).isEqualTo(1.0);
        assertThat(w.total(H01L)).isEqualTo(4.0);
        // A01B: P1 acme 1; P5 has no applicant and does not count
        assertThat(w.end(A01B) - w.start(A01B)).isEqualTo(1);
        assertThat(w.total(A01B)).isEqualTo(1.0);
        assertThat(first.hasApplicants()).isTrue();
    }

    @Test
    void firstCountryCountsTheWholePatentForTheFirstApplicant() {
        // first applicants: P1 US, P2 US, P3 CN, P4 DE, P5 none → H01L: US 2, CN 1, DE 1
        TechnologyWeights c = first.countries();
        assertThat(c.weight(H01L, c.keyOf("US"))).isEqualTo(2.0);
        assertThat(c.weight(H01L, c.keyOf("CN"))).isEqualTo(1.0);
        assertThat(c.weight(H01L, c.keyOf("DE"))).isEqualTo(1.0);
        assertThat(c.total(A01B)).isEqualTo(1.0);
        // Σ_i P_c,i counts a patent once per technology: CN = P3 in G06F and H01L = 2, DE = 1, US = 1 + 2 = 3
        assertThat(c.keyTotals()).containsExactly(2.0, 1.0, 3.0);
    }

    @Test
    void fractionalCountrySplitsCoApplicantPatents() {
        // P2 (US, CN) gives 1/2 to each → H01L: US 1 + 1/2, CN 1/2 + 1, DE 1
        TechnologyWeights c =
                TechnologyStatistics.of(Corpora.five(), CountryCount.FRACTIONAL).countries();
        assertThat(c.weight(H01L, c.keyOf("US"))).isEqualTo(1.5);
        assertThat(c.weight(H01L, c.keyOf("CN"))).isEqualTo(1.5);
        assertThat(c.weight(H01L, c.keyOf("DE"))).isEqualTo(1.0);
    }

    @Test
    void fractionalCountryDropsTheShareOfApplicantsWithoutCountry() {
        // X1: applicants a (JP), b (unknown), c (JP) → JP gets 2/3, the unknown third is dropped
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add(
                        "X1",
                        2020,
                        List.of("B64C"),
                        List.of("a", "b", "c"),
                        java.util.Arrays.asList("JP", null, "JP"),
                        null,
                        List.of(),
                        -1,
                        -1)
                .build();
        TechnologyWeights c =
                TechnologyStatistics.of(t, CountryCount.FRACTIONAL).countries();
        assertThat(c.weight(0, c.keyOf("JP"))).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(c.total(0)).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void claimsAndNplSumOnlyKnownValues() {
        // H01L claims: 10 + 20 + 6 (P3 unknown); NPL: 2 + 4 + 0 (P2 unknown)
        assertThat(first.claimsSum(H01L)).isEqualTo(36);
        assertThat(first.claimsKnown(H01L)).isEqualTo(3);
        assertThat(first.nplSum(H01L)).isEqualTo(6);
        assertThat(first.nplKnown(H01L)).isEqualTo(3);
        assertThat(first.claimsKnown(G06F)).isZero();
    }

    /**
     * byFamily(): P1 and P2 (family F1) become one unit U1 with technologies {A01B, H01L}, applicants
     * {acme, beta}, year 2018; P2 → P1 becomes a citation inside the family and is dropped; P3 → P1, P2
     * becomes one citation of U1. Units: U1, P3, P4, P5.
     */
    @Test
    void familiesCountOnce() {
        PatentTable families = Corpora.five().byFamily();
        TechnologyStatistics f = TechnologyStatistics.of(families, CountryCount.FIRST);
        assertThat(f.patents()).isEqualTo(4);
        assertThat(f.patentsPerTechnology()).containsExactly(2, 1, 3);
        // U1 ← P3, P4; P3 ← P4, P5. U1 takes the id of its first member in row order, P1 or P2.
        int u1 = IndexedTable.row(families, "P1", "P2");
        assertThat(PatentCitations.of(families, 0).forwardCitations(u1)).isEqualTo(2);
        assertThat(f.citationsReceived(H01L)).isEqualTo(4);
        // H01L applicants: U1 acme 1/2, beta 1/2; P3 gamma 1; P4 beta 1
        TechnologyWeights w = f.applicants();
        assertThat(w.weight(H01L, w.keyOf("ACME"))).isEqualTo(0.5);
        assertThat(w.weight(H01L, w.keyOf("BETA"))).isEqualTo(1.5);
        assertThat(f.patents(H01L, 2018)).isEqualTo(1);
    }

    @Test
    void rowsWithoutYearAreLeftOutOfTheYears() {
        PatentTable t = IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("X1", 0, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .add("X2", 2021, List.of("B64C"), List.of(), List.of(), null, List.of(), -1, -1)
                .build();
        TechnologyStatistics s = TechnologyStatistics.of(t, CountryCount.FIRST);
        assertThat(s.undatedPatents()).isEqualTo(1);
        assertThat(s.firstYear()).isEqualTo(2021);
        assertThat(s.yearCount()).isEqualTo(1);
        assertThat(s.patents(0)).isEqualTo(2);
    }

    /**
     * A random table large enough for several parallel chunks: every statistic equals a plain
     * recomputation with boxed maps, and two runs agree bit for bit.
     */
    @Test
    void matchesNaiveRecomputationOnARandomTable() {
        PatentTable t = randomTable(40_000, 30, 200, 7);
        TechnologyStatistics s = TechnologyStatistics.of(t, CountryCount.FRACTIONAL);
        TechnologyStatistics again = TechnologyStatistics.of(t, CountryCount.FRACTIONAL);
        PatentCitations perRow = PatentCitations.of(t, 0);

        int techs = t.technologies().labelCount();
        int[] fwd = new int[t.size()];
        for (int r = 0; r < t.size(); r++) {
            for (int k = t.citedStart(r); k < t.citedEnd(r); k++) fwd[t.citedRows()[k]]++;
        }
        List<Map<Integer, Double>> applicants = new ArrayList<>();
        double[] generality = new double[techs];
        int[] generalityCount = new int[techs];
        for (int i = 0; i < techs; i++) applicants.add(new HashMap<>());
        List<List<Integer>> citing = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) citing.add(new ArrayList<>());
        for (int r = 0; r < t.size(); r++) {
            for (int k = t.citedStart(r); k < t.citedEnd(r); k++)
                citing.get(t.citedRows()[k]).add(r);
        }
        for (int r = 0; r < t.size(); r++) {
            int[] tech = t.technologies().row(r);
            int[] apps = t.applicants().row(r);
            for (int i : tech) {
                for (int a : apps) applicants.get(i).merge(a, 1.0 / apps.length, Double::sum);
            }
            if (citing.get(r).size() >= 2) {
                Map<Integer, Double> shares = new HashMap<>();
                for (int c : citing.get(r)) {
                    int[] ct = t.technologies().row(c);
                    for (int j : ct) shares.merge(j, 1.0 / ct.length, Double::sum);
                }
                double g = 1;
                for (double v : shares.values())
                    g -= (v / citing.get(r).size()) * (v / citing.get(r).size());
                assertThat(perRow.generality(r)).isCloseTo(g, within(1e-12));
                for (int i : tech) {
                    generality[i] += g;
                    generalityCount[i]++;
                }
            } else {
                assertThat(perRow.generality(r)).isNaN();
            }
            assertThat(perRow.forwardCitations(r)).isEqualTo(fwd[r]);
        }
        for (int i = 0; i < techs; i++) {
            TechnologyWeights w = s.applicants();
            assertThat(w.end(i) - w.start(i)).isEqualTo(applicants.get(i).size());
            for (int k = w.start(i); k < w.end(i); k++) {
                if (k > w.start(i)) assertThat(w.key(k)).isGreaterThan(w.key(k - 1));
                assertThat(w.weight(k)).isCloseTo(applicants.get(i).get(w.key(k)), within(1e-9));
                assertThat(w.weight(k)).isEqualTo(again.applicants().weight(k));
            }
            assertThat(s.generalityPatents(i)).isEqualTo(generalityCount[i]);
            assertThat(s.generalitySum(i)).isCloseTo(generality[i], within(1e-9));
            assertThat(s.generalitySum(i)).isEqualTo(again.generalitySum(i));
        }
    }

    /** A random table: 1–4 technologies, 1–3 applicants, up to 5 citations of earlier rows per patent. */
    static PatentTable randomTable(int rows, int techs, int applicants, long seed) {
        Random rnd = new Random(seed);
        String[] countries = {"CN", "DE", "FR", "JP", "KR", "US", null};
        IndexedTable.Builder b = IndexedTable.builder(IpcLevel.SUBCLASS);
        for (int r = 0; r < rows; r++) {
            List<String> tech = new ArrayList<>();
            int k = 1 + rnd.nextInt(4);
            for (int j = 0; j < k; j++) tech.add(String.format("B%02dC", 1 + rnd.nextInt(techs)));
            List<String> apps = new ArrayList<>();
            List<String> ctry = new ArrayList<>();
            int a = 1 + rnd.nextInt(3);
            for (int j = 0; j < a; j++) {
                String name = "A" + rnd.nextInt(applicants);
                if (!apps.contains(name)) {
                    apps.add(name);
                    ctry.add(countries[rnd.nextInt(countries.length)]);
                }
            }
            List<String> cited = new ArrayList<>();
            if (r > 0) {
                for (int j = rnd.nextInt(6); j > 0; j--) cited.add("R" + rnd.nextInt(r));
            }
            b.add("R" + r, 2000 + rnd.nextInt(10), tech, apps, ctry, null, cited, rnd.nextInt(20), rnd.nextInt(4));
        }
        return b.build();
    }
}
