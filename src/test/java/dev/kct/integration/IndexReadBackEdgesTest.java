package dev.kct.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.cli.CliRun;
import dev.kct.index.CollidingIds;
import dev.kct.index.IdHash;
import dev.kct.integration.ReadBack.Raw;
import dev.kct.ipc.IpcLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The big fixed edges of the record model, one example each (too slow to generate many times in
 * {@link IndexReadBackPropertiesTest}): 65,535 applicants read back, 65,536 and 10⁶ are refused with their line; a
 * record with 10⁶ IPC symbols and 10⁶ cited ids; 100 kB and NFKC-expanding names; ids that collide in 64 bits in one
 * file, across files and across runs; a run that commits nothing.
 */
class IndexReadBackEdgesTest {

    private static final List<IpcLevel> COARSE_AND_FINE = List.of(IpcLevel.SECTION, IpcLevel.SUBCLASS);

    @TempDir
    Path dir;

    /** A few ordinary patents, so that something can be ranked around an edge record. */
    private static List<Raw> companions() {
        List<Raw> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(Raw.of(
                            "N" + i,
                            List.of(i % 2 == 0 ? "H01L 21/02" : "G06F 3/00", "B64C 39/02"),
                            "2010-05-0" + (i + 1))
                    .withApplicants(List.of("Acme", "Sony"), List.of("US", "JP"))
                    .withCited(i > 0 ? List.of("N" + (i - 1)) : List.of()));
        }
        return out;
    }

    @Test
    void theMostApplicantsARecordMayHaveAreReadBack() {
        List<String> names =
                IntStream.range(0, 65_535).mapToObj(i -> "Holder " + i).toList();
        List<String> countries = IntStream.range(0, 65_535)
                .mapToObj(i -> i % 3 == 0 ? "" : i % 3 == 1 ? "CN" : "US")
                .toList();
        List<Raw> records = new ArrayList<>(companions());
        records.add(Raw.of("MANY", List.of("H01L 21/027"), "2011").withApplicants(names, countries));
        ReadBack.writeAndIndex(dir, "many.jsonl", records);
        ReadBack.assertHolds(dir.resolve("index"), records.stream().map(Raw::id).toList());
        CliRun stats = CliRun.of("stats", "--index", dir.resolve("index").toString(), "--format", "json");
        assertThat(stats.out()).contains("\"applicants\" : 65537");
        ReadBack.assertEveryCommandReadsBack(dir.resolve("index"), COARSE_AND_FINE);
    }

    /** One applicant more than the model holds, or 10⁶, is a located rejection in JSONL and CSV; the rest is committed. */
    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "csv"})
    void moreApplicantsThanTheModelHoldsAreRefusedWithTheirLine(String format) {
        List<Raw> records = new ArrayList<>(companions());
        records.add(
                Raw.of("ONE-MORE", List.of("H01L"), "2011").withApplicants(Collections.nCopies(65_536, "Acme"), null));
        records.add(Raw.of("MILLION", List.of("H01L"), "2011")
                .withApplicants(
                        IntStream.range(0, 1_000_000).mapToObj(i -> "H" + i).toList(), null));
        Path file = dir.resolve("too-many." + format);
        List<Long> lines = ReadBack.write(file, records);
        ReadBack.Indexed indexed = ReadBack.index(dir.resolve("index"), dir.resolve("rejects.csv"), file);

        assertThat(indexed.run().exitCode()).as(indexed.run().err()).isZero();
        for (int i : new int[] {4, 5}) {
            ReadBack.Rejected r = indexed.rejection(file, lines.get(i));
            assertThat(r).as("line %d", lines.get(i)).isNotNull();
            assertThat(r.field()).isEqualTo("applicants");
            assertThat(r.reason()).contains("at most 65535");
        }
        assertThat(indexed.run().err()).contains("too-many." + format + ":" + lines.get(4) + ": field 'applicants'");
        ReadBack.assertHolds(dir.resolve("index"), List.of("N0", "N1", "N2", "N3"));
        ReadBack.assertEveryCommandReadsBack(dir.resolve("index"), List.of(IpcLevel.SUBCLASS));
    }

    /**
     * 10⁶ IPC symbols (100,000 distinct) and 10⁶ cited ids in one record. Indexing used to take quadratic time in the
     * number of distinct symbols (and of applicants): about a minute for 100,000.
     */
    @Test
    void aMillionCodesAndCitedIdsInOneRecordAreReadBack() {
        List<String> symbols = new ArrayList<>(1_000_000);
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; symbols.size() < 1_000_000; i++) {
            int d = i % 100_000;
            symbols.add(String.format(
                    "%c%02d%c %d/%02d",
                    "ABCDEFGH".charAt(d % 8), d / 8 % 10, letters.charAt(d / 80 % 26), d / 2080 + 1, 0));
        }
        List<String> cited =
                IntStream.range(0, 1_000_000).mapToObj(i -> "C" + i).toList();
        List<Raw> records = new ArrayList<>(companions());
        records.add(Raw.of("CODES", symbols, "2012").withCited(cited).withApplicants(List.of("Acme"), List.of("US")));
        records.add(Raw.of("C17", List.of("H01L 21/02"), "2013").withCited(List.of("CODES")));
        ReadBack.writeAndIndex(dir, "codes.jsonl", records);
        ReadBack.assertHolds(dir.resolve("index"), records.stream().map(Raw::id).toList());
        CliRun stats =
                CliRun.of("stats", "--index", dir.resolve("index").toString(), "--level", "group", "--format", "json");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).as("100,000 groups and B64C 39/00").contains("\"technologies\" : 100001");
        ReadBack.assertEveryCommandReadsBack(dir.resolve("index"), List.of(IpcLevel.CLASS));
    }

    /**
     * 100 kB names, ids, family ids, titles and abstracts, and a name that NFKC expands 33-fold: the applicant's index
     * term used to exceed Lucene's 32,766-byte limit and end {@code index} in an internal error. Two long names that
     * differ only at the end still count as two applicants.
     */
    @Test
    void hundredKilobyteValuesAreReadBack() {
        String longName = "Very Long Name ".repeat(7_000).strip();
        String longId = "ID" + "x".repeat(100_000);
        List<Raw> records = new ArrayList<>(companions());
        records.add(Raw.of(longId, List.of("H01L 21/02"), "2012")
                .withApplicants(List.of(longName + " A", longName + " B", "ﷺ".repeat(3_000)), List.of("US", "US", "SA"))
                .withFamily("F" + "y".repeat(100_000))
                .withText(longName, longName)
                .withCited(List.of("N0", "Z" + "z".repeat(100_000))));
        records.add(
                Raw.of("N9", List.of("H01L 21/02"), "2012").withApplicants(List.of(longName + " A"), List.of("US")));
        ReadBack.writeAndIndex(dir, "long.csv", records);
        ReadBack.assertHolds(dir.resolve("index"), records.stream().map(Raw::id).toList());
        CliRun stats = CliRun.of("stats", "--index", dir.resolve("index").toString(), "--format", "json");
        assertThat(stats.out())
                .as("Acme, Sony, the two long names and the expanding one")
                .contains("\"applicants\" : 5");
        ReadBack.assertEveryCommandReadsBack(dir.resolve("index"), COARSE_AND_FINE);
    }

    /**
     * Two ids with equal 64-bit hashes are two patents, whether they come in one file, in two files of one run or in
     * two runs; in one file the second is not reported as a duplicate of the first.
     */
    @Test
    void idsThatCollideIn64BitsAreTwoPatents() throws Exception {
        String[] ids = CollidingIds.pair("EP", "A1", 7);
        String[] more = CollidingIds.pair("WO", "", 8);
        String[] runs = CollidingIds.pair("US", "B2", 9);
        assertThat(IdHash.of(ids[0])).isEqualTo(IdHash.of(ids[1]));
        List<Raw> first = new ArrayList<>(companions());
        first.add(Raw.of(ids[0], List.of("H01L 21/02"), "2014").withCited(List.of("N1")));
        first.add(Raw.of(ids[1], List.of("G06F 3/00"), "2015").withCited(List.of(ids[0])));
        first.add(Raw.of(more[0], List.of("H01L 21/02"), "2016"));
        first.add(Raw.of(runs[0], List.of("B64C 39/02"), "2016"));
        Path one = dir.resolve("one.jsonl");
        List<Long> lines = ReadBack.write(one, first);
        Path two = dir.resolve("two.csv");
        ReadBack.write(two, List.of(Raw.of(more[1], List.of("H01L 21/02"), "2017")));
        ReadBack.Indexed indexed = ReadBack.index(dir.resolve("index"), dir.resolve("rejects.csv"), one, two);

        assertThat(indexed.run().exitCode()).as(indexed.run().err()).isZero();
        assertThat(indexed.run().err())
                .doesNotContain("duplicate id")
                .contains("one.jsonl:" + lines.get(5) + ": id '" + ids[1] + "' differs from the id at line "
                        + lines.get(4) + " but has the same 64-bit hash");
        Path three = dir.resolve("three.jsonl");
        ReadBack.write(three, List.of(Raw.of(runs[1], List.of("G06F 3/00"), "2018")));
        ReadBack.Indexed again = ReadBack.index(dir.resolve("index"), dir.resolve("rejects2.csv"), three);
        assertThat(again.run().exitCode()).as(again.run().err()).isZero();
        assertThat(again.run().err()).contains("replaced 0");

        List<String> all = new ArrayList<>(first.stream().map(Raw::id).toList());
        all.addAll(List.of(more[1], runs[1]));
        ReadBack.assertHolds(dir.resolve("index"), all);
        ReadBack.assertEveryCommandReadsBack(dir.resolve("index"), COARSE_AND_FINE);
    }

    /** Both ends of the date range, to the day, month and year, on every date basis. */
    @Test
    void theEndsOfTheDateRangeAreReadBack() throws Exception {
        List<Raw> records = new ArrayList<>(companions());
        records.add(Raw.of("OLDEST", List.of("H01L 21/02"), "1000-01-01"));
        records.add(Raw.of("OLD", List.of("H01L 21/02"), "1000"));
        records.add(Raw.of("NEWEST", List.of("G06F 3/00"), "2999-12-31"));
        records.add(Raw.of("NEW", List.of("G06F 3/00"), "2999-12-00"));
        ReadBack.writeAndIndex(dir, "dates.jsonl", records);
        CliRun stats = CliRun.of("stats", "--index", dir.resolve("index").toString(), "--format", "json");
        var json = new ObjectMapper().readTree(stats.out());
        assertThat(json.path("first_year").asInt()).isEqualTo(1000);
        assertThat(json.path("last_year").asInt()).isEqualTo(2999);
        for (String basis : List.of("filing", "publication")) {
            CliRun rank = CliRun.of(
                    "rank", "--index", dir.resolve("index").toString(), "--min-patents", "1", "--date", basis);
            ReadBack.assertNoInternalError(rank, "rank --date " + basis);
        }
        ReadBack.assertEveryCommandReadsBack(dir.resolve("index"), List.of(IpcLevel.CLASS, IpcLevel.SUBGROUP));
    }
}
