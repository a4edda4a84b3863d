package dev.kct.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kct.cli.CliRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job (issue 15) in local mode against {@code kct aggregates} on an index of the same records: every file
 * of the aggregates directory equal cell by cell (line by line, so byte for byte), and {@code kct rank --aggregates}
 * from either directory the same bytes, under full and fractional counting and both country counts. On the sample
 * and on a generated corpus with families, multi-applicant patents, citations and NPL counts, at subclass and group
 * level, counting documents and families, from CSV, JSONL and Parquet, with filters; and on a few hand-made records
 * with the cases a generator does not make (a repeated id, a rejected record, a date fallback, citations inside a
 * family and of oneself, a lower-case applicant country).
 *
 * <p>One SparkSession ({@code local[2]}) serves every test. When Spark cannot start on this JVM (a reason outside
 * kct's code), the tests are skipped with that reason.
 */
class SparkAggregatesTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static String unavailable;
    private static Path generatedCsv;
    private static Path generatedIndex;

    private static final String[] FILES = {
        "manifest.json",
        "technologies.csv",
        "technology_years.csv",
        "technology_countries.csv",
        "technology_applicants.csv",
        "pairs.csv",
        "most_cited.csv",
        "unit_years.csv",
        "unit_countries.csv",
        "unit_applicants.csv"
    };

    @BeforeAll
    static void start() {
        try {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("kct-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
        } catch (Throwable e) {
            unavailable = "Spark cannot start on Java " + Runtime.version() + ": " + e;
            System.err.println("SparkAggregatesTest skipped: " + unavailable);
            return;
        }
        generatedCsv = dir.resolve("generated.csv");
        ok(CliRun.of("generate", "-q", "--patents", "2500", "--seed", "15", "-o", generatedCsv.toString()));
        generatedIndex = dir.resolve("generated-index");
        ok(CliRun.of("index", "-q", "--index", generatedIndex.toString(), generatedCsv.toString()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static String ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** kct-spark with {@code args} on the shared session. */
    private static CliRun kctSpark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KctSpark.run(spark, args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Writes the aggregates of {@code input} with kct-spark and of {@code kctData} (an index, or files) with
     * {@code kct aggregates}, both with {@code options}, and checks that they are the same files and rank the same.
     */
    private static String same(String name, List<String> input, List<String> kctData, String... options)
            throws IOException {
        return same(name, input, kctData, List.of(), options);
    }

    /** Every test skips, saying why, where Spark cannot start (before its arguments name files never made). */
    @BeforeEach
    void sparkStarted() {
        assumeTrue(unavailable == null, unavailable);
    }

    /** As above, ranking with {@code rankOptions} too; returns what kct-spark said on stderr. */
    private static String same(
            String name, List<String> input, List<String> kctData, List<String> rankOptions, String... options)
            throws IOException {
        Path fromSpark = dir.resolve(name + "-spark");
        Path fromKct = dir.resolve(name + "-kct");
        List<String> sparkArgs = new ArrayList<>(List.of("--partitions", "3", "-o", fromSpark.toString()));
        sparkArgs.addAll(List.of(options));
        sparkArgs.addAll(input);
        CliRun sparkRun = kctSpark(sparkArgs.toArray(String[]::new));
        ok(sparkRun);
        List<String> kctArgs = new ArrayList<>(List.of("aggregates", "-q", "-o", fromKct.toString()));
        kctArgs.addAll(List.of(options));
        kctArgs.addAll(kctData);
        ok(CliRun.of(kctArgs.toArray(String[]::new)));
        for (String file : FILES) {
            List<String> expected = Files.readAllLines(fromKct.resolve(file), StandardCharsets.UTF_8);
            List<String> actual = Files.readAllLines(fromSpark.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertThat(actual.get(i))
                        .as(name + ": " + file + " line " + (i + 1))
                        .isEqualTo(expected.get(i));
            }
            assertThat(actual.size()).as(name + ": " + file + " lines").isEqualTo(expected.size());
            assertThat(Files.readAllBytes(fromSpark.resolve(file)))
                    .as(name + ": " + file)
                    .isEqualTo(Files.readAllBytes(fromKct.resolve(file)));
        }
        for (List<String> rank : List.of(
                List.of("--target", "CN", "--format", "json"),
                List.of(
                        "--target",
                        "US",
                        "--counting",
                        "fractional",
                        "--country-count",
                        "fractional",
                        "--indicators",
                        "strength,pagerank,share,growth,forward_citations,generality,claims,science_linkage,hhi,cr4",
                        "--format",
                        "csv"))) {
            List<String> a = new ArrayList<>(List.of("rank", "-q", "--aggregates", fromSpark.toString()));
            a.addAll(rank);
            a.addAll(rankOptions);
            List<String> b = new ArrayList<>(List.of("rank", "-q", "--aggregates", fromKct.toString()));
            b.addAll(rank);
            b.addAll(rankOptions);
            assertThat(ok(CliRun.of(a.toArray(String[]::new))))
                    .as(name + ": rank " + rank)
                    .isEqualTo(ok(CliRun.of(b.toArray(String[]::new))));
        }
        return sparkRun.err();
    }

    @Test
    void sampleAtSubclassLevel() throws IOException {
        same("sample", List.of("samples/patents.csv"), List.of("samples/patents.csv"), "--level", "subclass");
    }

    @Test
    void generatedCsvAtGroupLevelByDocuments() throws IOException {
        same(
                "generated-group",
                List.of(generatedCsv.toString()),
                List.of("--index", generatedIndex.toString()),
                "--level",
                "group");
    }

    @Test
    void generatedJsonlAtSubclassLevelByFamilies() throws IOException {
        Path jsonl = dir.resolve("generated.jsonl");
        ok(CliRun.of("generate", "-q", "--patents", "2500", "--seed", "15", "-o", jsonl.toString()));
        same(
                "generated-subclass-families",
                List.of(jsonl.toString()),
                List.of("--index", generatedIndex.toString()),
                "--level",
                "subclass",
                "--count",
                "families");
    }

    @Test
    void generatedParquetFilteredAtGroupLevelByFamilies() throws IOException {
        Path parquet = dir.resolve("generated.parquet");
        Dataset<Row> csv = spark.read()
                .option("header", "true")
                .option("multiLine", "true")
                .option("escape", "\"")
                .csv(generatedCsv.toString());
        List<Column> columns = new ArrayList<>();
        for (String c : csv.columns()) {
            Column col = functions.col(c);
            switch (c) {
                case "ipc", "applicants", "applicant_countries", "cited" -> col = functions.split(col, ";");
                case "claims", "npl_citations" -> col = col.cast("int");
                case "priority_date", "filing_date" -> col = functions.to_date(col);
                default -> {}
            }
            columns.add(col.as(c));
        }
        csv.select(columns.toArray(Column[]::new)).repartition(3).write().parquet(parquet.toString());
        same(
                "parquet-families",
                List.of(parquet.toString()),
                List.of("--index", generatedIndex.toString()),
                List.of("--min-patents", "3"),
                "--from",
                "2008",
                "--to",
                "2019",
                "--date",
                "filing",
                "--country",
                "CN,us,DE,JP",
                "--ipc",
                "H01L,G06F 3/00,A61K 39/00,H04L",
                "--level",
                "group",
                "--count",
                "families");
    }

    @Test
    void handMadeRecordsWithRepeatsRejectionsAndFallbacks() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, """
                id,ipc,priority_date,filing_date,publication_date,family_id,applicants,applicant_countries,cited,claims,npl_citations,title
                P1,H01L 21/027;G06F 3/01,2010-01-01,,,F1,Acme Corp;Beta Ltd,cn;US,P2;P3;P1;X9,10,2,First
                P2,H01L 21/027,,2011-05-05,,F1,ACME CORP.,CN,P1,,,Second
                P3,G06F 3/01;H04L 12/00,2012-01-01,,,,Gamma GmbH,DE,P1;P2,5,0,"Third, with ""quotes"" inside"
                P4,not an ipc,2012-01-01,,,,Delta,FR,P1,,,Rejected
                P5,H04L 12/00;G06F 3/01;H01L 21/027,2013-01-01,,,F2,,,P1;P3;P2,7,1,
                P3,G06F 3/01;H04L 12/00,2014-02-02,,,,Gamma GmbH,DE,P1;P2;P5,6,3,Third again
                P6,H01L,,,2015-06-06,F2,Epsilon;Zeta;Eta,JP;;KR,P5;P3;P1,1,,Sixth
                """, StandardCharsets.UTF_8);
        Path b = dir.resolve("b.jsonl");
        Files.writeString(b, """
                {"id":"P7","ipc":["H01L 21/027","G06F 3/01"],"priority_date":"2015-01-01","applicants":["Acme Corp"],"applicant_countries":["CN"],"cited":["P1","P3","P6"],"claims":3,"npl_citations":"4"}
                {"id":"P2","ipc":"H01L 21/027;H04L 12/00","priority_date":"2016-01-01","family_id":"F2","applicants":"Beta Ltd","applicant_countries":"US","cited":"P7;P1"}
                {"id":"P8","ipc":[],"priority_date":"2016-01-01"}
                """, StandardCharsets.UTF_8);
        List<String> inputs = List.of(a.toString(), b.toString());
        same(
                "hand-group-families",
                inputs,
                inputs,
                List.of("--min-patents", "1"),
                "--level",
                "group",
                "--count",
                "families");
        assertThat(same(
                        "hand-subclass-documents",
                        inputs,
                        inputs,
                        List.of("--min-patents", "1"),
                        "--level",
                        "subclass"))
                .contains("read 10 records (2 rejected, by field {ipc=2})")
                .contains("2 replaced by a later record of the same id")
                .contains("warning: 1 records lack a priority date; their publication date was used");
    }

    @Test
    void queryIsRefused() {
        CliRun run = kctSpark("--query", "battery", "-o", dir.resolve("q").toString(), "samples/patents.csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--query is not available in kct-spark");
        assertThat(dir.resolve("q")).doesNotExist();
    }
}
