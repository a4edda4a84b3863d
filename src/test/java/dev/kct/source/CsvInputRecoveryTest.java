package dev.kct.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.record.PatentRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 5: a stray quote or a runaway row loses no record without a report. The input is {@code base.csv},
 * the first 200 records of {@code samples/patents.csv}; its line {@code n} holds record {@code n - 1}.
 */
class CsvInputRecoveryTest {

    /** The first line after line 57 with a quote in it (a quoted title): where a stray quote at 57 stops. */
    private static final int NEXT_QUOTE = 81;

    @TempDir
    Path dir;

    /** Line 1 is the header; lines 2..201 the records. Index {@code n - 1} is line {@code n}. */
    private static List<String> base() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("samples/patents.csv"))) {
            return new ArrayList<>(lines.limit(201).toList());
        }
    }

    private static String id(String line) {
        return line.substring(0, line.indexOf(','));
    }

    /** Line {@code n} with its title (field 12 of 13, unquoted in these lines) replaced by {@code title}. */
    private static String withTitle(String line, String title) {
        int end = line.lastIndexOf(',');
        int start = line.lastIndexOf(',', end - 1);
        return line.substring(0, start + 1) + title + line.substring(end);
    }

    private CollectingSink read(List<String> lines) throws IOException {
        Path f = dir.resolve("base.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        CollectingSink sink = new CollectingSink();
        new CanonicalCsvReader().read(f, "base.csv", sink);
        return sink;
    }

    private static List<String> idsExcept(List<String> lines, int line) {
        List<String> ids = new ArrayList<>();
        for (int n = 2; n <= lines.size(); n++) {
            if (n != line) ids.add(id(lines.get(n - 1)));
        }
        return ids;
    }

    @Test
    void aStrayQuoteInAMiddleRowRejectsThatRowWithTheRangeItSwallowedAndKeepsEveryOther() throws IOException {
        List<String> lines = base();
        assertThat(lines.get(56)).doesNotContain("\"");
        lines.set(56, withTitle(lines.get(56), "\"Drone X"));

        CollectingSink s = read(lines);

        assertThat(s.ids()).hasSize(199).containsExactlyElementsOf(idsExcept(lines, 57));
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(new SourceLocation("base.csv", 57));
            assertThat(r.field()).isEqualTo("title");
            assertThat(r.reason())
                    .contains("at line 57")
                    .contains("lines 57-" + NEXT_QUOTE + " as one record")
                    .contains("the next " + (NEXT_QUOTE - 57) + " lines")
                    .contains("lines 58-" + NEXT_QUOTE + " are read again")
                    .contains("Fix the quote");
            assertThat(r.raw()).isEqualTo(lines.get(56));
        });
    }

    @Test
    void theIssuesCaseOf76SwallowedRecordsLosesOnlyTheRowWithTheQuote() throws IOException {
        List<String> lines = base();
        lines.set(4, withTitle(lines.get(4), "\"Small molecule inhibitor"));

        CollectingSink s = read(lines);

        assertThat(s.ids()).containsExactlyElementsOf(idsExcept(lines, 5));
        assertThat(s.rejected())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("base.csv:5 title: unclosed quote")
                .contains("swallowing the next 76 lines");
    }

    @Test
    void aRunawayRowIsRejectedAtItsOwnLineAndTheRowsAfterItAreRead() throws IOException {
        List<String> lines = base();
        lines.set(99, lines.get(99) + ",".repeat(100_000));

        CollectingSink s = read(lines);

        assertThat(s.ids()).containsExactlyElementsOf(idsExcept(lines, 100));
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(new SourceLocation("base.csv", 100));
            assertThat(r.field()).isEqualTo("(record)");
            assertThat(r.reason()).startsWith("has 100013 fields but the header has 13");
            assertThat(r.raw()).startsWith(id(lines.get(99))).hasSizeLessThan(10_002);
        });
    }

    @Test
    void aCorrectlyQuotedMultiLineTitleIsStillOneRecord() throws IOException {
        List<String> lines = base();
        lines.set(56, withTitle(lines.get(56), "\"Drone X,\nwith a \"\"camera\"\"\""));

        CollectingSink s = read(lines);

        assertThat(s.rejections).isEmpty();
        assertThat(s.ids()).containsExactlyElementsOf(idsExcept(lines, 0));
        PatentRecord drone = s.record(id(lines.get(56)));
        assertThat(drone.title()).isEqualTo("Drone X,\nwith a \"camera\"");
        assertThat(s.locations.get(55)).isEqualTo(new SourceLocation("base.csv", 57));
        assertThat(s.locations.get(56)).isEqualTo(new SourceLocation("base.csv", 59));
    }

    @Test
    void aMultiLineFirstFieldWhoseRestLooksLikeARecordIsStillOneRecord() throws IOException {
        // Espacenet writes several values per cell, one per line; the first line's rest has every field.
        CollectingSink s = read(List.of(
                "title,id,ipc,publication_date", "\"Vise\nand jaw\",A1,B25B 1/10,2001", "Clamp,A2,B25B 1/10,2002"));

        assertThat(s.rejections).isEmpty();
        assertThat(s.records).extracting(PatentRecord::title).containsExactly("Vise\nand jaw", "Clamp");
    }

    @Test
    void aQuoteNeverClosedInTheLastRecordIsRejectedWithTheLinesItSpans() throws IOException {
        CollectingSink s = read(List.of(
                "id,ipc,publication_date,title", "A1,H01L,2001,ok", "A2,H01L,2002,\"never closed", "more text"));

        assertThat(s.ids()).containsExactly("A1");
        assertThat(s.rejections).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(new SourceLocation("base.csv", 3, 4));
            assertThat(r.field()).isEqualTo("title");
            assertThat(r.reason()).contains("never closed").contains("end of the file (line 4)");
            assertThat(r.raw()).isEqualTo("A2,H01L,2002,\"never closed\nmore text");
        });
    }

    @Test
    void aMultiLineRecordWithQuotesOutOfPlaceIsRejectedWholeAndTheNextRowRead() throws IOException {
        CollectingSink s = read(List.of(
                "id,ipc,publication_date,title",
                "A1,H01L,2001,\"two",
                "lines\" and more",
                "A2,H01L,2002,\"x\"",
                "A3,H01L,2003,ok"));

        assertThat(s.ids()).containsExactly("A2", "A3");
        assertThat(s.rejected())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("base.csv:2-3 title: quotes out of place");
    }

    @Test
    void aHeaderWithAQuoteNeverClosedIsRefusedNamingIt() throws IOException {
        assertThatThrownBy(() -> read(List.of("id,\"ipc,publication_date", "A1,H01L,2001")))
                .isInstanceOf(KctException.class)
                .hasMessageStartingWith("base.csv:1: cannot read the header row: a quote in it is never closed");
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedAndTheRowsAfterItAreRead() throws IOException {
        List<String> lines = base().subList(0, 4);
        lines.set(2, "x".repeat(CsvRecordReader.MAX_RECORD_CHARS + 10));

        CollectingSink s = read(lines);

        assertThat(s.ids()).containsExactly(id(lines.get(1)), id(lines.get(3)));
        assertThat(s.rejected())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("base.csv:3 (record): longer than " + CsvRecordReader.MAX_RECORD_CHARS);
    }

    /**
     * The invariant of {@link CsvInput}: every line after the header is in exactly one accepted row or in the
     * range of exactly one rejection. Checked on seeded random damage to {@code base.csv}: stray quotes at the
     * start of a field, runs of commas, quotes removed, correctly quoted multi-line titles; with one damaged line,
     * that line is the only one rejected.
     */
    @Test
    void everyLineIsInExactlyOneRowOrOneRejection() throws IOException {
        Random random = new Random(16_5);
        for (int trial = 0; trial < 300; trial++) {
            List<String> lines = base();
            int damaged = 1 + random.nextInt(3);
            BitSet broken = new BitSet();
            for (int k = 0; k < damaged; k++) {
                int n = 2 + random.nextInt(200);
                String line = lines.get(n - 1);
                boolean quoted = line.contains("\"");
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (quoted) continue;
                        int pos = -1;
                        for (int c = random.nextInt(13); c > 0; c--) pos = line.indexOf(',', pos + 1);
                        lines.set(n - 1, line.substring(0, pos + 1) + "\"" + line.substring(pos + 1));
                    }
                    case 1 -> lines.set(n - 1, line + ",".repeat(1 + random.nextInt(100_000)));
                    case 2 -> lines.set(n - 1, line.replaceFirst("\",", ","));
                    default -> {
                        if (!quoted) lines.set(n - 1, withTitle(line, "\"Two\nlines\""));
                    }
                }
                if (!lines.get(n - 1).equals(line) && !lines.get(n - 1).contains("\n")) broken.set(n);
            }
            List<String> physical = List.of(String.join("\n", lines).split("\n", -1));
            Path f = dir.resolve("damaged.csv");
            Files.writeString(f, String.join("\n", physical) + "\n");

            BitSet covered = new BitSet();
            List<Rejection> rejections = new ArrayList<>();
            int rows = 0;
            try (CsvInput csv = CsvInput.open(
                    f, "damaged.csv", StandardCharsets.UTF_8, ',', 0, ProblemSink.rejectionsInto(rejections))) {
                for (CsvInput.Row row : csv) {
                    rows++;
                    cover(covered, row.where().line(), row.lastLine(), "trial " + trial + " row");
                }
            }
            BitSet rejected = new BitSet();
            for (Rejection r : rejections) {
                cover(covered, r.where().line(), r.where().lastLine(), "trial " + trial + " " + r.describe());
                rejected.set((int) r.where().line(), (int) r.where().lastLine() + 1);
            }
            BitSet all = new BitSet();
            all.set(2, physical.size() + 1);
            assertThat(covered)
                    .as("trial %d: lines in rows or rejections", trial)
                    .isEqualTo(all);
            if (damaged == 1 && broken.cardinality() == 1) {
                assertThat(rejected).as("trial %d: %s", trial, rejections).isEqualTo(broken);
                assertThat(rows).as("trial %d", trial).isEqualTo(199);
            }
        }
    }

    private static void cover(BitSet covered, long first, long last, String what) {
        for (long n = first; n <= last; n++) {
            assertThat(covered.get((int) n))
                    .as("%s: line %d counted twice", what, n)
                    .isFalse();
            covered.set((int) n);
        }
    }
}
