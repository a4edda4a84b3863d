package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 5, through {@code kct index --rejects}: a stray quote in {@code base.csv} (the first 200 records
 * of {@code samples/patents.csv}) swallowed 76 records with one warning naming the wrong cause; a row of 100,000
 * commas lost the rows after it; both were reported at the wrong line. Now each costs its own row only, reported
 * and counted at its line, and a record that spans lines is reported with their range.
 */
class CsvRecoveryCliTest {

    @TempDir
    Path dir;

    private Path base(int line, String replaceFrom, String replaceWith) throws IOException {
        List<String> lines;
        try (Stream<String> s = Files.lines(Path.of("samples/patents.csv"))) {
            lines = new ArrayList<>(s.limit(201).toList());
        }
        lines.set(line - 1, lines.get(line - 1).replace(replaceFrom, replaceWith));
        Path file = dir.resolve("base.csv");
        Files.write(file, lines);
        return file;
    }

    /** Runs {@code kct index} on {@code file}; returns its stderr, and checks the index holds 199 patents. */
    private String index(Path file, String... quiet) {
        List<String> args = new ArrayList<>(List.of("index"));
        args.addAll(List.of(quiet));
        args.addAll(List.of(
                "--index",
                dir.resolve("idx").toString(),
                "--rejects",
                dir.resolve("rej.csv").toString(),
                file.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun stats = CliRun.of(
                "stats", "-q", "--format", "json", "--index", dir.resolve("idx").toString());
        assertThat(stats.out()).contains("\"patents\" : 199");
        return run.err();
    }

    private List<List<String>> rejects() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(dir.resolve("rej.csv"))) {
            csv.forEach(r -> rows.add(r.getFields()));
        }
        return rows;
    }

    @Test
    void aStrayQuoteCostsItsOwnRowOnlyAndIsReportedAtItsLineWithTheRangeItSwallowed() throws IOException {
        Path file = base(5, ",Small molecule", ",\"Small molecule");

        String err = index(file);

        String warning = "kct: warning: rejected " + file + ":5: field 'title': unclosed quote: the quote that"
                + " opens this field at line 5 is not closed on its line, so CSV reads lines 5-81 as one record,"
                + " swallowing the next 76 lines into this field; line 5 is rejected and lines 6-81 are read again"
                + " as records of their own. Fix the quote: close it, double it (\"\") inside a quoted field, or"
                + " remove it";
        assertThat(err.lines().filter(l -> l.startsWith("kct: warning"))).containsExactly(warning);
        assertThat(err).contains("read 200, indexed 199, replaced 0, rejected 1 {title=1}");
        assertThat(rejects())
                .hasSize(2)
                .element(1)
                .satisfies(r -> assertThat(r.subList(0, 3)).containsExactly(file.toString(), "5", "title"));
        assertThat(rejects().get(1).get(4))
                .startsWith("EP2000003A1,")
                .endsWith(",\"Small molecule inhibitor" + " comprising stable heterocyclic compound,");
    }

    @Test
    void aRowOf100000CommasIsRejectedAtItsLineAndTheRowsAfterItAreIndexed() throws IOException {
        Path file = base(100, ",Ultra-thin memory cell array,", ",Ultra-thin memory cell array," + ",".repeat(100_000));

        String err = index(file, "-q");

        assertThat(err.lines())
                .containsExactly("kct: warning: rejected " + file + ":100: has 100013 fields but the header has"
                        + " 13: quote fields that contain the separator");
        assertThat(rejects())
                .hasSize(2)
                .element(1)
                .satisfies(r -> assertThat(r.subList(0, 3)).containsExactly(file.toString(), "100", "(record)"));
    }

    @Test
    void aQuoteNeverClosedInTheLastRecordIsReportedWithTheRangeOfLinesItSpans() throws IOException {
        Path file = base(
                201,
                ",\"Electric machine, rotor and cooling plate\",",
                ",\"Electric machine, rotor and\ncooling plate,");

        index(file, "-q");

        assertThat(rejects()).hasSize(2).element(1).satisfies(r -> {
            assertThat(r.subList(0, 3)).containsExactly(file.toString(), "201-202", "title");
            assertThat(r.get(3))
                    .startsWith("unclosed quote: the quote that opens this field at line 201 is never"
                            + " closed, so it runs to the end of the file (line 202)");
        });
    }
}
