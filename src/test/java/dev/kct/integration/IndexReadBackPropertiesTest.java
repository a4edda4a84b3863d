package dev.kct.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kct.cli.ExitCode;
import dev.kct.index.CollidingIds;
import dev.kct.index.IdHash;
import dev.kct.integration.ReadBack.Raw;
import dev.kct.ipc.IpcLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Issue 16's invariant, property-tested: whatever {@code kct index} commits, every other command reads back without
 * an internal error, at the edges of the record model. Each try writes a small corpus (JSONL or CSV, indexed in one
 * run or in two runs into the same index) whose records sit at those edges: 0, 1, a few, 65,535 and 65,536
 * applicants; empty, blank, control-character, NFKC-expanding and 100 kB names; 100 kB ids, family ids, titles and
 * abstracts; every written form of IPC symbol; dates at both ends of the range (1000-01-01 to 2999-12-31, year- and
 * month-only); counts 0 and {@code Integer.MAX_VALUE}; repeated ids, and different ids, family ids and cited ids
 * whose 64-bit hashes collide ({@link CollidingIds}). Then:
 *
 * <ul>
 *   <li>every record is either in the index (found by its id) or refused with a located rejection (file, line,
 *       field); a record the model cannot hold (more than 65,535 applicants) is refused, a plain one is not;
 *   <li>the index holds exactly the distinct ids accepted (a repeated id replaces, two colliding ids are two
 *       patents), and a colliding id is not reported as a duplicate;
 *   <li>{@code stats}, {@code score}, {@code rank}, {@code rank --target}, {@code explain}, {@code network --format
 *       csv} at two levels and {@code check} end in 0 or a usage or data error, never an internal error or a stack
 *       trace.
 * </ul>
 *
 * The big fixed edges (10⁶ applicants, codes and cited ids in one record) are single examples in
 * {@link IndexReadBackEdgesTest}.
 */
class IndexReadBackPropertiesTest {

    private Path root;

    @BeforeProperty
    void createRoot() throws IOException {
        root = Files.createTempDirectory("kct-readback");
    }

    @AfterProperty
    void deleteRoot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
    void whateverIndexCommitsEveryCommandReadsBack(@ForAll("corpora") Corpus corpus) throws IOException {
        Path dir = Files.createTempDirectory(root, "try");
        Path index = dir.resolve("index");
        Set<String> held = new LinkedHashSet<>();
        List<List<Raw>> runs = corpus.runs();
        boolean committed = false;
        for (int run = 0; run < runs.size(); run++) {
            Path file = dir.resolve("run" + run + (corpus.csv() ? ".csv" : ".jsonl"));
            List<Raw> records = runs.get(run);
            List<Long> lines = ReadBack.write(file, records);
            ReadBack.Indexed indexed = ReadBack.index(index, dir.resolve("rejects" + run + ".csv"), file);
            boolean nothingCommitted = indexed.run().exitCode() == ExitCode.DATA.code();
            List<Raw> accepted = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                Raw r = records.get(i);
                ReadBack.Rejected rejection = indexed.rejection(file, lines.get(i));
                if (tooManyApplicants(r)) {
                    assertThat(rejection)
                            .as("record at line %d has %d applicants", lines.get(i), r.applicants.size())
                            .isNotNull();
                    if (validDates(r)) assertThat(rejection.field()).isEqualTo("applicants");
                } else if (plain(r)) {
                    assertThat(rejection)
                            .as("plain record at line %d", lines.get(i))
                            .isNull();
                }
                if (rejection == null) accepted.add(r);
            }
            if (nothingCommitted) {
                assertThat(accepted)
                        .as("no record accepted when nothing was committed")
                        .isEmpty();
                continue;
            }
            committed = true;
            accepted.forEach(r -> held.add(r.id()));
            assertNoFalseDuplicate(accepted, indexed.run().err());
        }
        if (!committed) return;
        ReadBack.assertHolds(index, held);
        ReadBack.assertEveryCommandReadsBack(index, corpus.levels());
    }

    /** A later id whose hash equals an earlier, different id's in the same file is not "a duplicate id". */
    private static void assertNoFalseDuplicate(List<Raw> accepted, String err) {
        Set<String> seen = new LinkedHashSet<>();
        Set<Long> hashes = new LinkedHashSet<>();
        for (Raw r : accepted) {
            boolean collides = hashes.contains(IdHash.of(r.id())) && !seen.contains(r.id());
            if (collides) {
                assertThat(err).as("colliding id %s", r.id()).doesNotContain("duplicate id '" + r.id() + "'");
            }
            seen.add(r.id());
            hashes.add(IdHash.of(r.id()));
        }
    }

    private static boolean tooManyApplicants(Raw r) {
        return r.applicants.size() > 65_535 && r.applicants.stream().allMatch(IndexReadBackPropertiesTest::plainName);
    }

    private static boolean validDates(Raw r) {
        return Stream.of(r.priority, r.filing, r.publication).allMatch(d -> d == null || !INVALID_DATES.contains(d));
    }

    /** A record the readers must accept: valid dates, at most 65,535 plain names (not blank, no list separator). */
    private static boolean plain(Raw r) {
        return validDates(r)
                && r.applicants.size() <= 65_535
                && r.applicants.stream().allMatch(IndexReadBackPropertiesTest::plainName)
                && (r.countries == null || r.countries.size() == r.applicants.size());
    }

    private static boolean plainName(String name) {
        return !name.isBlank() && name.indexOf(';') < 0 && name.strip().equals(name);
    }

    /**
     * A corpus: records per indexing run (one or two runs into the same index), the file format, and the two levels
     * the reading commands run at.
     */
    record Corpus(List<List<Raw>> runs, boolean csv, List<IpcLevel> levels) {
        @Override
        public String toString() {
            StringBuilder b =
                    new StringBuilder(csv ? "CSV" : "JSONL").append(" levels=").append(levels);
            for (List<Raw> run : runs) {
                b.append("\n run:");
                run.forEach(r -> b.append("\n  ").append(r));
            }
            return b.toString();
        }
    }

    private static final String HUNDRED_KB =
            "Very Long Name ".repeat(100_000 / 15).strip();

    /**
     * One record's choices before ids are known: which pooled id, family and cited ids it takes (the pools hold
     * repeated and colliding ids), and its other fields.
     */
    record Spec(
            int id,
            List<String> ipc,
            List<String> dates,
            int family,
            List<String> applicants,
            boolean countries,
            List<Integer> cited,
            List<Integer> counts,
            List<String> text) {}

    @Provide
    Arbitrary<Corpus> corpora() {
        Arbitrary<List<Spec>> specs = specs().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Long> seeds = Arbitraries.longs().between(0, 1_000);
        Arbitrary<Integer> split = Arbitraries.integers().between(0, 6);
        Arbitrary<List<IpcLevel>> levels =
                Arbitraries.of(IpcLevel.class).set().ofSize(2).map(List::copyOf);
        return Combinators.combine(specs, seeds, split, Arbitraries.of(true, false), levels)
                .as((list, seed, at, csv, lv) -> {
                    List<Raw> records = build(list, seed);
                    int cut = Math.min(at, records.size());
                    List<List<Raw>> runs = cut == 0 || cut == records.size()
                            ? List.of(records)
                            : List.of(records.subList(0, cut), records.subList(cut, records.size()));
                    return new Corpus(runs, csv, lv);
                });
    }

    /** Resolves the pooled choices of {@code specs}: ids, family ids and cited ids, colliding pairs built from {@code seed}. */
    private static List<Raw> build(List<Spec> specs, long seed) {
        String[] ids = CollidingIds.pair("EP", "A1", seed);
        String[] families = CollidingIds.pair("FAM", "", seed + 1);
        String[] unknown = CollidingIds.pair("US", "B2", seed + 2);
        List<String> idPool = List.of("P1", "P2", "P3", ids[0], ids[1], "ID" + HUNDRED_KB, "专利-1 ✓");
        List<String> familyPool = new ArrayList<>(Collections.nCopies(3, (String) null));
        familyPool.addAll(List.of("F1", "F1", families[0], families[1], "F" + HUNDRED_KB));
        List<String> citedPool = new ArrayList<>(idPool);
        citedPool.addAll(List.of(unknown[0], "NOT-INDEXED", "C" + HUNDRED_KB));
        List<Raw> out = new ArrayList<>();
        for (Spec s : specs) {
            String id = idPool.get(s.id() % idPool.size());
            List<String> countries = null;
            if (s.countries()) {
                List<String> codes = List.of("US", "CN", "DE", "jp", "", "KR");
                countries = IntStream.range(0, s.applicants().size())
                        .mapToObj(i -> codes.get((i + s.id()) % codes.size()))
                        .toList();
            }
            List<String> cited = s.cited().stream()
                    .map(c -> citedPool.get(c % citedPool.size()))
                    .toList();
            Raw r = new Raw(id, s.ipc())
                    .withApplicants(s.applicants(), countries)
                    .withCited(cited);
            r.priority = s.dates().get(0);
            r.filing = s.dates().get(1);
            r.publication = s.dates().get(2);
            r.family = familyPool.get(s.family() % familyPool.size());
            r.claims = count(s.counts().get(0));
            r.npl = count(s.counts().get(1));
            out.add(r.withText(s.text().get(0), s.text().get(1)));
        }
        return out;
    }

    private static Integer count(int choice) {
        return switch (choice) {
            case 0 -> null;
            case 1 -> 0;
            case 2 -> 1;
            case 3 -> 17;
            default -> Integer.MAX_VALUE;
        };
    }

    private static Arbitrary<Spec> specs() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<List<String>> ipc = ipcSymbols().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<String>> text = Arbitraries.of(
                        (String) null, "", "Drone battery pack", HUNDRED_KB, "無人機 🚁 \u0000 ﷺ", "a\nb\tc")
                .list()
                .ofSize(2);
        Arbitrary<List<Integer>> counts =
                Arbitraries.integers().between(0, 4).list().ofSize(2);
        return Combinators.combine(
                        pick,
                        ipc,
                        dates(),
                        pick,
                        applicants(),
                        Arbitraries.of(true, false),
                        pick.list().ofMaxSize(3),
                        counts)
                .flatAs((id, symbols, d, family, names, countries, cited, c) ->
                        text.map(t -> new Spec(id, symbols, d, family, names, countries, cited, c, t)));
    }

    /** Dates the canonical readers accept: the ends of the range, to the day, month ({@code -00}) or year. */
    private static final List<String> VALID_DATES = List.of(
            "1000",
            "1000-00-00",
            "1000-01-00",
            "1000-01-01",
            "2999",
            "2999-12-00",
            "2999-12-31",
            "29991231",
            "2999-12-31T23:59:59Z",
            "2000-02-29");

    /** Dates just outside the range or the calendar, and a form the canonical readers do not take. */
    private static final List<String> INVALID_DATES = List.of("0999", "3000-01-01", "2999-02-29", "1000-01");

    /** Priority, filing and publication date, at least one present (invalid ones now and then). */
    private static Arbitrary<List<String>> dates() {
        Arbitrary<String> date = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just((String) null)),
                Tuple.of(6, Arbitraries.of(VALID_DATES)),
                Tuple.of(2, Arbitraries.integers().between(1000, 2999).map(y -> y + "-06-15")),
                Tuple.of(1, Arbitraries.of(INVALID_DATES)));
        return date.list()
                .ofSize(3)
                .map(d ->
                        d.stream().allMatch(x -> x == null) ? java.util.Arrays.asList("2999-12-31", null, "1000") : d);
    }

    /** 0, 1, a few, 65,535 or 65,536 applicants; names from plain to absurd. */
    private static Arbitrary<List<String>> applicants() {
        Arbitrary<String> name = Arbitraries.of(
                "Acme Corp",
                "Sony Corporation",
                "",
                "   ",
                "\u0000",
                "A\u0000B",
                "Co., Ltd.",
                "ﷺ".repeat(3_000),
                HUNDRED_KB,
                "株式会社 東芝",
                "x;y",
                " padded ");
        Arbitrary<List<String>> few = name.list().ofMaxSize(4);
        Arbitrary<List<String>> many = Arbitraries.of(65_535, 65_536)
                .flatMap(n -> Arbitraries.of(true, false)
                        .map(same -> IntStream.range(0, n)
                                .mapToObj(i -> same ? "Acme" : "Holder " + i)
                                .toList()));
        return Arbitraries.frequencyOf(Tuple.of(30, few), Tuple.of(1, many));
    }

    /** Every written form of an IPC or CPC symbol that the parser reads. */
    private static Arbitrary<String> ipcSymbols() {
        Arbitrary<Character> section = Arbitraries.of('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'Y');
        Arbitrary<Integer> classNumber = Arbitraries.integers().between(0, 99);
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
        Arbitrary<Integer> group = Arbitraries.oneOf(
                Arbitraries.of(1, 9, 99, 999, 2000, 9999),
                Arbitraries.integers().between(1, 9999));
        Arbitrary<String> subgroup =
                Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(6);
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 11);
        return Combinators.combine(section, classNumber, letter, group, subgroup, form)
                .as((s, c, l, g, sub, f) -> {
                    String cls = String.format("%c%02d", s, c);
                    String subclass = cls + l;
                    int g3 = g % 1000 == 0 ? 1 : g % 1000;
                    return switch (f) {
                        case 0 -> String.valueOf(s);
                        case 1 -> cls;
                        case 2 -> subclass;
                        case 3 -> subclass + " " + g + "/" + sub;
                        case 4 -> subclass + g + "/" + sub;
                        case 5 -> (subclass + " " + g + "/" + sub).toLowerCase(java.util.Locale.ROOT);
                        case 6 -> String.format("%s%04d%-6s", subclass, g, sub).replace(' ', '0');
                        case 7 -> String.format("%s-%03d/%s", subclass, g3, sub);
                        case 8 -> String.format("%s%03d%s", subclass, g3, sub);
                        case 9 -> subclass + " " + g + "/" + sub + " (2006.01)";
                        case 10 -> subclass + " " + g + "/" + sub + " A";
                        default -> subclass + (2000 + g % 1000) + "/" + sub;
                    };
                });
    }
}
