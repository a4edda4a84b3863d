package dev.kct.spark;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.cli.FilterOptions;
import dev.kct.index.CountUnit;
import dev.kct.index.Filters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kct-spark}: the aggregates of canonical patent records (docs/DESIGN.md, "Aggregates schema") computed by
 * Apache Spark, written as the directory {@code kct aggregates} writes, so that {@code kct rank --aggregates DIR}
 * ranks a corpus of any size. Run it with {@code spark-submit --class dev.kct.spark.KctSpark kct.jar [options] -o
 * DIR INPUT...} (Spark is not in kct.jar), or through {@code scripts/kct-spark}, which runs it in local mode when
 * there is no Spark installation. See docs/SPARK.md.
 *
 * <p>Exit codes as kct's: 0 done, 1 internal error, 2 usage (including {@code --query}, which needs kct's index), 3
 * data (e.g. no usable record), 4 input or output.
 */
@Command(
        name = "kct-spark",
        mixinStandardHelpOptions = true,
        versionProvider = KctSpark.Version.class,
        header = "Writes the aggregates of canonical patent records, computed by Apache Spark, to a directory.",
        description = {
            "Reads canonical CSV, JSONL or Parquet (paths as Spark takes them: files, directories, globs, hdfs://,",
            "s3a://), selects and counts as 'kct aggregates' does, and writes the same manifest.json and CSV files;",
            "'kct rank --aggregates DIR' then ranks from them. --query is not available (it needs kct's index)."
        })
public final class KctSpark implements Callable<Integer> {

    @Mixin
    FilterOptions filter;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The aggregates directory to write, on the driver's file system (replaced when it holds"
                    + " aggregates), or a Hadoop URI (hdfs://..., s3a://...) to copy it to.")
    String output;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Canonical records: CSV, JSONL or Parquet.")
    List<String> inputs;

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            description = "csv, jsonl or parquet for every input (default: told by each name's extension).")
    String inputFormat;

    @Option(
            names = "--csv-lines",
            description = "Every CSV record is on one line (no line breaks inside quotes): Spark can then split a"
                    + " large CSV file between tasks.")
    boolean csvLines;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Partitions of the job's shuffles (default: spark.sql.shuffle.partitions; in local mode 4 per"
                    + " core).")
    Integer partitions;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default local[*]).")
    String master;

    @Option(
            names = "--country-count",
            paramLabel = "MODE",
            description = "first or fractional: accepted for symmetry with 'kct rank'; the aggregates hold both"
                    + " country counts, and 'kct rank --country-count' chooses.")
    dev.kct.indicator.CountryCount countryCount;

    @Option(
            names = "--counting",
            paramLabel = "MODE",
            description = "full or fractional: accepted for symmetry with 'kct rank'; the aggregates hold both pair"
                    + " weights, and 'kct rank --counting' chooses.")
    dev.kct.network.Counting counting;

    @Option(
            names = {"-q", "--quiet"},
            description = "Say nothing on success.")
    boolean quiet;

    private SparkSession session;
    private PrintWriter err;

    /** Runs the job with the options and arguments picocli has set. */
    @Override
    public Integer call() throws IOException {
        Filters filters = filter.filters();
        if (filters.query() != null) {
            throw KctException.usage("--query is not available in kct-spark: a query searches the text fields of"
                    + " kct's Lucene index; select with --from, --to, --country and --ipc, or run 'kct aggregates"
                    + " --index DIR --query ...' on an index");
        }
        if (partitions != null && partitions < 1) throw KctException.usage("--partitions must be 1 or more");
        SparkInput.Format format = inputFormat == null ? null : SparkInput.Format.parse(inputFormat);
        boolean remote = isUri(output);
        Path target = remote ? null : Path.of(output).toAbsolutePath().normalize();
        if (target != null) AggregateFiles.refuseForeign(target);

        SparkSession spark = session != null ? session : start();
        try {
            int parts = partitions != null ? partitions : defaultPartitions(spark);
            SparkAggregation.Result result = SparkAggregation.run(
                    spark,
                    new SparkAggregation.Job(
                            inputs,
                            format,
                            csvLines,
                            filters,
                            filter.level(),
                            filter.count() == CountUnit.FAMILIES,
                            parts));
            Path local = target != null ? target : Files.createTempDirectory("kct-spark-");
            write(result, local);
            if (remote) copyTo(spark, local, output);
            if (!quiet) {
                for (String w : result.warnings()) err.println("kct-spark: warning: " + w);
                long rejected = result.rejectedByField().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                err.println("kct-spark: read " + result.read() + " records"
                        + (rejected > 0
                                ? " (" + rejected + " rejected, by field " + result.rejectedByField() + ")"
                                : "")
                        + (result.repeated() > 0
                                ? ", " + result.repeated() + " replaced by a later record of the same id"
                                : "")
                        + "; selected " + result.selected());
                err.println("kct-spark: wrote the aggregates of "
                        + result.aggregates().units() + " "
                        + filter.count().id() + " (" + result.aggregates().technologyCount()
                        + " technologies at level " + filter.level().id() + ") to " + output);
            }
        } finally {
            if (session == null) spark.stop();
        }
        return 0;
    }

    private SparkSession start() {
        SparkSession.Builder b = SparkSession.builder().appName("kct-spark");
        boolean submitted = System.getProperty("spark.master") != null;
        if (!submitted) b = b.master(master != null ? master : "local[*]");
        b = b.config("spark.ui.showConsoleProgress", "false");
        return b.getOrCreate();
    }

    private static int defaultPartitions(SparkSession spark) {
        String master = spark.sparkContext().master();
        if (master.startsWith("local") && !spark.conf().contains("spark.sql.shuffle.partitions")) {
            return 4 * spark.sparkContext().defaultParallelism();
        }
        return Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    }

    private static boolean isUri(String s) {
        int colon = s.indexOf("://");
        return colon > 1 && !s.startsWith("file://");
    }

    private void write(SparkAggregation.Result result, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            AggregateFiles.write(result.aggregates(), filter.parameters(), result.warnings(), temporary);
            AggregateFiles.install(temporary, target);
        } catch (IOException | RuntimeException e) {
            AggregateFiles.deleteTree(temporary);
            if (e instanceof IOException io) throw KctException.io("cannot write " + target + ": " + io, io);
            throw e;
        }
    }

    /** Copies the finished directory to a Hadoop file system, replacing an aggregates directory there. */
    private static void copyTo(SparkSession spark, Path local, String uri) throws IOException {
        org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(uri);
        org.apache.hadoop.fs.FileSystem fs =
                dest.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(dest)) {
            if (!fs.exists(new org.apache.hadoop.fs.Path(dest, "manifest.json"))) {
                throw KctException.usage("-o: " + uri + " exists and holds no aggregates; give a new directory");
            }
            fs.delete(dest, true);
        }
        fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(local.toUri()), dest);
    }

    /** {@code kct-spark --version}: kct's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kct-spark " + dev.kct.KctVersion.get()};
        }
    }

    /**
     * Runs kct-spark with {@code args} on {@code spark} (left running; null to start one and stop it after) and
     * returns the exit code; messages go to {@code out} and {@code err}.
     */
    public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
        KctSpark app = new KctSpark();
        app.session = spark;
        app.err = err;
        CommandLine cmd = new CommandLine(app);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("kct-spark: " + ex.getMessage());
            err.println("Try 'kct-spark --help' for more information.");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            Throwable e = ex;
            while (!(e instanceof KctException) && e.getCause() != null && e.getCause() != e) e = e.getCause();
            if (e instanceof KctException k) {
                err.println("kct-spark: " + k.getMessage());
                return switch (k.kind()) {
                    case USAGE -> 2;
                    case DATA -> 3;
                    default -> 4;
                };
            }
            err.println("kct-spark: internal error: " + ex);
            ex.printStackTrace(err);
            return 1;
        });
        int code = cmd.execute(args);
        err.flush();
        out.flush();
        return code;
    }

    /** The entry point for {@code spark-submit --class dev.kct.spark.KctSpark kct.jar ...}. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(null, args, out, err));
    }
}
