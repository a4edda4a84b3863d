package dev.kct.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentRecord;
import dev.kct.source.CanonicalCsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    private static final int N = 20_000;
    private static List<PatentRecord> corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        corpus = new SyntheticCorpus(CorpusConfig.of(N, 42)).stream().toList();
    }

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDiffers() throws IOException {
        for (String name : List.of("a.csv", "a.jsonl", "a.csv.gz")) {
            Path first = dir.resolve("1-" + name);
            Path second = dir.resolve("2-" + name);
            Path other = dir.resolve("3-" + name);
            assertThat(new SyntheticCorpus(CorpusConfig.of(3000, 7)).writeTo(first))
                    .isEqualTo(3000);
            new SyntheticCorpus(CorpusConfig.of(3000, 7)).writeTo(second);
            new SyntheticCorpus(CorpusConfig.of(3000, 8)).writeTo(other);
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
            assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void iteratingTwiceGivesTheSameRecords() {
        SyntheticCorpus c = new SyntheticCorpus(CorpusConfig.of(500, 3));
        assertThat(c.stream().toList()).isEqualTo(c.stream().toList());
    }

    @Test
    void committedSampleIsReproducedByteForByte() throws IOException {
        StringWriter out = new StringWriter();
        try (CanonicalCsvWriter w = new CanonicalCsvWriter(out)) {
            for (PatentRecord r : corpus) w.write(r);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(Path.of("samples/patents.csv")));
    }

    @Test
    void abstractsAddTextAndChangeNothingElse() {
        List<PatentRecord> plain =
                new SyntheticCorpus(CorpusConfig.of(2000, 5)).stream().toList();
        List<PatentRecord> withText = new SyntheticCorpus(
                        CorpusConfig.of(2000, 5).withAbstracts(true))
                .stream().toList();
        assertThat(plain).allSatisfy(r -> assertThat(r.abstractText()).isNull());
        assertThat(withText).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            PatentRecord r = withText.get(i);
            assertThat(r.abstractText().split(" "))
                    .hasSizeBetween(PatentTexts.ABSTRACT_WORDS, PatentTexts.ABSTRACT_WORDS + 30);
            assertThat(r.abstractText()).endsWith(".");
            assertThat(PatentRecord.builder(r.id())
                            .ipc(r.ipc())
                            .priorityDate(r.priorityDate())
                            .filingDate(r.filingDate())
                            .publicationDate(r.publicationDate())
                            .familyId(r.familyId())
                            .applicants(r.applicants())
                            .cited(r.cited())
                            .claims(r.claims())
                            .nplCitations(r.nplCitations())
                            .title(r.title())
                            .office(r.office())
                            .priorityOffices(r.priorityOffices())
                            .build())
                    .isEqualTo(plain.get(i));
        }
    }

    @Test
    void everyRecordHasOneToSixRealCodesAndOrderedDates() {
        for (PatentRecord r : corpus) {
            assertThat(r.ipc()).hasSizeBetween(1, 6).doesNotHaveDuplicates();
            for (IpcSymbol s : r.ipc()) {
                assertThat(s.precision()).isEqualTo(IpcLevel.SUBGROUP);
                assertThat(IpcSymbol.parse(s.toString())).isEqualTo(s);
            }
            assertThat(r.priorityDate()).isNotNull();
            assertThat(r.priorityDate()).isLessThanOrEqualTo(r.filingDate());
            assertThat(r.filingDate()).isLessThanOrEqualTo(r.publicationDate());
            assertThat(r.priorityDate().year()).isBetween(2005, 2024);
            assertThat(r.publicationDate().year()).isLessThanOrEqualTo(2026);
            assertThat(r.claims()).isBetween(1, 60);
            assertThat(r.nplCitations()).isNotNegative();
            assertThat(r.applicants()).hasSizeBetween(1, 3);
            assertThat(r.title()).isNotBlank();
            assertThat(r.familyId()).isNotBlank();
        }
        for (int i = 1; i < corpus.size(); i++) {
            assertThat(corpus.get(i).priorityDate())
                    .isGreaterThanOrEqualTo(corpus.get(i - 1).priorityDate());
        }
    }

    @Test
    void idsAreUniqueAndCitationsPointToEarlierPatents() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int citing = 0;
        for (PatentRecord r : corpus) {
            assertThat(r.cited()).hasSizeLessThanOrEqualTo(15).doesNotHaveDuplicates();
            for (String c : r.cited()) {
                if (!seen.contains(c)) problems.add(r.id() + " cites " + c + ", not an earlier patent");
            }
            if (!r.cited().isEmpty()) citing++;
            if (!seen.add(r.id())) problems.add("duplicate id " + r.id());
            if (!r.id().startsWith(r.office())) problems.add(r.id() + " is not prefixed by its office " + r.office());
        }
        assertThat(problems).isEmpty();
        assertThat(citing).isGreaterThan(N / 2);
    }

    @Test
    void citationsArePreferential() {
        Map<String, Long> received = corpus.stream()
                .flatMap(r -> r.cited().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long total = received.values().stream().mapToLong(Long::longValue).sum();
        long top = received.values().stream()
                .sorted((a, b) -> Long.compare(b, a))
                .limit(N / 100)
                .mapToLong(Long::longValue)
                .sum();
        assertThat((double) top / total)
                .as("share of citations to the top 1 %% of patents")
                .isGreaterThan(0.08);
    }

    @Test
    void subclassSizesAreSkewed() {
        Map<String, Integer> patents = countBy(r -> codes(r, IpcLevel.SUBCLASS));
        List<Integer> sizes = patents.values().stream().sorted((a, b) -> b - a).toList();
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        int top = sizes.subList(0, sizes.size() / 10).stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(patents.size()).isGreaterThan(200);
        assertThat((double) top / total)
                .as("share of the top 10 %% of subclasses")
                .isGreaterThan(0.45);
        assertThat(countBy(r -> codes(r, IpcLevel.GROUP))).hasSizeGreaterThan(1500);
    }

    @Test
    void coClassificationIsMostlyWithinOneArea() {
        Map<String, Integer> areaOf = new HashMap<>();
        for (int a = 0; a < TechnologyAreas.ALL.size(); a++) {
            for (String s : TechnologyAreas.ALL.get(a).subclasses()) areaOf.put(s, a);
        }
        int multi = 0;
        int crossing = 0;
        for (PatentRecord r : corpus) {
            Set<Integer> areas =
                    codes(r, IpcLevel.SUBCLASS).stream().map(areaOf::get).collect(Collectors.toSet());
            if (codes(r, IpcLevel.SUBCLASS).size() > 1) multi++;
            if (areas.size() > 1) crossing++;
        }
        assertThat(multi).isGreaterThan(N / 3);
        assertThat((double) crossing / multi).isBetween(0.02, 0.25);
    }

    @Test
    void severalCountriesWithAreaSpecificStrengths() {
        Map<String, Integer> first =
                countBy(r -> List.of(String.valueOf(r.applicants().get(0).country())));
        for (String c : List.of("CN", "US", "JP", "KR", "DE")) {
            assertThat(first.get(c)).as(c).isGreaterThan(N * 3 / 100);
        }
        assertThat(first.keySet()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(chinaRta("semiconductors")).isLessThan(0.6);
        assertThat(chinaRta("pharma")).isLessThan(0.7);
        assertThat(chinaRta("energy")).isGreaterThan(1.2);
        assertThat(chinaRta("food")).isGreaterThan(1.3);
        long unknown = corpus.stream()
                .flatMap(r -> r.applicants().stream())
                .filter(a -> a.country() == null)
                .count();
        assertThat(unknown).isPositive();
    }

    @Test
    void applicantSizesAreHeavyTailed() {
        Map<String, Integer> byName = countBy(
                r -> r.applicants().stream().map(Applicant::name).distinct().toList());
        int largest = byName.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        long small = byName.values().stream().filter(n -> n <= 2).count();
        assertThat(largest).isGreaterThan(N / 100);
        assertThat((double) small / byName.size()).isGreaterThan(0.4);
        assertThat(corpus.stream().filter(r -> r.applicants().size() > 1).count())
                .isGreaterThan(N / 10);
    }

    @Test
    void familiesShareDatesAndApplicantsAcrossOffices() {
        Map<String, List<PatentRecord>> families = corpus.stream()
                .collect(Collectors.groupingBy(PatentRecord::familyId, TreeMap::new, Collectors.toList()));
        long inFamilies = families.values().stream()
                .filter(f -> f.size() > 1)
                .mapToInt(List::size)
                .sum();
        assertThat((double) inFamilies / N).isBetween(0.15, 0.5);
        for (List<PatentRecord> f : families.values()) {
            assertThat(f).hasSizeBetween(1, 4);
            assertThat(f.stream().map(PatentRecord::office).distinct().count()).isEqualTo(f.size());
            assertThat(f.stream().map(PatentRecord::priorityDate).distinct().count())
                    .isEqualTo(1);
            assertThat(f.stream().map(PatentRecord::applicants).distinct().count())
                    .isEqualTo(1);
        }
    }

    @Test
    void laterYearsHaveMorePatents() {
        Map<Integer, Long> byYear = corpus.stream()
                .collect(Collectors.groupingBy(r -> r.priorityDate().year(), TreeMap::new, Collectors.counting()));
        long early = 0;
        long late = 0;
        for (int y = 2005; y < 2010; y++) early += byYear.get(y);
        for (int y = 2020; y < 2025; y++) late += byYear.get(y);
        assertThat(late).isGreaterThan(2 * early);
    }

    @Test
    void countriesCanBeRestricted() {
        CorpusConfig config = CorpusConfig.of(2000, 1).withCountries(List.of("cn", "US"));
        assertThat(config.countries()).containsExactly("CN", "US");
        for (PatentRecord r : new SyntheticCorpus(config)) {
            for (Applicant a : r.applicants()) assertThat(a.country()).isIn("CN", "US", null);
        }
    }

    @Test
    void smallCorporaAndOtherYearRangesWork() {
        assertThat(new SyntheticCorpus(CorpusConfig.of(0, 1)).stream()).isEmpty();
        assertThat(new SyntheticCorpus(CorpusConfig.of(3, 1)).stream()).hasSize(3);
        List<PatentRecord> one = new SyntheticCorpus(CorpusConfig.of(50, 1).withYears(2020, 2020))
                .stream().toList();
        assertThat(one)
                .hasSize(50)
                .allSatisfy(r -> assertThat(r.priorityDate().year()).isEqualTo(2020));
    }

    @Test
    void badConfigurationsAreUsageErrors() {
        assertThatThrownBy(() -> CorpusConfig.of(-1, 1))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> CorpusConfig.of(10, 1).withYears(2020, 2010)).isInstanceOf(KctException.class);
        assertThatThrownBy(() -> CorpusConfig.of(10, 1).withCountries(List.of("XX")))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("XX")
                .hasMessageContaining("CN");
    }

    @Test
    void outputFormatFollowsTheFileName() throws IOException {
        SyntheticCorpus c = new SyntheticCorpus(CorpusConfig.of(20, 2));
        c.writeTo(dir.resolve("x.jsonl"));
        c.writeTo(dir.resolve("x.CSV"));
        assertThat(Files.readString(dir.resolve("x.jsonl"))).startsWith("{\"id\":");
        assertThat(Files.readString(dir.resolve("x.CSV"))).startsWith("id,ipc,");
        assertThatThrownBy(() -> c.writeTo(dir.resolve("x.txt")))
                .isInstanceOfSatisfying(
                        KctException.class, e -> assertThat(e.kind()).isEqualTo(KctException.Kind.USAGE))
                .hasMessageContaining("x.txt");
    }

    /** China's revealed advantage in an area, by first applicant and first code. */
    private static double chinaRta(String area) {
        Set<String> subclasses =
                Set.of(TechnologyAreas.ALL.get(TechnologyAreas.indexOf(area)).subclasses());
        long cnAll = corpus.stream()
                .filter(r -> "CN".equals(r.applicants().get(0).country()))
                .count();
        List<PatentRecord> in = corpus.stream()
                .filter(r -> subclasses.contains(r.ipc().get(0).code(IpcLevel.SUBCLASS)))
                .toList();
        long cnIn = in.stream()
                .filter(r -> "CN".equals(r.applicants().get(0).country()))
                .count();
        return ((double) cnIn / in.size()) / ((double) cnAll / N);
    }

    private static Set<String> codes(PatentRecord r, IpcLevel level) {
        return r.ipc().stream().map(s -> s.code(level)).collect(Collectors.toSet());
    }

    private static Map<String, Integer> countBy(Function<PatentRecord, Collection<String>> keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (PatentRecord r : corpus) {
            for (String k : new ArrayList<>(keys.apply(r))) counts.merge(k, 1, Integer::sum);
        }
        return counts;
    }
}
